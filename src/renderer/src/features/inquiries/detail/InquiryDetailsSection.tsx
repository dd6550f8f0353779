import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InquiryEntity } from '../../../domain/entities';
import { detailsDraftKey } from './detailsForm';
import { InquiryDetailsForm } from './InquiryDetailsForm';
import { InquiryDetailsView } from './InquiryDetailsView';
import { useContactPersons, useHasDraft, useNavigators } from './useInquiryData';

export type InquiryDetailsSectionProps = { inquiry: InquiryEntity };

/** "Uppgifter": the facts, and a form behind "Redigera" (open at once when a draft is waiting). */
export function InquiryDetailsSection({ inquiry }: InquiryDetailsSectionProps) {
  const { t } = useTranslation();
  const people = useContactPersons(inquiry.organisationId) ?? [];
  const navigators = useNavigators() ?? [];
  const hasDraft = useHasDraft(detailsDraftKey(inquiry.id));
  const [isEditingChoice, setIsEditingChoice] = useState<boolean | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const isEditing = isEditingChoice ?? hasDraft === true;

  const handleDone = () => {
    setIsEditingChoice(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <section className="card" aria-labelledby="inquiry-details-title">
      <div className="card__header">
        <h2 id="inquiry-details-title">{t('inquiry.details.title')}</h2>
        {isEditing ? null : (
          <button
            ref={editButton}
            type="button"
            className="button button--small"
            aria-label={t('inquiry.details.editLabel')}
            onClick={() => setIsEditingChoice(true)}
          >
            {t('inquiry.details.edit')}
          </button>
        )}
      </div>
      {isEditing ? (
        <InquiryDetailsForm
          inquiry={inquiry}
          people={people}
          navigators={navigators}
          onDone={handleDone}
        />
      ) : (
        <InquiryDetailsView inquiry={inquiry} people={people} navigators={navigators} />
      )}
    </section>
  );
}
