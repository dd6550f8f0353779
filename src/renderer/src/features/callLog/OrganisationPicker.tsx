import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { searchOrganisations } from '../../db/organisationSearch';
import { useCombobox } from '../../ui/useCombobox';

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
  const result = useLiveQuery(
    async () => ({ query: deferredQuery, hits: await searchOrganisations(deferredQuery) }),
    [deferredQuery],
  );
  const hits = result?.hits ?? [];
  // The previous hits stay in view while the next search runs, but Enter picks only from the hits
  // for the text now in the field: typed fast on the phone, it waits for them rather than picking
  // a stale hit (or creating a duplicate organisation from the text).
  const isCurrent = result?.query === query;
  const isPickPending = useRef(false);
  const trimmed = query.trim();
  const options: PickedOrganisation[] = [
    ...hits.map((hit) => ({ id: hit.id, name: hit.name })),
    ...(trimmed ? [{ id: null, name: trimmed }] : []),
  ];
  const combobox = useCombobox({
    options,
    onPick: (option) => {
      if (isCurrent) onPick(option);
      else isPickPending.current = true;
    },
  });
  const activeOption = options[combobox.activeIndex];
  useEffect(() => {
    if (!isPickPending.current || !isCurrent || !activeOption) return;
    isPickPending.current = false;
    onPick(activeOption);
  });
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
          isPickPending.current = false;
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
