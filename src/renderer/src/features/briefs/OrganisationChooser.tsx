import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/Field';
import { useOrganisation, useOrganisationMatches } from './useBriefs';

export type OrganisationChooserProps = {
  organisationId: string | null;
  onChange: (organisationId: string | null) => void;
  isDisabled: boolean;
};

/** The organisation an organisation brief is about: shown when chosen, searched for when not. */
export function OrganisationChooser({
  organisationId,
  onChange,
  isDisabled,
}: OrganisationChooserProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const organisation = useOrganisation(organisationId);
  const matches = useOrganisationMatches(text);

  if (organisationId && organisation) {
    return (
      <div className="brief-chooser">
        <p className="brief-chooser__label">{t('briefs.organisation.label')}</p>
        <p className="brief-chooser__chosen">
          <strong>{organisation.name}</strong>
          {organisation.orgNumber ? <span className="muted"> {organisation.orgNumber}</span> : null}
        </p>
        {isDisabled ? null : (
          <button type="button" className="button button--small" onClick={() => onChange(null)}>
            {t('briefs.organisation.change')}
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="brief-chooser">
      <TextField
        label={t('briefs.organisation.search')}
        hint={t('briefs.organisation.searchHint')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        type="search"
        disabled={isDisabled}
      />
      {text.trim() !== '' && matches !== undefined ? (
        matches.length === 0 ? (
          <p className="muted">{t('briefs.organisation.noResults')}</p>
        ) : (
          <ul className="brief-chooser__results" aria-label={t('briefs.organisation.results')}>
            {matches.map((match) => (
              <li key={match.id}>
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => {
                    onChange(match.id);
                    setText('');
                  }}
                >
                  {match.name}
                </button>
                {match.orgNumber ? <span className="muted"> {match.orgNumber}</span> : null}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
