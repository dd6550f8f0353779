import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../ui/useConfirm';

/**
 * "Lämna utan att spara?" for a form with typed, unsaved input: `await mayLeave(isDirty)` is true
 * at once when there is nothing to lose, else when the user chooses to leave. Render the element.
 */
export function useLeaveUnsaved(): [(isDirty: boolean) => Promise<boolean>, ReactNode] {
  const { t } = useTranslation();
  const [confirm, confirmDialog] = useConfirm();
  const mayLeave = async (isDirty: boolean) =>
    !isDirty ||
    confirm({
      title: t('confirm.unsaved.title'),
      message: t('confirm.unsaved.message'),
      confirmLabel: t('confirm.unsaved.confirm'),
      cancelLabel: t('confirm.unsaved.cancel'),
      tone: 'danger',
    });
  return [mayLeave, confirmDialog];
}
