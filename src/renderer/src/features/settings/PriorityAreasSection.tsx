import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  movePriorityArea,
  setPriorityAreaActive,
  type MoveDirection,
} from './data/priorityAreaRepository';
import type { PriorityAreaEntity } from '../../domain/entities';
import { Notice } from '../../ui/Notice';
import { useActorId } from '../../session/SessionContext';
import { PriorityAreaDialog } from './PriorityAreaDialog';
import { SettingsListItem } from './SettingsListItem';
import { useSettingsAction } from './useSettingsAction';
import { usePriorityAreas } from './useSettingsLists';

type Editing = { area: PriorityAreaEntity | null } | null;

const moveButtonId = (prefix: string, areaId: string, direction: MoveDirection) =>
  `${prefix}-${direction}-${areaId}`;

/** The priority areas in their order: move up/down, activate/deactivate, edit, add. */
export function PriorityAreasSection() {
  const { t } = useTranslation();
  const actorId = useActorId();
  const areas = usePriorityAreas();
  const idPrefix = useId();
  const [editing, setEditing] = useState<Editing>(null);
  const { error, run } = useSettingsAction();
  const pendingFocus = useRef<{ id: string; direction: MoveDirection } | null>(null);

  // A moved row is re-rendered elsewhere in the list: keep the keyboard on its move button, or on
  // the other one when it reached the end of the list.
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    const same = document.getElementById(moveButtonId(idPrefix, pending.id, pending.direction));
    const other = document.getElementById(
      moveButtonId(idPrefix, pending.id, pending.direction === 'up' ? 'down' : 'up'),
    );
    const target = same instanceof HTMLButtonElement && !same.disabled ? same : other;
    target?.focus();
  }, [areas, idPrefix]);

  const move = (area: PriorityAreaEntity, direction: MoveDirection) => {
    pendingFocus.current = { id: area.id, direction };
    void run(
      () => movePriorityArea(area.id, direction, actorId),
      () => {
        pendingFocus.current = null;
      },
    );
  };

  return (
    <section className="card" aria-labelledby="priority-areas-title">
      <h2 id="priority-areas-title">{t('settingsEdit.priorityAreas.title')}</h2>
      <p className="muted">{t('settingsEdit.priorityAreas.lead')}</p>
      {areas === undefined ? null : areas.length === 0 ? (
        <p className="muted">{t('settingsEdit.priorityAreas.empty')}</p>
      ) : (
        <ol className="people settings-list" aria-label={t('settingsEdit.priorityAreas.listLabel')}>
          {areas.map((area, index) => (
            <SettingsListItem
              key={area.id}
              name={area.name}
              isActive={area.isActive}
              onEdit={() => setEditing({ area })}
              onToggleActive={() =>
                void run(() => setPriorityAreaActive(area.id, !area.isActive, actorId))
              }
              extraActions={
                <>
                  <button
                    type="button"
                    id={moveButtonId(idPrefix, area.id, 'up')}
                    className="button button--small"
                    disabled={index === 0}
                    aria-label={t('settingsEdit.priorityAreas.moveUpLabel', { name: area.name })}
                    onClick={() => move(area, 'up')}
                  >
                    <span aria-hidden="true">↑</span> {t('settingsEdit.priorityAreas.moveUp')}
                  </button>
                  <button
                    type="button"
                    id={moveButtonId(idPrefix, area.id, 'down')}
                    className="button button--small"
                    disabled={index === areas.length - 1}
                    aria-label={t('settingsEdit.priorityAreas.moveDownLabel', { name: area.name })}
                    onClick={() => move(area, 'down')}
                  >
                    <span aria-hidden="true">↓</span> {t('settingsEdit.priorityAreas.moveDown')}
                  </button>
                </>
              }
            >
              {area.description ? <p className="people__meta">{area.description}</p> : null}
              <p className="people__meta">
                {area.keywords.length > 0
                  ? t('settingsEdit.priorityAreas.keywordsList', {
                      keywords: area.keywords.join(', '),
                    })
                  : t('settingsEdit.priorityAreas.noKeywords')}
              </p>
            </SettingsListItem>
          ))}
        </ol>
      )}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="button-row settings-list__add">
        <button type="button" className="button" onClick={() => setEditing({ area: null })}>
          {t('settingsEdit.priorityAreas.add')}
        </button>
      </div>
      {editing ? <PriorityAreaDialog area={editing.area} onClose={() => setEditing(null)} /> : null}
    </section>
  );
}
