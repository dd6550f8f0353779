/** A result message handed to the next page in the navigation's history state. */
export const messageFromState = (state: unknown): string | null =>
  typeof state === 'object' &&
  state !== null &&
  'briefMessage' in state &&
  typeof state.briefMessage === 'string'
    ? state.briefMessage
    : null;
