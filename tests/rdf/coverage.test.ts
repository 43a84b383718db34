// Sentence coverage: the table of headings, footnotes and sentences against the text and the passages citing them.
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import {
  buildCoverageTable,
  checkCoverage,
  citingPassages,
  CoverageTableError,
  formatCoverageTable,
  parseCoverageTable,
  passageSpans,
} from '../../src/rdf/coverage';
import { validateDataset } from '../../src/rdf/validate';
import { defined } from '../helpers/defined';

const ID = 'https://w3id.org/osce-kg/id/';
const DOC = ID + 'doc';
const TEXT = '## A. HEADING\n\nThe OSCE works with IOM. The report was\nshared. It was good.\n\n<sup>1</sup> A note.';
const PREFIXES =
  '@prefix okg: <https://w3id.org/osce-kg/ontology#> . @prefix id: <https://w3id.org/osce-kg/id/> . @prefix dcterms: <http://purl.org/dc/terms/> .\n';
const passages = (...quotes: [string, string][]) =>
  new Parser({ format: 'application/trig' }).parse(
    PREFIXES +
      'id:doc a okg:SourceDocument ; okg:textFile "sources/doc.txt" .\n' +
      quotes
        .map(([name, q]) => `id:${name} a okg:Passage ; dcterms:isPartOf id:doc ; okg:quote ${JSON.stringify(q)} .`)
        .join('\n'),
  );
const DATA = passages(
  ['p-works', 'OSCE works with IOM'],
  ['p-report', 'report was\nshared'],
  ['p-note', 'A note.'],
  ['p-head', 'HEADING'],
);
const spans = passageSpans(DATA, DOC, TEXT);
const check = (table: string) =>
  checkCoverage({ document: DOC, text: TEXT, table: parseCoverageTable(table, 't.tsv'), spans, tableName: 't.tsv' });

describe('citingPassages', () => {
  it('finds the passages whose span shares a non-blank character with the unit', () => {
    const s = [
      { passage: 'a', start: 0, end: 5 },
      { passage: 'b', start: 5, end: 6 },
      { passage: 'c', start: 8, end: 12 },
    ];
    expect(citingPassages('abcde fghij', { start: 4, end: 9 }, s)).toEqual(['a', 'c']);
  });
});

describe('coverage table', () => {
  it('lists every unit with its passages, and reads back what it writes (tabs, line breaks, backslashes escaped)', () => {
    const rows = buildCoverageTable(TEXT, spans);
    expect(rows.map((r) => [r.kind, r.passages.map((p) => p.slice(ID.length))])).toEqual([
      ['heading', ['p-head']],
      ['sentence', ['p-works']],
      ['sentence', ['p-report']],
      ['sentence', []],
      ['footnote', ['p-note']],
    ]);
    defined(rows[3], 'unit 4').note = 'rhetorical: an appraisal\twith a tab \\ and a\nbreak';
    expect(parseCoverageTable(formatCoverageTable(rows))).toEqual(rows);
  });

  it('keeps the notes of rows whose text is unchanged when it is rebuilt', () => {
    const rows = buildCoverageTable(TEXT, spans);
    defined(rows[3], 'unit 4').note = 'rhetorical: appraisal';
    expect(buildCoverageTable(TEXT, [], rows)[3]?.note).toBe('rhetorical: appraisal');
  });

  it('counts cited and explained units, and reports one that is neither', () => {
    const rows = buildCoverageTable(TEXT, spans);
    const open = check(formatCoverageTable(rows));
    expect(open.summary).toEqual({ document: DOC, units: 5, cited: 4, explained: 0, unaccounted: 1 });
    expect(open.issues).toHaveLength(1);
    expect(open.issues[0]).toMatchObject({ severity: 'violation', check: 'coverage' });
    expect(open.issues[0]?.message).toContain('unit 4 ("It was good.")');
    defined(rows[3], 'unit 4').note = 'rhetorical: an appraisal';
    expect(check(formatCoverageTable(rows))).toEqual({
      summary: { document: DOC, units: 5, cited: 4, explained: 1, unaccounted: 0 },
      issues: [],
    });
  });

  it('a note that gives no recognised reason does not explain a unit', () => {
    const rows = buildCoverageTable(TEXT, spans);
    defined(rows[3], 'unit 4').note = 'fine';
    expect(check(formatCoverageTable(rows)).summary.unaccounted).toBe(1);
  });

  it('reports a table that disagrees with the text (changed text, offsets, missing rows) or with the passages', () => {
    const rows = buildCoverageTable(TEXT, spans);
    defined(rows[3], 'unit 4').note = 'rhetorical: x';
    const changed = rows.map((r) => ({ ...r }));
    defined(changed[1], 'unit 2').text = 'The OSCE works with UNHCR.';
    expect(check(formatCoverageTable(changed)).issues.map((i) => i.message)).toEqual([
      expect.stringContaining('unit 2: the row says'),
    ]);
    expect(check(formatCoverageTable(rows.slice(0, 4))).issues.map((i) => i.message)).toEqual([
      expect.stringContaining('has 4 rows; the text has 5'),
    ]);
    const stale = rows.map((r) => ({ ...r }));
    defined(stale[1], 'unit 2').passages = [];
    expect(check(formatCoverageTable(stale)).issues.map((i) => i.message)).toEqual([
      expect.stringContaining("the graph's passages citing it are [id:p-works]"),
    ]);
  });

  it('throws CoverageTableError at file:line:column for a malformed table', () => {
    expect(() => parseCoverageTable('nope\n', 't.tsv')).toThrow(CoverageTableError);
    const header = 'unit\tkind\tstart\tend\tpassages\tnote\ttext\n';
    expect(() => parseCoverageTable(header + '1\theading\tx\t3\t\t\tA\n', 't.tsv')).toThrow(
      't.tsv:2:11: start must be',
    );
    expect(() => parseCoverageTable(header + '1\tparagraph\t0\t3\t\t\tA\n', 't.tsv')).toThrow(/t\.tsv:2:3: kind/);
    expect(() => parseCoverageTable(header + '1\theading\n', 't.tsv')).toThrow(/t\.tsv:2:1: expected 7/);
  });

  it('validateDataset reports the coverage figure of a document with a table, and a malformed table as a violation', async () => {
    const rows = buildCoverageTable(TEXT, spans);
    defined(rows[3], 'unit 4').note = 'repeated: said above';
    const sourceText = (iri: string) => (iri === DOC ? TEXT : undefined);
    const good = await validateDataset({
      data: DATA,
      shapes: [],
      sourceText,
      coverageTable: () => ({ name: 't.tsv', tsv: formatCoverageTable(rows) }),
    });
    expect(good.coverage).toEqual([{ document: DOC, units: 5, cited: 4, explained: 1, unaccounted: 0 }]);
    expect(good.issues.filter((i) => i.check === 'coverage')).toEqual([]);
    const bad = await validateDataset({
      data: DATA,
      shapes: [],
      sourceText,
      coverageTable: () => ({ name: 't.tsv', tsv: 'nope' }),
    });
    expect(bad.issues.filter((i) => i.check === 'coverage').map((i) => i.message)).toEqual([
      expect.stringContaining('t.tsv:1:1:'),
    ]);
    expect(bad.conforms).toBe(false);
  });
});
