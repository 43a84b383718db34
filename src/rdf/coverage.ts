// Sentence coverage: which passages cite each heading, footnote and sentence of a source, against its coverage table.
import type { Quad } from '@rdfjs/types';
import { RdfError } from './errors';
import { capIssues, type ValidationIssue } from './issues';
import { occurrences, statedSelectors, utf16Offset } from './selectors';
import { sourceUnits, type SourceUnit, type SourceUnitKind } from './source-units';
import { DCT_IS_PART_OF, ID, OKG_QUOTE } from './vocab';

/** A malformed coverage table, at file:line:column. */
export class CoverageTableError extends RdfError {
  override name = 'CoverageTableError';
  constructor(file: string, line: number, column: number, reason: string) {
    super(`${file}:${line}:${column}: ${reason}`, file);
  }
}

export interface CoverageRow {
  unit: number;
  kind: SourceUnitKind;
  start: number;
  end: number;
  /** Passage IRIs citing the unit, sorted. */
  passages: string[];
  /** Why a unit has no statement ("rhetorical: ...", "repeated: ..."), or a remark on a cited one. */
  note: string;
  text: string;
}

export interface CoverageSummary {
  document: string;
  units: number;
  cited: number;
  explained: number;
  unaccounted: number;
}

/** Reasons a unit may carry no statement; the note starts with one of them. */
export const NO_STATEMENT_REASONS = ['rhetorical', 'repeated', 'out of scope', 'layout', 'not modelled'] as const;

export const COVERAGE_HEADER = ['unit', 'kind', 'start', 'end', 'passages', 'note', 'text'];

/**
 * Where each passage of `document` sits in `text` (UTF-16 offsets): its position selector, else its only occurrence.
 */
export function passageSpans(
  quads: readonly Quad[],
  document: string,
  text: string,
): { passage: string; start: number; end: number }[] {
  const inDocument = new Set<string>();
  for (const q of quads)
    if (q.predicate.value === DCT_IS_PART_OF && q.object.value === document) inDocument.add(q.subject.value);
  const stated = statedSelectors(quads);
  const spans: { passage: string; start: number; end: number }[] = [];
  const seen = new Set<string>();
  for (const q of quads) {
    const passage = q.subject.value;
    if (q.predicate.value !== OKG_QUOTE || !inDocument.has(passage) || seen.has(passage)) continue;
    seen.add(passage);
    const position = stated.get(passage)?.positions.find((p) => p.start !== undefined && p.end !== undefined);
    if (position?.start !== undefined && position.end !== undefined) {
      spans.push({ passage, start: utf16Offset(text, position.start), end: utf16Offset(text, position.end) });
      continue;
    }
    const found = occurrences(text, q.object.value);
    const [only, ...others] = found;
    if (only !== undefined && others.length === 0)
      spans.push({ passage, start: only, end: only + q.object.value.length });
  }
  return spans;
}

/** Passages whose span shares a non-blank character with the unit, sorted. */
export function citingPassages(
  text: string,
  unit: Pick<SourceUnit, 'start' | 'end'>,
  spans: { passage: string; start: number; end: number }[],
): string[] {
  const result = new Set<string>();
  for (const span of spans) {
    const from = Math.max(unit.start, span.start);
    const to = Math.min(unit.end, span.end);
    if (to > from && /\S/.test(text.slice(from, to))) result.add(span.passage);
  }
  return [...result].sort();
}

const compact = (iri: string) => (iri.startsWith(ID) ? 'id:' + iri.slice(ID.length) : `<${iri}>`);
const expand = (name: string) => (name.startsWith('id:') ? ID + name.slice(3) : name.replace(/^<|>$/g, ''));
const escapeCell = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
const unescapeCell = (s: string) =>
  s.replace(/\\([\\tnr])/g, (_m, c: string) => ({ t: '\t', n: '\n', r: '\r' })[c] ?? '\\');

/** The table a text and its passages give now, keeping the notes of `previous` rows whose text is unchanged. */
export function buildCoverageTable(
  text: string,
  spans: { passage: string; start: number; end: number }[],
  previous: CoverageRow[] = [],
): CoverageRow[] {
  const notes = new Map<string, string>();
  for (const row of previous) if (row.note !== '' && !notes.has(row.text)) notes.set(row.text, row.note);
  return sourceUnits(text).map((u, i) => ({
    unit: i + 1,
    kind: u.kind,
    start: u.start,
    end: u.end,
    passages: citingPassages(text, u, spans),
    note: notes.get(u.text) ?? '',
    text: u.text,
  }));
}

export function formatCoverageTable(rows: CoverageRow[]): string {
  const lines = [COVERAGE_HEADER.join('\t')];
  for (const r of rows)
    lines.push(
      [r.unit, r.kind, r.start, r.end, r.passages.map(compact).join(' '), escapeCell(r.note), escapeCell(r.text)].join(
        '\t',
      ),
    );
  return lines.join('\n') + '\n';
}

/** Parses a coverage table (TSV with the COVERAGE_HEADER columns); throws CoverageTableError at the faulty cell. */
export function parseCoverageTable(tsv: string, file = '<coverage table>'): CoverageRow[] {
  const lines = tsv.replace(/\n$/, '').split('\n');
  if (lines[0] !== COVERAGE_HEADER.join('\t'))
    throw new CoverageTableError(file, 1, 1, `the first line must be the header "${COVERAGE_HEADER.join('\\t')}"`);
  return lines.slice(1).map((line, i) => {
    const cells = line.split('\t');
    const at = (cell: number) => cells.slice(0, cell).reduce((n, c) => n + Array.from(c).length + 1, 1);
    if (cells.length !== COVERAGE_HEADER.length)
      throw new CoverageTableError(
        file,
        i + 2,
        1,
        `expected ${COVERAGE_HEADER.length} tab-separated cells, found ${cells.length}`,
      );
    // The cell count was checked above, so the defaults below never apply
    const [, kind = '', , , passages = '', note = '', text = ''] = cells;
    const int = (cell: number) => {
      const value = cells[cell] ?? '';
      if (!/^\d+$/.test(value))
        throw new CoverageTableError(
          file,
          i + 2,
          at(cell),
          `${COVERAGE_HEADER[cell]} must be a non-negative integer, found "${value}"`,
        );
      return Number(value);
    };
    if (kind !== 'heading' && kind !== 'footnote' && kind !== 'sentence')
      throw new CoverageTableError(file, i + 2, at(1), `kind must be heading, footnote or sentence, found "${kind}"`);
    return {
      unit: int(0),
      kind,
      start: int(2),
      end: int(3),
      passages: passages === '' ? [] : passages.split(' ').map(expand).sort(),
      note: unescapeCell(note),
      text: unescapeCell(text),
    };
  });
}

const isExplanation = (note: string) => NO_STATEMENT_REASONS.some((r) => note.startsWith(r + ':'));

/**
 * Checks a coverage table against the text and the passages: one row per unit in order with the unit's offsets and
 * text, the passages that cite it, and for a unit no passage cites, a note giving the reason.
 */
export function checkCoverage(input: {
  document: string;
  text: string;
  table: CoverageRow[];
  spans: { passage: string; start: number; end: number }[];
  tableName: string;
}): { summary: CoverageSummary; issues: ValidationIssue[] } {
  const { document, text, table, tableName } = input;
  const expected = buildCoverageTable(text, input.spans);
  const issues: ValidationIssue[] = [];
  const add = (message: string) =>
    issues.push({ severity: 'violation', check: 'coverage', focus: document, message: `${tableName}: ${message}` });
  if (table.length !== expected.length)
    add(
      `has ${table.length} rows; the text has ${expected.length} headings, footnotes and sentences (run npm run data:coverage)`,
    );
  const summary: CoverageSummary = { document, units: expected.length, cited: 0, explained: 0, unaccounted: 0 };
  for (const [i, want] of expected.entries()) {
    const row = table[i];
    if (want.passages.length > 0) summary.cited++;
    if (!row) {
      if (want.passages.length === 0) summary.unaccounted++;
      continue;
    }
    const where = `unit ${want.unit}`;
    if (
      row.unit !== want.unit ||
      row.kind !== want.kind ||
      row.start !== want.start ||
      row.end !== want.end ||
      row.text !== want.text
    ) {
      add(
        `${where}: the row says ${row.kind} ${row.start}..${row.end} "${row.text.slice(0, 40)}", the text has ${want.kind} ${want.start}..${want.end} "${want.text.slice(0, 40)}"`,
      );
    }
    if (row.passages.join(' ') !== want.passages.join(' ')) {
      add(
        `${where}: the row lists passages [${row.passages.map(compact).join(' ')}], the graph's passages citing it are [${want.passages.map(compact).join(' ')}] (run npm run data:coverage)`,
      );
    }
    if (want.passages.length > 0) continue;
    if (isExplanation(row.note)) summary.explained++;
    else {
      summary.unaccounted++;
      add(
        `${where} ("${want.text.slice(0, 50)}") is cited by no passage and its note gives no reason (start it with one of: ${NO_STATEMENT_REASONS.join(', ')}, then ": why")`,
      );
    }
  }
  return { summary, issues: capIssues(issues, 'coverage') };
}
