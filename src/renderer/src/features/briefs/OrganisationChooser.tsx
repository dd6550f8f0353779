import { useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationEntity } from '../../domain/entities';
import { useCombobox } from '../../ui/useCombobox';
import { useOrganisation, useOrganisationMatches } from './useBriefs';

export type OrganisationChooserProps = {
  organisationId: string | null;
  onChange: (organisationId: string | null) => void;
  isDisabled: boolean;
};

/**
 * The organisation an organisation brief is about: shown when chosen, otherwise an ARIA combobox
 * over the indexed organisation search (name words, organisationsnummer or phone number).
 */
export function OrganisationChooser({
  organisationId,
  onChange,
  isDisabled,
}: OrganisationChooserProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const query = useDeferredValue(text.trim());
  const organisation = useOrganisation(organisationId);
  const matches = useOrganisationMatches(query);
  // The previous hits stay in view while the next search runs (no flicker), but only hits for the
  // text now in the field can be chosen.
  const isCurrent = matches !== undefined && matches.text === text.trim();
  const hits: OrganisationEntity[] = text.trim() === '' ? [] : (matches?.hits ?? []);
  const inputRef = useRef<HTMLInputElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  /** Where focus goes after the next render: the chosen one's button, or back to the search. */
  const moveFocus = useRef<'change' | 'search' | null>(null);
  const combobox = useCombobox({
    options: hits,
    onPick: (hit) => {
      if (!isCurrent) return;
      moveFocus.current = 'change';
      setText('');
      onChange(hit.id);
    },
    onEscapeClosed: text === '' ? undefined : () => setText(''),
  });
  const isChosen = organisationId !== null && organisation != null;

  useEffect(() => {
    const target = moveFocus.current === 'change' ? changeRef.current : inputRef.current;
    if (moveFocus.current && target) {
      target.focus();
      moveFocus.current = null;
    }
  });

  if (isChosen) {
    return (
      <div className="brief-chooser">
        <p className="brief-chooser__label">{t('briefs.organisation.label')}</p>
        <p className="brief-chooser__chosen">
          <strong>{organisation.name}</strong>
          {organisation.orgNumber ? <span className="muted"> {organisation.orgNumber}</span> : null}
        </p>
        {isDisabled ? null : (
          <button
            ref={changeRef}
            type="button"
            className="button button--small"
            onClick={() => {
              moveFocus.current = 'search';
              onChange(null);
            }}
          >
            {t('briefs.organisation.change')}
          </button>
        )}
      </div>
    );
  }
  const isSearching = !isCurrent;
  const status =
    text.trim() === '' || isSearching
      ? ''
      : hits.length === 0
        ? t('briefs.organisation.noResults')
        : t('briefs.organisation.resultsCount', { count: hits.length });
  return (
    <div className="brief-chooser combobox">
      <div className="field">
        <label htmlFor={`${id}-input`}>{t('briefs.organisation.search')}</label>
        <input
          ref={inputRef}
          id={`${id}-input`}
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            combobox.handleTextChange();
          }}
          disabled={isDisabled}
          {...combobox.inputProps}
        />
        <p id={`${id}-hint`} className="field__hint">
          {t('briefs.organisation.searchHint')}
        </p>
      </div>
      {/* Announced politely as results arrive; shown when nothing matches. */}
      <p
        className={hits.length === 0 && status ? 'muted' : 'visually-hidden'}
        role="status"
        aria-live="polite"
      >
        {status}
      </p>
      {combobox.isOpen ? (
        <ul
          {...combobox.listProps}
          aria-busy={isSearching || undefined}
          aria-label={t('briefs.organisation.results')}
          className="combobox__list brief-chooser__options"
        >
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              {...combobox.optionProps(index)}
              className={`combobox__option${index === combobox.activeIndex ? ' combobox__option--active' : ''}`}
            >
              <span>{hit.name}</span>
              {hit.orgNumber ? (
                <span className="muted brief-chooser__number"> {hit.orgNumber}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
