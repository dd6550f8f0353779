import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/Field';
import { useInquiryMatches, useInquiryRows } from './useBriefs';

export type InquiryChooserProps = {
  inquiryIds: string[];
  onChange: (inquiryIds: string[]) => void;
  isDisabled: boolean;
};

/** The agenda points: the chosen inquiries in order (move up, remove) and a search to add more. */
export function InquiryChooser({ inquiryIds, onChange, isDisabled }: InquiryChooserProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const rows = useInquiryRows(inquiryIds) ?? [];
  const matches = (useInquiryMatches(text) ?? []).filter((row) => !inquiryIds.includes(row.id));

  const moveUp = (index: number) => {
    const next = [...inquiryIds];
    const [moved] = next.splice(index, 1);
    if (moved !== undefined) next.splice(index - 1, 0, moved);
    onChange(next);
  };

  return (
    <fieldset className="brief-chooser" disabled={isDisabled}>
      <legend>{t('briefs.agenda.label')}</legend>
      {rows.length === 0 ? <p className="muted">{t('briefs.agenda.empty')}</p> : null}
      <ol className="brief-chooser__chosen-list">
        {rows.map((row, index) => (
          <li key={row.id}>
            <span>
              {row.title} <span className="muted">– {row.organisationName}</span>
            </span>
            <span className="brief-chooser__row-actions">
              {index > 0 ? (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('briefs.agenda.moveUp', { title: row.title })}
                  onClick={() => moveUp(index)}
                >
                  ↑
                </button>
              ) : null}
              <button
                type="button"
                className="button button--small"
                aria-label={t('briefs.agenda.remove', { title: row.title })}
                onClick={() => onChange(inquiryIds.filter((id) => id !== row.id))}
              >
                ✕
              </button>
            </span>
          </li>
        ))}
      </ol>
      <TextField
        label={t('briefs.agenda.search')}
        hint={t('briefs.agenda.searchHint')}
        value={text}
        type="search"
        onChange={(event) => setText(event.target.value)}
      />
      {text.trim().length >= 2 ? (
        matches.length === 0 ? (
          <p className="muted">{t('briefs.agenda.noResults')}</p>
        ) : (
          <ul className="brief-chooser__results" aria-label={t('briefs.agenda.results')}>
            {matches.map((row) => (
              <li key={row.id}>
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => onChange([...inquiryIds, row.id])}
                >
                  {row.title}
                </button>
                <span className="muted"> – {row.organisationName}</span>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </fieldset>
  );
}
