/** Node's file-system errors in plain Swedish; the raw message is kept for anything unusual. */
const FS_ERROR_TEXTS: Readonly<Record<string, string>> = {
  EACCES: 'åtkomst nekad',
  EPERM: 'åtkomst nekad (filen kan vara skrivskyddad eller öppen i ett annat program)',
  EBUSY: 'filen används av ett annat program',
  ENOSPC: 'det finns inte tillräckligt med ledigt utrymme på disken',
  EROFS: 'platsen är skrivskyddad',
  ENOENT: 'filen eller mappen finns inte',
  EISDIR: 'sökvägen är en mapp, inte en fil',
  ENAMETOOLONG: 'sökvägen är för lång',
};

const errorCode = (error: unknown): string | undefined => {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
};

export function describeError(error: unknown): string {
  const code = errorCode(error);
  const known = code === undefined ? undefined : FS_ERROR_TEXTS[code];
  if (known) return known;
  return error instanceof Error ? error.message : String(error);
}
