/**
 * An expected, user-facing failure (a rule was broken). Carries an i18n key under `errors.` and its
 * parameters, so the UI shows a Swedish message and the domain stays free of UI text.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
