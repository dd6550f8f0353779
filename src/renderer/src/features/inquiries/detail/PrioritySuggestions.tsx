import { useTranslation } from 'react-i18next';
import type { PriorityAreaEntity } from '../../../domain/entities';
import type { PrioritySuggestion } from '../model/prioritySuggestions';

export type PrioritySuggestionsProps = {
  suggestions: PrioritySuggestion[];
  /** Suggestions whose area is already chosen: not offered again, but named. */
  suggestedChosen: PrioritySuggestion[];
  areas: PriorityAreaEntity[];
  onAccept: (suggestion: PrioritySuggestion, rationale: string) => void;
};

/** Suggested areas with the words that led to them; nothing is chosen until the user says so. */
export function PrioritySuggestions({
  suggestions,
  suggestedChosen,
  areas,
  onAccept,
}: PrioritySuggestionsProps) {
  const { t, i18n } = useTranslation();
  const list = new Intl.ListFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', {
    type: 'conjunction',
  });
  const chosenNames = suggestedChosen.flatMap(
    (suggestion) => areas.find((area) => area.id === suggestion.areaId)?.name ?? [],
  );
  if (suggestions.length === 0)
    return (
      <p className="muted">
        {chosenNames.length > 0
          ? t('inquiry.matching.allSuggestionsChosen', {
              areas: list.format(chosenNames),
              count: chosenNames.length,
            })
          : t('inquiry.matching.noSuggestions')}
      </p>
    );
  return (
    <ul className="suggestions">
      {suggestions.map((suggestion) => {
        const area = areas.find((candidate) => candidate.id === suggestion.areaId);
        if (!area) return null;
        const reasons = list.format(
          suggestion.matches.map(({ keyword, word }) =>
            t('inquiry.matching.reason', { word, keyword }),
          ),
        );
        const words = list.format(suggestion.matches.map(({ word }) => `”${word}”`));
        const reasonId = `suggestion-${area.id}`;
        return (
          <li key={area.id} className="suggestions__item">
            <p id={reasonId} className="suggestions__reason">
              {t('inquiry.matching.suggestion', { area: area.name, reasons })}
            </p>
            <button
              type="button"
              className="button button--small"
              aria-describedby={reasonId}
              onClick={() =>
                onAccept(suggestion, t('inquiry.matching.suggestedRationale', { words }))
              }
            >
              {t('inquiry.matching.useSuggestion')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
