import { useTranslation } from 'react-i18next';
import { INQUIRY_STAGES, type InquiryStage } from '../../../domain/entities';
import { stageIndex } from '../model/stageRules';

export type StageIndicatorProps = { stage: InquiryStage };

/** The five stages in order; the current one is marked for sight and for screen readers. */
export function StageIndicator({ stage }: StageIndicatorProps) {
  const { t } = useTranslation();
  const current = stageIndex(stage);
  return (
    <ol className="stages" aria-label={t('inquiry.stages.label')}>
      {INQUIRY_STAGES.map((value, index) => {
        const isCurrent = value === stage;
        // A closed inquiry did not pass the stages after the one it was closed from.
        const isDone = index < current && value !== 'avslutat' && stage !== 'avslutat';
        return (
          <li
            key={value}
            className={`stages__step${isCurrent ? ' stages__step--current' : ''}${isDone ? ' stages__step--done' : ''}`}
            aria-current={isCurrent ? 'step' : undefined}
          >
            <span className="stages__number" aria-hidden="true">
              {index + 1}
            </span>
            {t(`inquiry.stages.${value}`)}
          </li>
        );
      })}
    </ol>
  );
}
