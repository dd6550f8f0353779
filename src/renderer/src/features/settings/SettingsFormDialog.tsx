import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { Notice } from '../../ui/Notice';
import { FormActions } from '../../ui/FormActions';

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
        <FormActions
          submitLabel={t('common.save')}
          isSaving={isSaving}
          savingLabel={t('common.saving')}
          onCancel={onClose}
          cancelLabel={t('common.cancel')}
        />
      </form>
    </Dialog>
  );
}
