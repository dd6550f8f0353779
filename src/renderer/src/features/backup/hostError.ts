/** A failure the host already described in Swedish (e.g. "Kunde inte spara filen: åtkomst nekad"). */
export class HostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostError';
  }
}

/** The host's own sentence as is; anything else through the app's usual error wording. */
export function hostAwareMessage(error: unknown, fallback: (error: unknown) => string): string {
  return error instanceof HostError ? error.message : fallback(error);
}
