// Hardening: a 10 MB literal, deeply nested collections and blank nodes, and 1 million triples in a memory-capped child
// process.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { RdfError } from '../../../src/rdf/errors';
import { parseRdf } from '../../../src/rdf/parse';
import { serializeRdf } from '../../../src/rdf/serialize';
import { datasetToGraph } from '../../../src/kg/to-graph';
import { neighbourhood } from '../../../src/kg/neighbourhood';
import { shortestPaths } from '../../../src/kg/paths';

const ID = 'https://w3id.org/osce-kg/id/';
const LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';

describe('a 10 MB literal', () => {
  const big = 'OSCE '.repeat(2 * 1024 * 1024); // 10 MiB of text
  const turtle = `<${ID}big> <${LABEL}> "${big}"@en ; a <https://w3id.org/osce-kg/ontology#Publication> .\n`;

  it('loads whole, and the graph keeps it as the label (src/kg offers no label shortening)', async () => {
    const quads = await parseRdf(turtle, { format: 'ttl' });
    expect(quads).toHaveLength(2);
    const label = quads.find((q) => q.predicate.value === LABEL)!;
    expect(label.object.value.length).toBe(big.length);
    expect(label.object.value === big).toBe(true);
    const graph = datasetToGraph(quads);
    expect(graph.getNodeAttribute(`${ID}big`, 'label').length).toBe(big.length);
  });

  it.each(['ntriples', 'turtle', 'jsonld'] as const)('round-trips through %s', async (format) => {
    const quads = await parseRdf(turtle, { format: 'ttl' });
    const back = await parseRdf(await serializeRdf(quads, format), { format });
    expect(back.find((q) => q.predicate.value === LABEL)!.object.value === big).toBe(true);
  });
});

describe('deep nesting does not overflow the stack', () => {
  const LEVELS = 10_000;
  const collections = `<${ID}s> <${ID}p> ${'('.repeat(LEVELS)}${')'.repeat(LEVELS)} .\n`;
  const blankNodes = `<${ID}s> <${ID}p> ${`[ <${ID}p> `.repeat(LEVELS)}<${ID}o>${' ]'.repeat(LEVELS)} .\n`;
  let jsonld = `{"@id":"${ID}s","${ID}p":`;
  for (let i = 0; i < LEVELS; i++) jsonld += `{"${ID}p":`;
  jsonld += `"x"${'}'.repeat(LEVELS)}}`;

  it('10,000 nested Turtle collections load (each level: rdf:first + rdf:rest)', async () => {
    const quads = await parseRdf(collections, { format: 'ttl' });
    expect(quads).toHaveLength(2 * LEVELS - 1);
  });

  it('10,000 nested Turtle blank nodes load, and the graph and neighbourhoods handle the chain', async () => {
    const quads = await parseRdf(blankNodes, { format: 'ttl' });
    expect(quads).toHaveLength(LEVELS + 1);
    const graph = datasetToGraph(quads);
    expect(graph.size).toBe(LEVELS + 1);
    expect(neighbourhood(graph, `${ID}s`, 50).nodes.length).toBe(51);
    expect(neighbourhood(graph, `${ID}s`, LEVELS + 5).nodes.length).toBe(LEVELS + 2);
  });

  it('a shortest path 10,001 steps long through the nested blank nodes', async () => {
    const graph = datasetToGraph(await parseRdf(blankNodes, { format: 'ttl' }));
    const paths = shortestPaths(graph, `${ID}s`, `${ID}o`);
    expect(paths).toHaveLength(1);
    expect(paths[0]?.nodes).toHaveLength(LEVELS + 2);
  });

  it('10,000 nested JSON-LD objects load, or fail with an RdfError (never a RangeError escaping)', async () => {
    const outcome = await parseRdf(jsonld, { format: 'jsonld' }).then(
      (quads) => quads,
      (e: unknown) => e,
    );
    if (Array.isArray(outcome)) expect(outcome).toHaveLength(LEVELS + 1);
    else expect(outcome).toBeInstanceOf(RdfError);
  });
});

describe('1 million triples', () => {
  // A child process with a 1.5 GB heap cap and a 150 s limit, so a blow-up cannot take the test runner down
  it('load in a memory-capped child process (1,000,000 N-Triples lines, parseRdf)', () => {
    const child = spawnSync(
      process.execPath,
      ['--max-old-space-size=1536', '--import', 'tsx', 'tests/hardening/fixtures/parse-million.ts', '1000000'],
      {
        encoding: 'utf8',
        timeout: 150_000,
      },
    );
    expect(child.error, 'child did not finish in 150 s').toBeUndefined();
    expect(child.status, child.stderr).toBe(0);
    const report = JSON.parse(child.stdout.trim().split('\n').pop()!) as { quads: number; rssMb: number };
    expect(report.quads).toBe(1_000_000);
    expect(report.rssMb).toBeLessThan(1800);
  }, 160_000);
});
