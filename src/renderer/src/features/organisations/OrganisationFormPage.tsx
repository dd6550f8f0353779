import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { db } from '../../db/db';
import {
  EMPTY_ORGANISATION_INPUT,
  organisationToInput,
  type OrganisationInput,
} from './model/organisationInput';
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
  // The form takes the record's values once, when loaded; later changes do not overwrite typing.
  const [initial, setInitial] = useState<OrganisationInput>();
  if (initial === undefined && organisation !== undefined) {
    setInitial(organisation ? organisationToInput(organisation) : EMPTY_ORGANISATION_INPUT);
  }

  if (organisation === undefined) return <Loading label={t('app.loading')} />;
  if (organisationId && organisation === null)
    return <EmptyState title={t('organisations.notFound')} />;
  return (
    <OrganisationForm key={organisationId ?? 'new'} organisation={organisation} initial={initial} />
  );
}
