import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setUnitActive } from './data/unitRepository';
import type { UnitEntity } from '../../domain/entities';
import { Notice } from '../../ui/Notice';
import { useActorId } from '../../session/SessionContext';
import { SettingsListItem } from './SettingsListItem';
import { UnitDialog } from './UnitDialog';
import { useSettingsAction } from './useSettingsAction';
import { useUnits } from './useSettingsLists';

type Editing = { unit: UnitEntity | null } | null;

/** The municipality's units (verksamhetsområden) with their contact persons. */
export function UnitsSection() {
  const { t } = useTranslation();
  const actorId = useActorId();
  const units = useUnits();
  const [editing, setEditing] = useState<Editing>(null);
  const { error, run } = useSettingsAction();

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
              <SettingsListItem
                key={unit.id}
                name={unit.name}
                isActive={unit.isActive}
                onEdit={() => setEditing({ unit })}
                onToggleActive={() =>
                  void run(() => setUnitActive(unit.id, !unit.isActive, actorId))
                }
              >
                <p className="people__meta">
                  {contact.length > 0 ? contact.join(' · ') : t('settingsEdit.units.noContact')}
                </p>
              </SettingsListItem>
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
