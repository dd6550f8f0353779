import { useTranslation } from 'react-i18next';
import { HANDOFF_PATHS, INQUIRY_STAGES } from '../../../domain/entities';
import { SelectField, TextField } from '../../../ui/Field';
import type { InquiryLookups } from './useInquiryLookups';
import type { InquiryFilterValues } from './useInquiryFilters';

export type InquiryFiltersProps = {
  filters: InquiryFilterValues;
  lookups: InquiryLookups;
  onChange: (patch: Partial<InquiryFilterValues>) => void;
};

/** The filters of both views; the stage and "only open" belong to the list (the board has columns). */
export function InquiryFilters({ filters, lookups, onChange }: InquiryFiltersProps) {
  const { t } = useTranslation();
  const all = { value: '', label: t('common.all') };
  const named = (item: { id: string; name: string; isActive: boolean }) => ({
    value: item.id,
    label: item.isActive ? item.name : t('inquiries.filters.inactive', { name: item.name }),
  });
  const isList = filters.view === 'lista';

  return (
    <div
      className="filters filters--inquiries"
      role="search"
      aria-label={t('inquiries.filters.label')}
    >
      <TextField
        label={t('inquiries.filters.search')}
        type="search"
        placeholder={t('inquiries.filters.searchPlaceholder')}
        value={filters.text}
        onChange={(event) => onChange({ text: event.target.value })}
        className="filters__search"
      />
      {isList ? (
        <SelectField
          label={t('inquiries.filters.stage')}
          value={filters.stage}
          options={[
            all,
            ...INQUIRY_STAGES.map((stage) => ({
              value: stage,
              label: t(`inquiries.stages.${stage}`),
            })),
          ]}
          onChange={(event) =>
            onChange({ stage: event.target.value as InquiryFilterValues['stage'] })
          }
        />
      ) : null}
      <SelectField
        label={t('inquiries.filters.priorityArea')}
        value={filters.priorityAreaId}
        options={[all, ...lookups.priorityAreas.map(named)]}
        onChange={(event) => onChange({ priorityAreaId: event.target.value })}
      />
      <SelectField
        label={t('inquiries.filters.unit')}
        value={filters.unitId}
        options={[all, ...lookups.units.map(named)]}
        onChange={(event) => onChange({ unitId: event.target.value })}
      />
      <SelectField
        label={t('inquiries.filters.navigator')}
        value={filters.navigatorId}
        options={[all, ...lookups.navigators.map(named)]}
        onChange={(event) => onChange({ navigatorId: event.target.value })}
      />
      <SelectField
        label={t('inquiries.filters.path')}
        value={filters.handoffPath}
        options={[
          all,
          ...HANDOFF_PATHS.map((path) => ({ value: path, label: t(`inquiries.paths.${path}`) })),
        ]}
        onChange={(event) =>
          onChange({ handoffPath: event.target.value as InquiryFilterValues['handoffPath'] })
        }
      />
      <TextField
        label={t('inquiries.filters.from')}
        type="date"
        value={filters.from}
        max={filters.to || undefined}
        onChange={(event) => onChange({ from: event.target.value })}
      />
      <TextField
        label={t('inquiries.filters.to')}
        type="date"
        value={filters.to}
        min={filters.from || undefined}
        error={
          filters.from && filters.to && filters.to < filters.from
            ? t('inquiries.filters.toBeforeFrom')
            : undefined
        }
        onChange={(event) => onChange({ to: event.target.value })}
      />
      <SelectField
        label={t('inquiries.filters.sort')}
        value={filters.sort}
        options={(['updated', 'received'] as const).map((sort) => ({
          value: sort,
          label: t(`inquiries.filters.sorts.${sort}`),
        }))}
        onChange={(event) =>
          onChange({ sort: event.target.value === 'received' ? 'received' : 'updated' })
        }
      />
      <div className="filters__checks">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filters.hasOverdueFollowUp}
            onChange={(event) => onChange({ hasOverdueFollowUp: event.target.checked })}
          />
          {t('inquiries.filters.overdue')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filters.iopRisk}
            onChange={(event) => onChange({ iopRisk: event.target.checked })}
          />
          {t('inquiries.filters.iopRisk')}
        </label>
        {isList ? (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={filters.openOnly}
              onChange={(event) => onChange({ openOnly: event.target.checked })}
            />
            {t('inquiries.filters.openOnly')}
          </label>
        ) : null}
      </div>
    </div>
  );
}
