/**
 * A Swedish personnummer (yyMMdd-nnnn or yyyyMMdd-nnnn) written into free text. Data minimisation:
 * personnummer are never stored in Lotsbok, so text holding one is refused with an explanation.
 */
const PERSONNUMMER = /\b(19|20)?\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[-+]?\d{4}\b/;

export function containsPersonnummer(text: string): boolean {
  return PERSONNUMMER.test(text);
}
