/**
 * Takes an automatic backup before a change that replaces data (an import, a restore).
 * The backup feature fills this in; callers (import, restore) already await it.
 */
export async function backupBeforeChange(reason: 'import' | 'restore'): Promise<void> {
  void reason;
}
