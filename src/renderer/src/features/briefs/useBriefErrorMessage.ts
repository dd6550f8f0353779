import { useTranslation } from 'react-i18next';
import { isDomainError } from '../../domain/domainError';
import { useErrorMessage } from '../../session/useErrorMessage';

const BRIEF_ERRORS = [
  'frozen',
  'organisationRequired',
  'periodRequired',
  'periodInvalid',
  'invalid',
  'notFound',
] as const;
type BriefErrorCode = (typeof BRIEF_ERRORS)[number];

const isBriefError = (code: string): code is BriefErrorCode =>
  BRIEF_ERRORS.some((known) => known === code);

/** The briefs' own rule errors in Swedish (keys under briefs.errors), the rest as elsewhere. */
export function useBriefErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  const toMessage = useErrorMessage();
  return (error) => {
    if (isDomainError(error)) {
      const code = error.code.replace(/^brief\./, '');
      if (isBriefError(code)) return t(`briefs.errors.${code}`);
    }
    return toMessage(error);
  };
}
