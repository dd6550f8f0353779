import { useTranslation } from 'react-i18next';
import { isDomainError } from '../domain/domainError';

/** Turns a thrown error into a Swedish sentence: rule errors by their key, the rest as unexpected. */
export function useErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    if (isDomainError(error)) {
      const key = `errors.${error.code}`;
      if (i18n.exists(key)) {
        const field = error.params.field;
        const params =
          typeof field === 'string' && i18n.exists(`fields.${field}`)
            ? { ...error.params, field: t(`fields.${field}` as 'fields.name') }
            : error.params;
        return t(key as 'errors.invalid', params);
      }
    }
    const message = error instanceof Error ? error.message : String(error);
    return t('errors.unexpected', { message });
  };
}
