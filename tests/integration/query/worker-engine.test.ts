// The worker-thread engine: same answers as Oxigraph in-thread, typed errors, and a real timeout that frees the
// process.
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { DataFactory, Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { createWorkerEngine, WorkerSparqlEngine } from '../../../src/node/query-worker';
import { QueryAbortedError, QuerySyntaxError, QueryTimeoutError, ReadOnlyError } from '../../../src/query/limits';

const { namedNode, literal, quad } = DataFactory;
const OKG = 'https://w3id.org/osce-kg/ontology#';
const ID = 'https://w3id.org/osce-kg/id/';

const small = new Parser({ format: 'application/trig' }).parse(`
@prefix okg: <${OKG}> . @prefix id: <${ID}> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<${ID}passage/1> { id:odihr okg:partnersWith id:iom ; rdfs:label "ODIHR"@en . }
<${ID}passage/2> { id:odihr okg:partnersWith id:iom . id:iom rdfs:label "IOM"@en . }
`) as Quad[];

/** A synthetic graph of n triples over n/10 subjects. */
function synthetic(n: number): Quad[] {
  const out: Quad[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      quad(
        namedNode(`${ID}s${i % (n / 10)}`),
        namedNode(`${OKG}p${i % 7}`),
        i % 2 ? literal(String(i)) : namedNode(`${ID}o${i}`),
      ),
    );
  }
  return out;
}

const engines: WorkerSparqlEngine[] = [];
afterAll(async () => {
  for (const e of engines) await e.close();
});

async function open(quads: Quad[], options?: ConstructorParameters<typeof WorkerSparqlEngine>[0]) {
  const engine = await createWorkerEngine(quads, options);
  engines.push(engine);
  return engine;
}

describe('WorkerSparqlEngine', () => {
  it('answers SELECT (union default graph as a set), ASK and CONSTRUCT with RDF/JS terms', async () => {
    const engine = await open(small);
    const r = await engine.query(
      `SELECT ?a ?b ?l WHERE { ?a <${OKG}partnersWith> ?b OPTIONAL { ?b <http://www.w3.org/2000/01/rdf-schema#label> ?l } }`,
    );
    if (r.kind !== 'bindings') throw new Error('expected bindings');
    expect(r.variables).toEqual(['a', 'b', 'l']);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]?.l?.equals(literal('IOM', 'en'))).toBe(true);
    expect(await engine.query('ASK { GRAPH ?g { ?s ?p ?o } }')).toEqual({ kind: 'boolean', value: true });
    const c = await engine.query('CONSTRUCT WHERE { ?s ?p ?o }', { rowLimit: 2 });
    expect(c).toMatchObject({ kind: 'quads', truncated: true });
    if (c.kind === 'quads') expect(c.quads[0]?.subject.termType).toBe('NamedNode');
  });

  it('passes typed errors back', async () => {
    const engine = await open(small);
    const error = await engine.query('SELECT * WHERE {\n ?s ?p }').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect((error as QuerySyntaxError).line).toBe(2);
    await expect(engine.query('DROP ALL')).rejects.toBeInstanceOf(ReadOnlyError);
  });

  it('runs queued queries one after another', async () => {
    const engine = await open(small);
    const answers = await Promise.all([1, 2, 3, 4].map((i) => engine.query(`ASK { FILTER(${i} > 2) }`)));
    expect(answers.map((a) => (a.kind === 'boolean' ? a.value : undefined))).toEqual([false, false, true, true]);
  });

  it('stops a runaway cartesian product at its timeout while this thread keeps running, then recovers', async () => {
    const engine = await open(synthetic(20_000));
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const start = performance.now();
    const error = await engine
      .query('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }', { timeoutMs: 700 })
      .catch((e: unknown) => e);
    const elapsed = performance.now() - start;
    clearInterval(ticker);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect(elapsed).toBeGreaterThanOrEqual(690);
    expect(elapsed).toBeLessThan(5_000);
    expect(ticks).toBeGreaterThan(20);
    // The next query gets a fresh worker loaded with the same data.
    const r = await engine.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
    if (r.kind !== 'bindings') throw new Error('expected bindings');
    expect(r.rows[0]?.n?.value).toBe('20000');
    expect(engine.workersStarted).toBe(2);
  });

  it('stops a query when the caller aborts', async () => {
    const engine = await open(synthetic(20_000));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    await expect(
      engine.query('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }', {
        signal: controller.signal,
        timeoutMs: 20_000,
      }),
    ).rejects.toBeInstanceOf(QueryAbortedError);
    expect(await engine.query('ASK {}')).toEqual({ kind: 'boolean', value: true });
  });

  it('works from a plain node process that registers tsx as bin/osce-kg.js does, and lets it exit', async () => {
    const module = fileURLToPath(new URL('../../../src/node/query-worker.ts', import.meta.url));
    const script = `
      import { register } from 'tsx/esm/api';
      register();
      const { createWorkerEngine } = await import(${JSON.stringify(module)});
      const { DataFactory } = await import('n3');
      const { namedNode, quad } = DataFactory;
      const quads = [];
      for (let i = 0; i < 3000; i++) quads.push(quad(namedNode('http://s' + i), namedNode('http://p'), namedNode('http://o' + i)));
      const engine = await createWorkerEngine(quads);
      const r = await engine.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
      const t = await engine.query('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }', { timeoutMs: 300 }).catch((e) => e.name);
      console.log(JSON.stringify({ n: r.rows[0].n.value, t }));
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('../../..', import.meta.url)),
      timeout: 20_000,
    });
    expect(JSON.parse(stdout.trim())).toEqual({ n: '3000', t: 'QueryTimeoutError' });
  });
});

describe('WorkerSparqlEngine row limits: small results are cut on the main thread, large ones in the worker', () => {
  // 20,000 triples: SELECT * gives about 2 MB of SPARQL JSON (cut in the worker); the small queries stay under 256 kB
  const data = synthetic(20_000);
  it.each([
    ['small SELECT under the limit', `SELECT ?o WHERE { <${ID}s1> ?p ?o }`, 100, 10, false],
    ['small SELECT over the limit', `SELECT ?o WHERE { <${ID}s1> ?p ?o }`, 3, 3, true],
    ['small SELECT exactly at the limit', `SELECT ?o WHERE { <${ID}s1> ?p ?o }`, 10, 10, false],
    ['large SELECT over the limit', 'SELECT * WHERE { ?s ?p ?o }', 5000, 5000, true],
    ['large SELECT under the limit', 'SELECT * WHERE { ?s ?p ?o }', 30_000, 20_000, false],
    ['CONSTRUCT over the limit', 'CONSTRUCT WHERE { ?s ?p ?o }', 7, 7, true],
    ['CONSTRUCT exactly at the limit', `CONSTRUCT WHERE { <${ID}s1> ?p ?o }`, 10, 10, false],
  ])('%s', async (_label, sparql, rowLimit, rows, truncated) => {
    const engine = await open(data);
    const result = await engine.query(sparql, { rowLimit });
    if (result.kind === 'boolean') throw new Error('expected rows');
    expect(result.kind === 'bindings' ? result.rows.length : result.quads.length).toBe(rows);
    expect(result.truncated).toBe(truncated);
  });

  it('ASK passes through as a boolean', async () => {
    const engine = await open(data);
    expect(await engine.query(`ASK { <${ID}s1> ?p ?o }`, { rowLimit: 1 })).toEqual({ kind: 'boolean', value: true });
  });
});
