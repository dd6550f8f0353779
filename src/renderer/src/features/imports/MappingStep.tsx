import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from './model/importFields';
import { DUPLICATE_POLICIES, type DuplicatePolicy } from './model/mergeOrganisation';
import { formatNumber } from '../../i18n/i18n';
import { Notice } from '../../ui/Notice';
import { ProgressBar } from '../../ui/ProgressBar';
import { RadioGroup } from '../../ui/RadioGroup';
import { MappingTable } from './MappingTable';
import { SavedMappings } from './SavedMappings';
import type { ReadTable } from './useImportFile';

export type MappingStepProps = {
  content: ReadTable;
  mapping: ColumnMapping;
  onMappingChange: (mapping: ColumnMapping) => void;
  policy: DuplicatePolicy;
  onPolicyChange: (policy: DuplicatePolicy) => void;
  hasPlan: boolean;
  progress: { done: number; total: number } | null;
  isBusy: boolean;
  onDryRun: () => void;
};

/** Step 2: which column fills which field, what to do with duplicates, and the dry run. */
export function MappingStep(props: MappingStepProps) {
  const { content, mapping, onMappingChange, policy, onPolicyChange, progress } = props;
  const { t } = useTranslation();
  const hasName = mapping.includes('organisation.name');
  const mappedCount = mapping.filter(Boolean).length;
  return (
    <section className="card import-step" aria-labelledby="import-mapping-title">
      <h2 id="import-mapping-title">{t('imports.steps.mapping')}</h2>
      <p>{t('imports.mapping.lead')}</p>
      <SavedMappings headers={content.table.headers} mapping={mapping} onApply={onMappingChange} />
      <MappingTable table={content.table} mapping={mapping} onChange={onMappingChange} />
      <p className="muted">{t('imports.mapping.mapped', { count: mappedCount })}</p>
      {hasName ? null : <Notice tone="warning">{t('imports.mapping.nameRequired')}</Notice>}
      <RadioGroup
        legend={t('imports.policy.legend')}
        hint={t('imports.policy.hint')}
        value={policy}
        options={DUPLICATE_POLICIES.map((value) => ({
          value,
          label: t(`imports.policy.${value}`),
        }))}
        onChange={onPolicyChange}
      />
      {progress ? (
        <ProgressBar
          label={t('imports.dryRunning')}
          done={progress.done}
          total={progress.total}
          text={t('imports.dryRunProgress', {
            done: formatNumber(progress.done),
            total: formatNumber(progress.total),
          })}
        />
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={!hasName || props.isBusy}
          onClick={props.onDryRun}
        >
          {props.hasPlan ? t('imports.dryRunAgain') : t('imports.dryRun')}
        </button>
      </div>
    </section>
  );
}
