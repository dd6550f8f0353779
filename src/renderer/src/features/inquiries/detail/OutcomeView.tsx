import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoffOutcome } from '../../../domain/entities';
import { formatDate } from '../../../lib/dates';
import { useFormatKr } from './useInquiryMessages';

export type OutcomeViewProps = { outcome: HandoffOutcome };

/** A recorded outcome, read-only. */
export function OutcomeView({ outcome }: OutcomeViewProps) {
  const { t } = useTranslation();
  const formatKr = useFormatKr();
  const none = t('inquiry.details.notSet');
  const date = (value: string | null) => (value ? formatDate(value) : none);
  const facts: [string, ReactNode][] = [
    [t('inquiry.outcome.kind'), t(`inquiry.outcome.kinds.${outcome.kind}`)],
    [t('inquiry.outcome.decidedAt'), formatDate(outcome.decidedAt)],
  ];
  if (outcome.kind === 'avtal_tecknat') {
    facts.push(
      [
        t('inquiry.outcome.value'),
        outcome.agreementValue === null ? none : formatKr(outcome.agreementValue),
      ],
      [t('inquiry.outcome.signedAt'), date(outcome.signedAt)],
      [
        t('inquiry.outcome.period'),
        outcome.agreementStart || outcome.agreementEnd
          ? `${date(outcome.agreementStart)} – ${date(outcome.agreementEnd)}`
          : none,
      ],
    );
  }
  facts.push([
    t('inquiry.outcome.note'),
    outcome.note ? <span className="prewrap">{outcome.note}</span> : none,
  ]);
  return (
    <dl className="facts">
      {facts.map(([label, value]) => (
        <div key={label} className="facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
