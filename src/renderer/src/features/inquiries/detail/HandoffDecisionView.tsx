import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Handoff, UnitEntity } from '../../../domain/entities';
import { formatDate } from '../../../lib/dates';
import { hasIopRisk } from '../model/iopRules';
import { IopRiskSummary } from './IopRiskSummary';
import { LimitsList } from './LimitsList';

export type HandoffDecisionViewProps = { handoff: Handoff; units: UnitEntity[] };

/** A recorded decision, read-only, with the limits that applied when it was made. */
export function HandoffDecisionView({ handoff, units }: HandoffDecisionViewProps) {
  const { t } = useTranslation();
  const none = t('inquiry.details.notSet');
  const unit = units.find((candidate) => candidate.id === handoff.unitId);
  const facts: [string, ReactNode][] = [
    [t('inquiry.handoff.path'), t(`inquiry.handoff.paths.${handoff.path}`)],
    [t('inquiry.handoff.decidedAt'), formatDate(handoff.decidedAt)],
    [t('inquiry.handoff.decidedBy'), handoff.decidedBy],
    [t('inquiry.handoff.unit'), unit?.name ?? none],
    [t('inquiry.handoff.unitContact'), handoff.unitContact || none],
  ];
  if (handoff.path === 'direktupphandling' && handoff.reservedProcurement)
    facts.push([t('inquiry.handoff.reserved'), t('common.yes')]);
  if (handoff.path === 'avslutat')
    facts.push([
      t('inquiry.handoff.closeReason'),
      <span className="prewrap">{handoff.closeReason}</span>,
    ]);
  facts.push([
    t('inquiry.handoff.rationale'),
    handoff.rationale ? <span className="prewrap">{handoff.rationale}</span> : none,
  ]);

  return (
    <>
      <h3>{t('inquiry.handoff.decision')}</h3>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label} className="facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {handoff.path === 'iop' && handoff.iopChecklist.length > 0 ? (
        <>
          <h3>{t('inquiry.handoff.checklistAnswers')}</h3>
          <table className="checklist-answers">
            <thead>
              <tr>
                <th scope="col">{t('inquiry.handoff.criterion')}</th>
                <th scope="col">{t('inquiry.handoff.answer')}</th>
                <th scope="col">{t('inquiry.handoff.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {handoff.iopChecklist.map((item) => (
                <tr key={item.criterion}>
                  <th scope="row">{t(`inquiry.iop.criteria.${item.criterion}`)}</th>
                  <td>{t(`inquiry.iop.answers.${item.answer}`)}</td>
                  <td>{item.comment || none}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <IopRiskSummary handoff={handoff} />
          {handoff.riskComment && !hasIopRisk({ handoff }) ? (
            <p>
              <strong>{t('inquiry.handoff.riskComment')}:</strong>{' '}
              <span className="prewrap">{handoff.riskComment}</span>
            </p>
          ) : null}
        </>
      ) : null}
      <h3>{t('inquiry.handoff.limitsAtDecision')}</h3>
      <LimitsList thresholds={handoff.thresholdsAtDecision} />
    </>
  );
}
