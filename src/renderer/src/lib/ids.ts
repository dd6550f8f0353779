/** Ids are generated locally; no server ever hands them out. */
export function newId(): string {
  return crypto.randomUUID();
}
