import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { searchOrganisations } from '../../db/organisationSearch';

export type PickedOrganisation = { id: string; name: string } | { id: null; name: string };

export type OrganisationPickerProps = {
  query: string;
  onQueryChange: (query: string) => void;
  onPick: (organisation: PickedOrganisation) => void;
  error?: string;
};

/**
 * An ARIA combobox: type part of a name, an organisationsnummer or a phone number; arrow keys move,
 * Enter picks (the first hit by default). The last option creates a new organisation from the text.
 */
export function OrganisationPicker({
  query,
  onQueryChange,
  onPick,
  error,
}: OrganisationPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const deferredQuery = useDeferredValue(query);
  const hits = useLiveQuery(() => searchOrganisations(deferredQuery), [deferredQuery]) ?? [];
  const [active, setActive] = useState(0);
  const trimmed = query.trim();
  const options: PickedOrganisation[] = [
    ...hits.map((hit) => ({ id: hit.id, name: hit.name })),
    ...(trimmed ? [{ id: null, name: trimmed }] : []),
  ];
  const isOpen = trimmed !== '' && options.length > 0;
  const activeIndex = Math.min(active, options.length - 1);
  const hint = hits.find((hit) => hit.id === options[activeIndex]?.id);

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!isOpen) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + options.length) % options.length);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const option = options[activeIndex];
      if (option) onPick(option);
    }
  };

  return (
    <div className={`field combobox${error ? ' field--error' : ''}`}>
      <label htmlFor={`${id}-input`}>{t('callLog.organisation')}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={isOpen}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={isOpen ? `${id}-option-${activeIndex}` : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        autoFocus
        value={query}
        placeholder={t('callLog.organisationPlaceholder')}
        onChange={(event) => {
          onQueryChange(event.target.value);
          setActive(0);
        }}
        onKeyDown={handleKeyDown}
      />
      <p id={`${id}-hint`} className="field__hint">
        {hint?.orgNumber ? `${hint.orgNumber} · ` : ''}
        {t('callLog.organisationHint')}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {isOpen ? (
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label={t('callLog.organisationResults')}
          className="combobox__list"
        >
          {options.map((option, index) => (
            <li
              key={option.id ?? 'new'}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              className={`combobox__option${index === activeIndex ? ' combobox__option--active' : ''}`}
              onMouseDown={(event) => {
                event.preventDefault();
                onPick(option);
              }}
            >
              {option.id === null
                ? t('callLog.createOrganisation', { name: option.name })
                : option.name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
