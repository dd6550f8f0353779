import { useState } from 'react';
import { useSettingsMessages } from './useSettingsMessages';

/** Runs a list action (move, activate) and keeps its failure as a Swedish message for the section. */
export function useSettingsAction() {
  const { errorMessage } = useSettingsMessages();
  const [error, setError] = useState<string | null>(null);

  const run = async (action: () => Promise<void>, onError?: () => void) => {
    try {
      setError(null);
      await action();
    } catch (caught) {
      onError?.();
      setError(errorMessage(caught));
    }
  };

  return { error, run };
}
