// `osce-kg export --void`: the dataset's VoID/DCAT description, read by rapper, carries the figures of `osce-kg stats`
// (triples, subjects, every class and property partition), the dumps and endpoint only when given, and the data export
// itself is left as it was.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { rapperStatements } from './rapper';

const DATASET = '<https://w3id.org/osce-kg/dataset>';
const VOID = 'http://rdfs.org/ns/void#';
const INTEGER = '^^<http://www.w3.org/2001/XMLSchema#integer>';

interface Stats {
  triples: number;
  subjects: number;
  classes: { iri: string; count: number }[];
  predicates: { iri: string; count: number }[];
}

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'osce-kg-void-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The partitions of a VoID in N-Triples: class (or property) IRI -> its count, read through the blank nodes. */
function partitions(
  lines: string[],
  kind: 'class' | 'property',
  countPredicate: 'entities' | 'triples',
): Map<string, number> {
  const partOf = new Set(
    lines.filter((l) => l.startsWith(`${DATASET} <${VOID}${kind}Partition> `)).map((l) => l.split(' ')[2] ?? ''),
  );
  const iri = new Map<string, string>();
  const count = new Map<string, number>();
  for (const line of lines) {
    const [s = '', p = '', o = ''] = line.split(' ');
    if (!partOf.has(s)) continue;
    if (p === `<${VOID}${kind}>`) iri.set(s, o.slice(1, -1));
    if (p === `<${VOID}${countPredicate}>`) count.set(s, Number(/^"(\d+)"/.exec(o)?.[1]));
  }
  return new Map([...partOf].map((b) => [iri.get(b) ?? `no class in ${b}`, count.get(b) ?? -1]));
}

async function expectVoidMatchesStats(args: string[]): Promise<string[]> {
  const [run, statsRun] = await Promise.all([
    runCli(['export', '--void', '--format', 'nt', ...args]),
    runCli(['stats', '--format', 'json', ...args]),
  ]);
  // stderr may carry a progress line on a slow machine, nothing else
  expect(run.stderr).not.toMatch(/error|warn/i);
  expect(run.code).toBe(0);
  const stats = JSON.parse(statsRun.stdout) as Stats;
  const lines = rapperStatements(run.stdout, 'ntriples');
  expect(lines).toContain(`${DATASET} <${VOID}triples> "${stats.triples}"${INTEGER} .`);
  expect(lines).toContain(`${DATASET} <${VOID}distinctSubjects> "${stats.subjects}"${INTEGER} .`);
  expect(lines).toContain(`${DATASET} <${VOID}classes> "${stats.classes.length}"${INTEGER} .`);
  expect(lines).toContain(`${DATASET} <${VOID}properties> "${stats.predicates.length}"${INTEGER} .`);
  expect(partitions(lines, 'class', 'entities')).toEqual(new Map(stats.classes.map((c) => [c.iri, c.count])));
  expect(partitions(lines, 'property', 'triples')).toEqual(new Map(stats.predicates.map((c) => [c.iri, c.count])));
  return lines;
}

describe('export --void', () => {
  it('describes the bundled graph with the counts of `osce-kg stats`, per class and per property', async () => {
    const lines = await expectVoidMatchesStats([]);
    expect(lines).toContain(`${DATASET} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${VOID}Dataset> .`);
    expect(lines.some((l) => l.startsWith(`${DATASET} <${VOID}exampleResource> <https://w3id.org/osce-kg/id/`))).toBe(
      true,
    );
    // No address was given: no dumps and no endpoint are made up
    expect(lines.some((l) => l.includes(`${VOID}dataDump`) || l.includes(`${VOID}sparqlEndpoint`))).toBe(false);
  });

  it('describes other data with its own counts', async () => {
    const data = join(work, 'small.trig');
    writeFileSync(
      data,
      `@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
id:a a okg:OSCEBody ; rdfs:label "A"@en .
id:b a okg:Partner , okg:OSCEBody ; rdfs:label "B"@en .
id:p1 a okg:Passage ; okg:quote "A works with B" .
id:p1 { id:a okg:partnersWith id:b . }
id:p2 { id:a okg:partnersWith id:b . }
`,
    );
    const lines = await expectVoidMatchesStats([data]);
    expect(lines).toContain(`${DATASET} <${VOID}triples> "8"${INTEGER} .`);
  });

  it('lists the dumps under --site-url and the endpoint of --sparql, in any format', async () => {
    const run = await runCli([
      'export',
      '--void',
      '--site-url',
      'https://example.org/osce-kg',
      '--sparql',
      'https://example.org/sparql',
      '--format',
      'ttl',
    ]);
    expect(run.code).toBe(0);
    const lines = rapperStatements(run.stdout, 'turtle');
    for (const dump of ['data.nq', 'data.trig', 'data.ttl', 'data.nt', 'data.jsonld']) {
      expect(lines).toContain(`${DATASET} <${VOID}dataDump> <https://example.org/osce-kg/${dump}> .`);
    }
    expect(lines).toContain(`${DATASET} <${VOID}sparqlEndpoint> <https://example.org/sparql> .`);
    const jsonld = await runCli(['export', '--void', '--format', 'jsonld']);
    expect(jsonld.code).toBe(0);
    expect(jsonld.stdout).toContain('"void:Dataset"');
  });

  it('leaves the data export as it was: no description in it', async () => {
    const [data, stats] = await Promise.all([
      runCli(['export', '--format', 'nt']),
      runCli(['stats', '--format', 'json']),
    ]);
    const lines = rapperStatements(data.stdout, 'ntriples');
    expect(lines).toHaveLength((JSON.parse(stats.stdout) as Stats).triples);
    expect(lines.some((l) => l.startsWith(DATASET))).toBe(false);
  });

  it.each([
    ['--site-url without --void', ['--site-url', 'https://example.org/'], /--site-url goes with --void/],
    ['--sparql without --void', ['--sparql', 'https://example.org/sparql'], /--sparql goes with --void/],
    [
      'a site URL that is not http(s)',
      ['--void', '--site-url', 'javascript:alert(1)'],
      /--site-url must be an http\(s\) URL/,
    ],
  ])('%s is bad usage (exit 2)', async (_name, args, message) => {
    const run = await runCli(['export', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});
