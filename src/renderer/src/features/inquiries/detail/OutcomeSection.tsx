import { useTranslation } from 'react-i18next';
import type { InquiryEntity } from '../../../domain/entities';
import { OutcomeForm } from './OutcomeForm';
import { OutcomeView } from './OutcomeView';

export type OutcomeSectionProps = { inquiry: InquiryEntity };

/**
 * "Utfall": after a handoff decision, how it went. Not shown before a decision, nor for an inquiry
 * closed without handoff (there is nothing handed off to follow up).
 */
export function OutcomeSection({ inquiry }: OutcomeSectionProps) {
  const { t } = useTranslation();
  const { handoff, outcome } = inquiry;
  if (!handoff || handoff.path === 'avslutat') return null;
  return (
    <section className="card" aria-labelledby="inquiry-outcome-title">
      <h2 id="inquiry-outcome-title">{t('inquiry.outcome.title')}</h2>
      {outcome ? (
        <OutcomeView outcome={outcome} />
      ) : (
        <OutcomeForm inquiry={inquiry} handoff={handoff} />
      )}
    </section>
  );
}
