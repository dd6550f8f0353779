import { useTranslation } from 'react-i18next';
import type { InquiryEntity, OrganisationEntity } from '../../../domain/entities';
import { HandoffDecisionView } from './HandoffDecisionView';
import { HandoffForm } from './HandoffForm';
import { useUnits } from './useInquiryData';

export type HandoffSectionProps = {
  inquiry: InquiryEntity;
  organisation: OrganisationEntity | null;
};

/** "Överlämning": the decision form until a decision is recorded, then the decision itself. */
export function HandoffSection({ inquiry, organisation }: HandoffSectionProps) {
  const { t } = useTranslation();
  const units = useUnits() ?? [];
  return (
    <section className="card" aria-labelledby="inquiry-handoff-title">
      <h2 id="inquiry-handoff-title">{t('inquiry.handoff.title')}</h2>
      {inquiry.handoff ? (
        <HandoffDecisionView handoff={inquiry.handoff} units={units} />
      ) : (
        <HandoffForm inquiry={inquiry} organisation={organisation} />
      )}
    </section>
  );
}
