// `osce-kg query` and `osce-kg validate` as a user runs them: result formats, limits, timeouts, reports, exit codes.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSparqlJson } from '../../src/query/results';
import { parseWithN3, runCli } from './helpers/cli';
import { defined } from '../helpers/defined';

const OKG = 'https://w3id.org/osce-kg/ontology#';
const BODIES = `SELECT ?body WHERE { ?body a <${OKG}OSCEBody> } ORDER BY ?body`;

describe.concurrent('query', () => {
  it.each([
    [
      'json',
      (out: string) => {
        const r = parseSparqlJson(out);
        return r.kind === 'bindings' ? r.rows.length : -1;
      },
    ],
    ['csv', (out: string) => out.trim().split(/\r?\n/).length - 1],
    ['tsv', (out: string) => out.trim().split('\n').length - 1],
    ['xml', (out: string) => (out.match(/<result>/g) ?? []).length],
    ['table', (out: string) => Number(/(\d+) rows/.exec(out)?.[1])],
  ] as const)('SELECT as %s: every format has the same number of rows', async (format, rows) => {
    const [run, reference] = await Promise.all([
      runCli(['query', '--format', format, BODIES]),
      runCli(['query', '--format', 'json', BODIES]),
    ]);
    expect(run.code).toBe(0);
    const expected = parseSparqlJson(reference.stdout);
    expect(expected.kind === 'bindings' && expected.rows.length).toBeGreaterThan(5);
    expect(rows(run.stdout)).toBe(expected.kind === 'bindings' ? expected.rows.length : -1);
  });

  it.each([
    [undefined, 'text/turtle'],
    ['nt', 'application/n-triples'],
    ['nq', 'application/n-quads'],
    ['trig', 'application/trig'],
  ] as const)('CONSTRUCT as %s parses with n3', async (format, mediaType) => {
    const query = `CONSTRUCT { ?b a <${OKG}OSCEBody> } WHERE { ?b a <${OKG}OSCEBody> }`;
    const run = await runCli(['query', ...(format ? ['--format', format] : []), query]);
    expect(run.code).toBe(0);
    expect(parseWithN3(run.stdout, mediaType).length).toBeGreaterThan(5);
  });

  it('ASK answers true or false', async () => {
    const [yes, no] = await Promise.all([
      runCli(['query', '--format', 'json', `ASK { ?b a <${OKG}OSCEBody> }`]),
      runCli(['query', '--format', 'json', `ASK { ?b a <${OKG}NoSuchClass> }`]),
    ]);
    expect(parseSparqlJson(yes.stdout)).toEqual({ kind: 'boolean', value: true });
    expect(parseSparqlJson(no.stdout)).toEqual({ kind: 'boolean', value: false });
  });

  it('--data queries the given files instead of the bundled graph', async () => {
    const run = await runCli([
      'query',
      '--data',
      'tests/integration/fixtures/small.ttl',
      '--format',
      'csv',
      'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split(/\r?\n/)[1]).toBe('7');
  });

  it('--file reads the query from a file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'osce-kg-')), 'q.rq');
    writeFileSync(file, `# bodies\n${BODIES}\n`);
    const [run, inline] = await Promise.all([
      runCli(['query', '--file', file, '--format', 'csv']),
      runCli(['query', '--format', 'csv', BODIES]),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(inline.stdout);
  });

  it('--limit cuts the rows and says so on stderr', async () => {
    const run = await runCli(['query', '--limit', '3', '--format', 'csv', 'SELECT * WHERE { ?s ?p ?o }']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split(/\r?\n/)).toHaveLength(4);
    expect(run.stderr).toMatch(/cut at 3 rows/);
  });

  it('a syntax error: exit 1 and file:line:column on stderr', async () => {
    const [inline, file] = await Promise.all([
      runCli(['query', 'SELECT * WHERE {\n  ?s ?p }']),
      runCli(['query', '--file', 'tests/integration/fixtures/bad-query.rq']),
    ]);
    expect(inline.code).toBe(1);
    expect(inline.stderr).toMatch(/^<query>:2:\d+: SPARQL syntax error/m);
    expect(file.code).toBe(1);
    expect(file.stderr).toMatch(/^tests\/integration\/fixtures\/bad-query\.rq:\d+:\d+: SPARQL syntax error/m);
    expect(inline.stdout + file.stdout).toBe('');
  });

  it('an UPDATE is refused: exit 1', async () => {
    const run = await runCli(['query', 'INSERT DATA { <urn:a> <urn:b> <urn:c> }']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/read-only/);
  });

  it('--timeout really stops a runaway query', async () => {
    const run = await runCli([
      'query',
      '--timeout',
      '300',
      'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/QueryTimeoutError/);
    // Start-up and loading take a few seconds here; the 4-way cross product alone would take hours.
    expect(run.ms).toBeLessThan(30_000);
  });
});

describe('validate', () => {
  it('the bundled graph: the exit code follows the report', async () => {
    const [text, json] = await Promise.all([runCli(['validate']), runCli(['validate', '--format', 'json'])]);
    const report = JSON.parse(json.stdout) as { conforms: boolean; issues: { severity: string }[] };
    const violations = report.issues.filter((i) => i.severity === 'violation').length;
    const expected = !report.conforms || violations > 0 ? 1 : 0;
    expect(text.code).toBe(expected);
    expect(json.code).toBe(expected);
    expect(text.stdout).toMatch(expected ? /^FAILED: \d+ quads checked/m : /^OK: \d+ quads checked/m);
    expect(text.stdout).toContain(`${violations} violation`);
    // The sentence coverage of the source, as the report counts it
    const coverage =
      (report as { coverage?: { cited: number; units: number; explained: number; unaccounted: number }[] }).coverage ??
      [];
    expect(coverage).toHaveLength(1);
    const c = defined(coverage[0], 'the coverage of the source');
    expect(text.stdout).toContain(
      `sentences of id:source-osce-un-migration-2017: ${c.cited} of ${c.units} cited, ${c.explained} explained, ${c.unaccounted} unaccounted`,
    );
  });

  it('a quote that is not in the source fails validation (exit 1) and the report names the passage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osce-kg-'));
    const extra = join(dir, 'tampered.trig');
    writeFileSync(
      extra,
      `@prefix okg: <${OKG}> .
@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
id:passage-tampered a okg:Passage ; dcterms:isPartOf id:source-osce-un-migration-2017 ;
  okg:quote "The OSCE was founded on the Moon in 1492." .
id:passage-tampered { id:osce okg:partnersWith id:iom . }
`,
    );
    const files = [
      'graph-data/ontology.ttl',
      ...readdirSync('graph-data')
        .filter((f) => f.endsWith('.trig'))
        .map((f) => `graph-data/${f}`),
      extra,
    ];
    const [text, json] = await Promise.all([
      runCli(['validate', ...files]),
      runCli(['validate', '--format', 'json', ...files]),
    ]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^FAILED/m);
    expect(text.stdout).toContain('passage-tampered');
    const report = JSON.parse(json.stdout) as { issues: { severity: string; focus?: string }[] };
    expect(
      report.issues.some(
        (i) => i.severity === 'violation' && i.focus === 'https://w3id.org/osce-kg/id/passage-tampered',
      ),
    ).toBe(true);
  });

  it('a syntax error in a data file: exit 1 with file:line:column', async () => {
    const run = await runCli(['validate', 'tests/integration/fixtures/syntax-error.ttl']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/syntax-error\.ttl:3:\d+:/);
  });
});
