import { useTranslation } from 'react-i18next';
import { isDomainError } from '../../domain/domainError';
import { useErrorMessage } from '../../session/useErrorMessage';

type ImportErrorKey =
  `imports.errors.${'changedSinceDryRun' | 'alreadyUndone' | 'undoUsed' | 'undoChanged'}`;

/** Like useErrorMessage, for the import's own rule errors (codes `import.*`) and a taken number. */
export function useImportErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  const toMessage = useErrorMessage();
  return (error) => {
    if (isDomainError(error) && error.code.startsWith('import.')) {
      const key = `imports.errors.${error.code.slice('import.'.length)}`;
      if (i18n.exists(key)) return t(key as ImportErrorKey, error.params);
    }
    // The unique index refused a number registered between the dry run and the commit.
    if (error instanceof Error && error.name.includes('ConstraintError'))
      return t('imports.errors.orgNumberTaken');
    return toMessage(error);
  };
}
