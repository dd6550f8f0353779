import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setMatches } from '../data/pipelineRepository';
import type { InquiryEntity } from '../../../domain/entities';
import { suggestPriorityAreas } from '../model/prioritySuggestions';
import { SelectField, TextAreaField } from '../../../ui/Field';
import { Notice } from '../../../ui/Notice';
import { InquiryDraftNotice } from './InquiryDraftNotice';
import { useActorId } from '../../../session/SessionContext';
import {
  matchesInputOf,
  matchingDraftKey,
  matchingFormOf,
  missingRationales,
  sanitizeMatchingForm,
  suggestionTextOf,
} from './matchingForm';
import { PrioritySuggestions } from './PrioritySuggestions';
import { usePriorityAreas, useUnits } from './useInquiryData';
import { useFormDraft } from './useFormDraft';
import { focusFirstInvalid, submitOnCtrlEnter, useInquiryErrorMessage } from './useInquiryMessages';
import { FormActions } from '../../../ui/FormActions';

export type MatchingSectionProps = { inquiry: InquiryEntity };

const focusLater = (selector: string) =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

function MatchingCard({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="inquiry-matching-title">
      <h2 id="inquiry-matching-title">{t('inquiry.matching.title')}</h2>
      <p className="muted">{t('inquiry.matching.lead')}</p>
      {children}
    </section>
  );
}

/** "Matchning": priority areas (suggested from the text, chosen by the user) and a unit. */
export function MatchingSection({ inquiry }: MatchingSectionProps) {
  const { t } = useTranslation();
  const actorId = useActorId();
  const toMessage = useInquiryErrorMessage();
  const areas = usePriorityAreas() ?? [];
  const units = useUnits() ?? [];
  const initial = useMemo(() => matchingFormOf(inquiry), [inquiry]);
  const draft = useFormDraft(matchingDraftKey(inquiry.id), initial, sanitizeMatchingForm);
  const [areaToAdd, setAreaToAdd] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const { form, update } = draft;
  if (!form) return <MatchingCard>{null}</MatchingCard>;

  const chosen = new Set(form.matches.map((match) => match.priorityAreaId));
  const allSuggestions = suggestPriorityAreas(suggestionTextOf(inquiry), areas);
  const suggestions = allSuggestions.filter((suggestion) => !chosen.has(suggestion.areaId));
  // Suggested areas already chosen: the box says so instead of "no suggestions".
  const suggestedChosen = allSuggestions.filter((suggestion) => chosen.has(suggestion.areaId));
  const addable = areas.filter((area) => area.isActive && !chosen.has(area.id));
  const missing = isSubmitted ? missingRationales(form) : new Set<string>();
  const nameOf = (id: string) => areas.find((area) => area.id === id)?.name ?? id;

  const addMatch = (priorityAreaId: string, rationale: string, fromSuggestion: boolean) => {
    setStatus(null);
    update({ matches: [...form.matches, { priorityAreaId, rationale, fromSuggestion }] });
    focusLater(`[data-match-area="${priorityAreaId}"]`);
  };
  const setRationale = (priorityAreaId: string, rationale: string) =>
    update({
      matches: form.matches.map((match) =>
        match.priorityAreaId === priorityAreaId ? { ...match, rationale } : match,
      ),
    });
  const removeMatch = (priorityAreaId: string) => {
    update({ matches: form.matches.filter((match) => match.priorityAreaId !== priorityAreaId) });
    focusLater('[data-focus="add-area"]');
  };

  const handleSubmit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (isSaving) return;
    setIsSubmitted(true);
    setStatus(null);
    if (missingRationales(form).size > 0) return focusFirstInvalid();
    setIsSaving(true);
    try {
      await setMatches(inquiry.id, matchesInputOf(form), actorId);
      await draft.clear();
      setIsSubmitted(false);
      setStatus({ tone: 'success', text: t('inquiry.saved') });
    } catch (error) {
      setStatus({ tone: 'error', text: toMessage(error) });
    }
    setIsSaving(false);
  };

  const unitOptions = units.filter((unit) => unit.isActive || unit.id === form.unitId);

  return (
    <MatchingCard>
      <InquiryDraftNotice restoredAt={draft.restoredAt} onDiscard={() => void draft.discard()} />
      <h3>{t('inquiry.matching.suggestions')}</h3>
      <PrioritySuggestions
        suggestions={suggestions}
        suggestedChosen={suggestedChosen}
        areas={areas}
        onAccept={(suggestion, rationale) => addMatch(suggestion.areaId, rationale, true)}
      />
      <form
        className="inquiry-form"
        onSubmit={handleSubmit}
        onKeyDown={submitOnCtrlEnter(() => void handleSubmit())}
        noValidate
        aria-labelledby="inquiry-matching-title"
      >
        <h3>{t('inquiry.matching.chosen')}</h3>
        {form.matches.length === 0 ? (
          <p className="muted">{t('inquiry.matching.noneChosen')}</p>
        ) : (
          <ul className="matches">
            {form.matches.map((match) => (
              <li key={match.priorityAreaId} className="matches__item">
                <TextAreaField
                  label={t('inquiry.matching.rationale', { area: nameOf(match.priorityAreaId) })}
                  hint={match.fromSuggestion ? t('inquiry.matching.fromSuggestion') : undefined}
                  rows={2}
                  data-match-area={match.priorityAreaId}
                  value={match.rationale}
                  error={
                    missing.has(match.priorityAreaId)
                      ? t('inquiry.matching.rationaleRequired')
                      : undefined
                  }
                  onChange={(event) => setRationale(match.priorityAreaId, event.target.value)}
                />
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => removeMatch(match.priorityAreaId)}
                >
                  {t('inquiry.matching.remove', { area: nameOf(match.priorityAreaId) })}
                </button>
              </li>
            ))}
          </ul>
        )}
        {addable.length > 0 ? (
          <div className="inline-form">
            <SelectField
              label={t('inquiry.matching.addArea')}
              data-focus="add-area"
              value={areaToAdd}
              options={[
                { value: '', label: t('inquiry.none') },
                ...addable.map((area) => ({ value: area.id, label: area.name })),
              ]}
              onChange={(event) => setAreaToAdd(event.target.value)}
            />
            <button
              type="button"
              className="button"
              disabled={areaToAdd === '' || chosen.has(areaToAdd)}
              onClick={() => {
                addMatch(areaToAdd, '', false);
                setAreaToAdd('');
              }}
            >
              {t('inquiry.matching.add')}
            </button>
          </div>
        ) : null}
        <SelectField
          label={t('inquiry.matching.unit')}
          value={form.unitId}
          options={[
            { value: '', label: t('inquiry.none') },
            ...unitOptions.map((unit) => ({ value: unit.id, label: unit.name })),
          ]}
          onChange={(event) => update({ unitId: event.target.value })}
        />
        {status ? <Notice tone={status.tone}>{status.text}</Notice> : null}
        <FormActions
          submitLabel={t('inquiry.matching.save')}
          isSaving={isSaving}
          savingLabel={t('common.saving')}
        />
      </form>
    </MatchingCard>
  );
}
