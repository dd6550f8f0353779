import { useTranslation } from 'react-i18next';
import {
  CALL_DIRECTIONS,
  type CallOutcomeOption,
  type NavigatorEntity,
} from '../../../domain/entities';
import { SelectField, TextField } from '../../../ui/Field';
import type { CallFilterValues } from './useCallList';

export type CallFiltersProps = {
  filters: CallFilterValues;
  navigators: NavigatorEntity[];
  outcomes: CallOutcomeOption[];
  onChange: (patch: Partial<CallFilterValues>) => void;
};

export function CallFilters({ filters, navigators, outcomes, onChange }: CallFiltersProps) {
  const { t } = useTranslation();
  const all = { value: '', label: t('common.all') };

  return (
    <div className="filters filters--calls" role="search" aria-label={t('callsList.filtersLabel')}>
      <TextField
        label={t('callsList.from')}
        type="date"
        value={filters.from}
        max={filters.to}
        onChange={(event) => onChange({ from: event.target.value })}
      />
      <TextField
        label={t('callsList.to')}
        type="date"
        value={filters.to}
        min={filters.from}
        error={filters.to < filters.from ? t('callsList.toBeforeFrom') : undefined}
        onChange={(event) => onChange({ to: event.target.value })}
      />
      <SelectField
        label={t('callsList.navigator')}
        value={filters.navigatorId}
        options={[
          all,
          ...navigators.map((navigator) => ({ value: navigator.id, label: navigator.name })),
        ]}
        onChange={(event) => onChange({ navigatorId: event.target.value })}
      />
      <SelectField
        label={t('callsList.direction')}
        value={filters.direction}
        options={[
          all,
          ...CALL_DIRECTIONS.map((direction) => ({
            value: direction,
            label: t(`callsList.directions.${direction}`),
          })),
        ]}
        onChange={(event) =>
          onChange({ direction: event.target.value as CallFilterValues['direction'] })
        }
      />
      <SelectField
        label={t('callsList.outcome')}
        value={filters.outcome}
        options={[all, ...outcomes.map((outcome) => ({ value: outcome.id, label: outcome.label }))]}
        onChange={(event) => onChange({ outcome: event.target.value })}
      />
    </div>
  );
}
