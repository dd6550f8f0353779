import { useTranslation } from 'react-i18next';
import { isDomainError } from '../../domain/domainError';
import { useErrorMessage } from '../../session/useErrorMessage';

export type SettingsMessages = {
  /** A validation code (`settingsEdit.errors.<code>`) as a sentence; undefined for no code. */
  codeMessage: (
    code: string | undefined,
    params?: Record<string, string | number>,
  ) => string | undefined;
  /** A thrown error as a sentence: the settings' own codes first, then the app's. */
  errorMessage: (error: unknown) => string;
};

/** Turns the settings editors' error codes (under `settingsEdit.errors.`) into sentences. */
export function useSettingsMessages(): SettingsMessages {
  const { t, i18n } = useTranslation();
  const toMessage = useErrorMessage();
  const has = (code: string) => i18n.exists(`settingsEdit.errors.${code}`);
  const codeMessage: SettingsMessages['codeMessage'] = (code, params = {}) => {
    if (code === undefined) return undefined;
    const key = has(code) ? code : 'invalid';
    return t(`settingsEdit.errors.${key}` as 'settingsEdit.errors.invalid', params);
  };
  const errorMessage: SettingsMessages['errorMessage'] = (error) =>
    isDomainError(error) && has(error.code)
      ? (codeMessage(error.code, error.params) ?? '')
      : toMessage(error);
  return { codeMessage, errorMessage };
}
