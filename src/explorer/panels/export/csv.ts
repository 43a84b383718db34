// CSV writing (RFC 4180) with protection against formula injection in spreadsheet programs.

/**
 * Cells that a spreadsheet would run as a formula start with one of these (OWASP's list: `=`, `+`, `-`, `@`,
 * and tab or carriage return, which some programs strip before looking).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: a leading quote defuses formulas in text; quotes, commas and line breaks force RFC 4180 quoting.
 * Numbers stay numbers (a negative coordinate is not a formula, and must still sort as a number).
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = "'" + text;
  return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** The whole table: a header row, then records, CRLF after every record (RFC 4180). */
export function toCsv(header: readonly string[], rows: Iterable<readonly (string | number | boolean | null | undefined)[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}
