import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { searchOrganisations } from '../../organisations/data/organisationSearch';
import { useCombobox } from '../../../ui/useCombobox';

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
  const trimmed = query.trim();
  const options: PickedOrganisation[] = [
    ...hits.map((hit) => ({ id: hit.id, name: hit.name })),
    ...(trimmed ? [{ id: null, name: trimmed }] : []),
  ];
  // Enter picks at once, from the hits in view: on the phone the summary is typed straight after
  // it, and those keys must land in the summary, not in a search still waiting for its hits.
  const combobox = useCombobox({ options, onPick });
  const hint = hits.find((hit) => hit.id === options[combobox.activeIndex]?.id);

  return (
    <div className={`field combobox${error ? ' field--error' : ''}`}>
      <label htmlFor={`${id}-input`}>{t('callLog.organisation')}</label>
      <input
        id={`${id}-input`}
        {...combobox.inputProps}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        autoFocus
        value={query}
        placeholder={t('callLog.organisationPlaceholder')}
        onChange={(event) => {
          onQueryChange(event.target.value);
          combobox.handleTextChange();
        }}
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
      {combobox.isOpen ? (
        <ul
          {...combobox.listProps}
          aria-label={t('callLog.organisationResults')}
          className="combobox__list"
        >
          {options.map((option, index) => (
            <li
              key={option.id ?? 'new'}
              {...combobox.optionProps(index)}
              className={`combobox__option${index === combobox.activeIndex ? ' combobox__option--active' : ''}`}
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
