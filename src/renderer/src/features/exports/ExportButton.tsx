import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportListId } from './exportSource';
import './exports.css';

export type ExportButtonProps = {
  listId: ExportListId;
  /** The dialog, mounted only while open so nothing is counted before it is asked for. */
  renderDialog: (onClose: () => void) => ReactNode;
};

/** "Exportera" on a list's header; opens that list's export dialog. */
export function ExportButton({ listId, renderDialog }: ExportButtonProps) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button export-button"
        aria-haspopup="dialog"
        title={t('exports.buttonLabel', { what: t(`exports.what.${listId}`) })}
        onClick={() => setIsOpen(true)}
      >
        {t('exports.button')}
      </button>
      {isOpen ? renderDialog(() => setIsOpen(false)) : null}
    </>
  );
}
