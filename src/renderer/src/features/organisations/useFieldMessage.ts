import { useTranslation } from 'react-i18next';
import type { OrganisationInput } from './model/organisationInput';
import { parseOrgNumber } from '../../domain/orgNumber';

/** A validation code from domain/ as a Swedish sentence, with the details it needs. */
export function useFieldMessage(): (code: string, values: OrganisationInput) => string {
  const { t } = useTranslation();
  return (code, values) => {
    if (code === 'groupMismatch') {
      const parsed = parseOrgNumber(values.orgNumber);
      const group = parsed.ok ? t(`orgGroup.${parsed.group}`) : '';
      return t('errors.groupMismatch', {
        digit: values.orgNumber.trim().replace(/^16(?=\d{10}|\d{6}-)/, '')[0] ?? '',
        group,
      });
    }
    return t(`errors.${code}` as 'errors.invalid');
  };
}
