// The one CSV writer (RFC 4180) with protection against formula injection in spreadsheet programs: SPARQL CSV
// results (endpoint, CLI, the Query panel's download) and the explorer's node and edge tables.

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
  return csvField(value === null || value === undefined ? '' : String(value), typeof value === 'number');
}

/** One cell from its text; `numeric` text (a number, e.g. a typed literal's lexical form) is never defused. */
export function csvField(text: string, numeric = false): string {
  const safe = !numeric && FORMULA_START.test(text) ? "'" + text : text;
  return /[",\r\n]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
}

/** The whole table: a header row, then records, CRLF after every record (RFC 4180). */
export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly (string | number | boolean | null | undefined)[]>,
): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}
