import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isDomainError } from '../../../domain/domainError';
import { formatNumber } from '../../../i18n/i18n';
import { useErrorMessage } from '../../../session/useErrorMessage';

/** "150 000 kr" in the chosen language. */
export function useFormatKr(): (value: number) => string {
  const { t } = useTranslation();
  return (value) => t('inquiry.amount', { amount: formatNumber(value) });
}

/**
 * Like useErrorMessage, but an invalid inquiry field says which rule it broke when there is a
 * sentence for it (closeReasonRequired, periodInvalid, …), and names the field in plain words.
 */
export function useInquiryErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  const toMessage = useErrorMessage();
  return (error) => {
    if (isDomainError(error) && error.code === 'inquiry.invalidField') {
      const { code, field } = error.params;
      if (typeof code === 'string' && code !== 'invalid' && i18n.exists(`errors.${code}`))
        return t(`errors.${code}` as 'errors.invalid');
      if (typeof field === 'string' && i18n.exists(`inquiry.fieldNames.${field}`)) {
        const name = t(`inquiry.fieldNames.${field}` as 'inquiry.fieldNames.title');
        return t('errors.inquiry.invalidField', { field: name });
      }
    }
    return toMessage(error);
  };
}

/** Ctrl+Enter (Cmd+Enter) saves a form from any field, as elsewhere in Lotsbok. */
export function submitOnCtrlEnter(submit: () => void) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.repeat) {
      event.preventDefault();
      submit();
    }
  };
}

/** After a refused save, the first invalid field gets focus (as in the organisation form). */
export function focusFirstInvalid(): void {
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
  );
}
