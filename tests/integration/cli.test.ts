// The `osce-kg` command as a user runs it: exit codes, stdout that parses, stderr messages for every mistake.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRdf } from '../../src/rdf/parse';
import { isomorphic } from '../../src/rdf/isomorphic';
import { toDefaultGraph } from '../../src/rdf/serialize';
import type { StatementOrigin } from '../../src/rdf/statement-origin';
import { parseWithN3, runCli, runCommand, ROOT } from './helpers/cli';

const SMALL = 'tests/integration/fixtures/small.ttl';
const BROKEN = 'tests/integration/fixtures/syntax-error.ttl';

describe.concurrent('help and usage', () => {
  it('npx osce-kg --help resolves the local bin', async () => {
    const run = await runCommand('npx', ['--no-install', 'osce-kg', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: osce-kg <command>');
  });

  it.each(['export', 'query', 'validate', 'stats', 'serve', 'push', 'ingest'])(
    '%s --help prints its usage and exits 0',
    async (command) => {
      const run = await runCli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: osce-kg ${command}`);
      expect(run.stderr).toBe('');
    },
  );

  it.each([
    ['no command', [], /Usage: osce-kg/],
    ['unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['unknown option', ['export', '--colour', 'red'], /--colour/],
    ['bad export format', ['export', '--format', 'rdfxml'], /--format/],
    ['missing option value', ['export', '--format'], /--format/],
    ['bad query format', ['query', '--format', 'yaml', 'ASK {}'], /--format/],
    ['no query', ['query'], /no query/],
    ['bad timeout', ['query', '--timeout', 'soon', 'ASK {}'], /--timeout/],
    ['bad port', ['serve', '--port', '70000'], /--port/],
    ['push without endpoint', ['push'], /--endpoint/],
    ['push with user but no password', ['push', '--endpoint', 'http://127.0.0.1:9/x', '--user', 'dba'], /--password/],
    ['missing data file', ['export', 'no/such/file.ttl'], /no\/such\/file\.ttl: no such file/],
    ['directory as data', ['stats', 'tests'], /tests: is a directory/],
    ['missing query file', ['query', '--file', 'nope.rq'], /nope\.rq: no such file/],
  ])('%s: exit 2 and a message on stderr', async (_name, args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('a syntax error in a data file: exit 1 and file:line:column on stderr', async () => {
    const run = await runCli(['export', '--format', 'nt', BROKEN]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^tests\/integration\/fixtures\/syntax-error\.ttl:3:\d+: /m);
    expect(run.stdout).toBe('');
  });
});

describe('export', () => {
  let bundledNq: string;

  it('--format nq writes the bundled graph with its passage graphs', async () => {
    const run = await runCli(['export', '--format', 'nq']);
    expect(run.code).toBe(0);
    bundledNq = run.stdout;
    const quads = parseWithN3(run.stdout, 'application/n-quads');
    expect(quads.length).toBeGreaterThan(100);
    expect(quads.some((q) => q.graph.termType === 'NamedNode')).toBe(true);
  });

  it.each([
    ['ttl', 'text/turtle'],
    ['nt', 'application/n-triples'],
    ['trig', 'application/trig'],
  ] as const)(
    '--format %s parses with n3 and holds the same statements as the N-Quads export',
    async (format, mediaType) => {
      const run = await runCli(['export', '--format', format]);
      expect(run.code).toBe(0);
      const quads = parseWithN3(run.stdout, mediaType);
      const nq = parseWithN3(bundledNq, 'application/n-quads');
      const expected = format === 'trig' ? nq : toDefaultGraph(nq);
      expect(isomorphic(quads, expected)).toBe(true);
    },
  );

  it('--format jsonld is JSON that reads back to the same triples', async () => {
    const run = await runCli(['export', '--format', 'jsonld']);
    expect(run.code).toBe(0);
    JSON.parse(run.stdout);
    const quads = await parseRdf(run.stdout, { format: 'jsonld' });
    expect(isomorphic(quads, toDefaultGraph(parseWithN3(bundledNq, 'application/n-quads')))).toBe(true);
  });

  it('--out writes the file (format from its extension) and nothing on stdout', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'osce-kg-')), 'small.nt');
    const run = await runCli(['export', '--out', out, SMALL]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(parseWithN3(readFileSync(out, 'utf8'), 'application/n-triples')).toHaveLength(7);
  });

  it('a failed export leaves no output file behind', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'osce-kg-')), 'broken.ttl');
    const run = await runCli(['export', '--out', out, BROKEN]);
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('reads stdin for "-"', async () => {
    const run = await runCli(['export', '--format', 'nt', '-'], {
      input: readFileSync(join(ROOT, SMALL), 'utf8').replace(/^#.*\n/, ''),
    });
    expect(run.code).toBe(0);
    expect(parseWithN3(run.stdout, 'application/n-triples')).toHaveLength(7);
  });
});

describe('stats', () => {
  it('counts by class and predicate (JSON), consistent with the export', async () => {
    const [stats, nq] = await Promise.all([
      runCli(['stats', '--format', 'json']),
      runCli(['export', '--format', 'nq']),
    ]);
    expect(stats.code).toBe(0);
    const report = JSON.parse(stats.stdout) as {
      quads: number;
      classes: { iri: string; count: number }[];
      predicates: { iri: string; count: number }[];
    };
    const quads = parseWithN3(nq.stdout, 'application/n-quads');
    expect(report.quads).toBe(quads.length);
    const bodies = new Set(
      quads
        .filter(
          (q) => q.object.value === 'https://w3id.org/osce-kg/ontology#OSCEBody' && q.predicate.value.endsWith('#type'),
        )
        .map((q) => q.subject.value),
    );
    expect(report.classes.find((c) => c.iri.endsWith('#OSCEBody'))?.count).toBe(bodies.size);
  });

  it("counts the bundled statements by kind: the source's, a reference's, the curators'", async () => {
    const [json, text] = await Promise.all([runCli(['stats', '--format', 'json']), runCli(['stats'])]);
    const report = JSON.parse(json.stdout) as { quads: number; origins: Record<StatementOrigin, number> };
    expect(report.origins.source).toBeGreaterThan(report.origins.reference);
    expect(report.origins.reference).toBeGreaterThan(0);
    expect(report.origins.curation).toBeGreaterThan(0);
    expect(report.origins.unknown).toBe(0);
    expect(Object.values(report.origins).reduce((a, b) => a + b, 0)).toBe(report.quads);
    expect(text.stdout).toMatch(new RegExp(`${report.origins.curation}\\s+curation\\s+added by curation`));
  });

  it('prints a readable text report', async () => {
    const run = await runCli(['stats', SMALL]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/triples\s+7/);
    expect(run.stdout).toMatch(/2\s+<http:\/\/example\.org\/Thing>/);
    expect(run.stdout).toMatch(/3\s+rdfs:label/);
  });
});

describe('progress', () => {
  it('a big load shows a progress line on stderr; a quick one shows none', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'osce-kg-')), 'big.nt');
    const lines: string[] = [];
    for (let i = 0; i < 200_000; i++) lines.push(`<urn:s:${i}> <urn:p> "${i}" .`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const [big, small] = await Promise.all([
      runCli(['stats', '--format', 'json', file]),
      runCli(['stats', '--format', 'json', SMALL]),
    ]);
    expect(big.code).toBe(0);
    expect(JSON.parse(big.stdout).quads).toBe(200_000);
    expect(big.stderr).toMatch(/loading 1 file \(\d+\.\d MB\)/);
    expect(big.stderr).toMatch(/loaded 200000 quads in \d+\.\d s/);
    expect(small.stderr).toBe('');
  });
});
