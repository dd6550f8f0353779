import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setUnitActive } from '../../db/unitRepository';
import type { UnitEntity } from '../../domain/entities';
import { Notice } from '../../ui/Notice';
import { useActorId } from '../session/SessionContext';
import { UnitDialog } from './UnitDialog';
import { useUnits } from './useSettingsLists';
import { useSettingsMessages } from './useSettingsMessages';

type Editing = { unit: UnitEntity | null } | null;

/** The municipality's units (verksamhetsområden) with their contact persons. */
export function UnitsSection() {
  const { t } = useTranslation();
  const actorId = useActorId();
  const { errorMessage } = useSettingsMessages();
  const units = useUnits();
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<string | null>(null);

  const toggle = async (unit: UnitEntity) => {
    try {
      setError(null);
      await setUnitActive(unit.id, !unit.isActive, actorId);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <section className="card" aria-labelledby="units-title">
      <h2 id="units-title">{t('settingsEdit.units.title')}</h2>
      <p className="muted">{t('settingsEdit.units.lead')}</p>
      {units === undefined ? null : units.length === 0 ? (
        <p className="muted">{t('settingsEdit.units.empty')}</p>
      ) : (
        <ul className="people settings-list" aria-label={t('settingsEdit.units.title')}>
          {units.map((unit) => {
            const contact = [unit.contactName, unit.contactEmail, unit.contactPhone].filter(
              Boolean,
            );
            return (
              <li
                key={unit.id}
                className={`people__item${unit.isActive ? '' : ' people__item--archived'}`}
              >
                <div className="settings-list__main">
                  <strong>{unit.name}</strong>
                  {unit.isActive ? null : (
                    <span className="badge badge--muted">{t('settingsEdit.inactive')}</span>
                  )}
                  <p className="people__meta">
                    {contact.length > 0 ? contact.join(' · ') : t('settingsEdit.units.noContact')}
                  </p>
                </div>
                <div className="people__actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('settingsEdit.editLabel', { name: unit.name })}
                    onClick={() => setEditing({ unit })}
                  >
                    {t('settingsEdit.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t(
                      unit.isActive ? 'settingsEdit.deactivateLabel' : 'settingsEdit.activateLabel',
                      { name: unit.name },
                    )}
                    onClick={() => void toggle(unit)}
                  >
                    {unit.isActive ? t('settingsEdit.deactivate') : t('settingsEdit.activate')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="button-row settings-list__add">
        <button type="button" className="button" onClick={() => setEditing({ unit: null })}>
          {t('settingsEdit.units.add')}
        </button>
      </div>
      {editing ? <UnitDialog unit={editing.unit} onClose={() => setEditing(null)} /> : null}
    </section>
  );
}
