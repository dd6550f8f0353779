import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { Notice } from '../../ui/Notice';

export type SettingsFormDialogProps = {
  title: string;
  isSaving: boolean;
  saveError: string | null;
  onSubmit: (event: FormEvent) => Promise<void>;
  onClose: () => void;
  /** The form's fields. */
  children: ReactNode;
};

/** The frame of a settings dialog: its fields, a save failure (the dialog stays open), Spara and Avbryt. */
export function SettingsFormDialog({
  title,
  isSaving,
  saveError,
  onSubmit,
  onClose,
  children,
}: SettingsFormDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} isOpen onClose={onClose}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="dialog__form">
        {children}
        {saveError ? <Notice tone="error">{saveError}</Notice> : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={isSaving}>
            {isSaving ? t('common.saving') : t('common.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
