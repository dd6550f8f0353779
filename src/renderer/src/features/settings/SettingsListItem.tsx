import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type SettingsListItemProps = {
  name: string;
  isActive: boolean;
  /** Lines under the name (description, contact, keywords). */
  children: ReactNode;
  /** Buttons before Redigera, such as moving the item in an ordered list. */
  extraActions?: ReactNode;
  onEdit: () => void;
  onToggleActive: () => void;
};

/**
 * One editable item of a settings list (a priority area, a unit): its name, an "inaktiv" badge,
 * and Redigera plus Inaktivera/Aktivera. Items are deactivated, never deleted, as old inquiries
 * still refer to them.
 */
export function SettingsListItem({
  name,
  isActive,
  children,
  extraActions,
  onEdit,
  onToggleActive,
}: SettingsListItemProps) {
  const { t } = useTranslation();
  return (
    <li className={`people__item${isActive ? '' : ' people__item--archived'}`}>
      <div className="settings-list__main">
        <strong>{name}</strong>
        {isActive ? null : <span className="badge badge--muted">{t('settingsEdit.inactive')}</span>}
        {children}
      </div>
      <div className="people__actions">
        {extraActions}
        <button
          type="button"
          className="button button--small"
          aria-label={t('settingsEdit.editLabel', { name })}
          onClick={onEdit}
        >
          {t('settingsEdit.edit')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t(isActive ? 'settingsEdit.deactivateLabel' : 'settingsEdit.activateLabel', {
            name,
          })}
          onClick={onToggleActive}
        >
          {isActive ? t('settingsEdit.deactivate') : t('settingsEdit.activate')}
        </button>
      </div>
    </li>
  );
}
