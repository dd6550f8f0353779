import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/Field';
import { FormActions } from '../../../ui/FormActions';

export type CloseInquiryDialogProps = {
  /** The inquiry's title, shown so it is clear which card is being closed. */
  title: string;
  onConfirm: (reason: string) => void;
  onClose: () => void;
};

/** Moving a card to "Avslutat" needs a reason; it is kept on the stage change's event. */
export function CloseInquiryDialog({ title, onConfirm, onClose }: CloseInquiryDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const isMissing = reason.trim() === '';

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (!isMissing) onConfirm(reason.trim());
  };

  return (
    <Dialog title={t('inquiries.board.closeTitle')} isOpen onClose={onClose}>
      <form className="dialog__form" onSubmit={handleSubmit} noValidate>
        <p className="muted">{title}</p>
        <TextField
          label={t('inquiries.board.closeReason')}
          isRequired
          requiredText={t('common.required')}
          autoFocus
          autoComplete="off"
          value={reason}
          error={isSubmitted && isMissing ? t('inquiries.board.closeReasonRequired') : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        <FormActions
          submitLabel={t('inquiries.board.closeSubmit')}
          onCancel={onClose}
          cancelLabel={t('common.cancel')}
        />
      </form>
    </Dialog>
  );
}
