import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { ORGANISATION_SORTS, type OrganisationListQuery } from './data/organisationQueries';
import { IDEA_REGISTRATIONS, LEGAL_FORMS } from '../../domain/entities';
import { SelectField, TextField } from '../../ui/Field';

export type OrganisationFiltersProps = { query: OrganisationListQuery; tags: string[] };

const SORT_LABEL_KEYS = {
  name: 'organisations.sortName',
  lastContacted: 'organisations.sortLastContacted',
  created: 'organisations.sortCreated',
} as const;

export function OrganisationFilters({ query, tags }: OrganisationFiltersProps) {
  const { t } = useTranslation();
  const setQuery = useAppStore((state) => state.setOrganisationQuery);
  const all = { value: '', label: t('common.all') };

  return (
    <div className="filters" role="search">
      <TextField
        label={t('organisations.searchLabel')}
        type="search"
        placeholder={t('organisations.searchPlaceholder')}
        value={query.text}
        onChange={(event) => setQuery({ text: event.target.value })}
        className="filters__search"
      />
      <SelectField
        label={t('organisations.filterLegalForm')}
        value={query.legalForm}
        options={[
          all,
          ...LEGAL_FORMS.map((form) => ({ value: form, label: t(`legalForm.${form}`) })),
        ]}
        onChange={(event) =>
          setQuery({ legalForm: event.target.value as OrganisationListQuery['legalForm'] })
        }
      />
      <SelectField
        label={t('organisations.filterTag')}
        value={query.tag}
        options={[all, ...tags.map((tag) => ({ value: tag, label: tag }))]}
        onChange={(event) => setQuery({ tag: event.target.value })}
      />
      <SelectField
        label={t('organisations.filterRegistration')}
        value={query.ideaRegistration}
        options={[
          all,
          ...IDEA_REGISTRATIONS.map((value) => ({ value, label: t(`ideaRegistration.${value}`) })),
        ]}
        onChange={(event) =>
          setQuery({
            ideaRegistration: event.target.value as OrganisationListQuery['ideaRegistration'],
          })
        }
      />
      <SelectField
        label={t('organisations.filterStatus')}
        value={query.status}
        options={[
          { value: 'active', label: t('organisations.statusActive') },
          { value: 'archived', label: t('organisations.statusArchived') },
        ]}
        onChange={(event) =>
          setQuery({ status: event.target.value as OrganisationListQuery['status'] })
        }
      />
      <SelectField
        label={t('organisations.sortLabel')}
        value={`${query.sort}:${query.direction}`}
        options={ORGANISATION_SORTS.flatMap((sort) => [
          {
            value: `${sort}:asc`,
            label: `${t(SORT_LABEL_KEYS[sort])} – ${t('organisations.directionAsc')}`,
          },
          {
            value: `${sort}:desc`,
            label: `${t(SORT_LABEL_KEYS[sort])} – ${t('organisations.directionDesc')}`,
          },
        ])}
        onChange={(event) => {
          const [sort, direction] = event.target.value.split(':') as [
            OrganisationListQuery['sort'],
            OrganisationListQuery['direction'],
          ];
          setQuery({ sort, direction });
        }}
      />
    </div>
  );
}
