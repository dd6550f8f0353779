/**
 * Text that starts like a formula (= + - @, tab or carriage return) could run in a spreadsheet
 * (CSV injection, OWASP). Such cells get a leading apostrophe, which Excel shows as plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
