import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Handoff } from '../../../domain/entities';
import { iopRiskLines } from '../model/iopRiskText';

export type IopRiskSummaryProps = { handoff: Handoff };

/**
 * A saved IOP's risks with the navigator's comment: a flagged IOP must not look normal once saved.
 * Renders nothing when the answers raise no risk.
 */
export function IopRiskSummary({ handoff }: IopRiskSummaryProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const lines = iopRiskLines(handoff, t('inquiry.iop.risks', { returnObjects: true }));
  if (lines.length === 0) return null;
  return (
    <section className="notice notice--warning iop-risks" aria-labelledby={headingId}>
      <div className="notice__body">
        <h3 id={headingId}>{t('inquiry.iop.risksTitle')}</h3>
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>
          <strong>{t('inquiry.handoff.riskComment')}:</strong>{' '}
          <span className="prewrap">{handoff.riskComment || t('inquiry.details.notSet')}</span>
        </p>
      </div>
    </section>
  );
}
