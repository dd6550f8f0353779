import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { db } from '../../db/db';
import { EMPTY_ORGANISATION_INPUT, organisationToInput } from '../../domain/organisationInput';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { OrganisationForm } from './OrganisationForm';

/** New organisation, or edit one: loads the record, then hands its values to the form. */
export function OrganisationFormPage() {
  const { t } = useTranslation();
  const { organisationId } = useParams();
  const organisation = useLiveQuery(
    async () => (organisationId ? ((await db.organisations.get(organisationId)) ?? null) : null),
    [organisationId],
  );
  const initial = useMemo(
    () => (organisation ? organisationToInput(organisation) : organisation === null ? EMPTY_ORGANISATION_INPUT : undefined),
    // The form takes the record's values once; later changes of the record do not overwrite typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [organisation === undefined, organisation?.id],
  );

  if (organisation === undefined) return <Loading label={t('app.loading')} />;
  if (organisationId && organisation === null) return <EmptyState title={t('organisations.notFound')} />;
  return <OrganisationForm key={organisationId ?? 'new'} organisation={organisation} initial={initial} />;
}
