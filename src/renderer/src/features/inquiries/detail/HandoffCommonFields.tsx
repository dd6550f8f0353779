import { useTranslation } from 'react-i18next';
import type { UnitEntity } from '../../../domain/entities';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import type { HandoffErrors, HandoffForm } from './handoffFormState';

export type HandoffCommonFieldsProps = {
  form: HandoffForm;
  update: (patch: Partial<HandoffForm>) => void;
  errors: HandoffErrors;
  units: UnitEntity[];
};

/** What every path records: who receives it, when and by whom it was decided, and why. */
export function HandoffCommonFields({ form, update, errors, units }: HandoffCommonFieldsProps) {
  const { t } = useTranslation();
  const options = units.filter((unit) => unit.isActive || unit.id === form.unitId);
  const handleUnitChange = (unitId: string) => {
    const unit = units.find((candidate) => candidate.id === unitId);
    const previous = units.find((candidate) => candidate.id === form.unitId);
    // The unit's contact fills in the field, unless the user wrote someone else there.
    const isOwnText = form.unitContact !== '' && form.unitContact !== previous?.contactName;
    update({ unitId, ...(isOwnText ? {} : { unitContact: unit?.contactName ?? '' }) });
  };
  return (
    <>
      <div className="form__grid">
        <SelectField
          label={t('inquiry.handoff.unit')}
          value={form.unitId}
          options={[
            { value: '', label: t('inquiry.none') },
            ...options.map((unit) => ({ value: unit.id, label: unit.name })),
          ]}
          onChange={(event) => handleUnitChange(event.target.value)}
        />
        <TextField
          label={t('inquiry.handoff.unitContact')}
          value={form.unitContact}
          onChange={(event) => update({ unitContact: event.target.value })}
        />
        <TextField
          label={t('inquiry.handoff.decidedAt')}
          type="date"
          isRequired
          requiredText={t('common.required')}
          value={form.decidedAt}
          error={errors.decidedAt ? t('errors.dateInvalid') : undefined}
          onChange={(event) => update({ decidedAt: event.target.value })}
        />
        <TextField
          label={t('inquiry.handoff.decidedBy')}
          isRequired
          requiredText={t('common.required')}
          value={form.decidedBy}
          error={errors.decidedBy ? t('inquiry.handoff.decidedByRequired') : undefined}
          onChange={(event) => update({ decidedBy: event.target.value })}
        />
      </div>
      <TextAreaField
        label={t('inquiry.handoff.rationale')}
        rows={3}
        value={form.rationale}
        onChange={(event) => update({ rationale: event.target.value })}
      />
    </>
  );
}
