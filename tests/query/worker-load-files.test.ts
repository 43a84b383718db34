// Files parsed by Oxigraph inside the query worker: union default graph, blank node scopes, BOM, precise errors;
// serve's parallel load.
import { afterAll, describe, expect, it } from 'vitest';
import type { SparqlEngine } from '../../src/query/engine';
import { openLocalDataset, openLocalEngineFromFiles } from '../../src/node/open-engine';
import { readBundledDataFiles } from '../../src/node/bundled';
import type { SourceFile } from '../../src/node/files';
import { RdfEncodingError, RdfSyntaxError } from '../../src/rdf/errors';

const OKG = 'https://w3id.org/osce-kg/ontology#';
const ID = 'https://w3id.org/osce-kg/id/';
const enc = new TextEncoder();
const file = (name: string, text: string | Uint8Array): SourceFile => ({
  name,
  content: typeof text === 'string' ? enc.encode(text) : text,
});

const TRIG = `@prefix okg: <${OKG}> . @prefix id: <${ID}> .
<${ID}passage/1> { id:odihr okg:partnersWith id:iom . }
<${ID}passage/2> { id:odihr okg:partnersWith id:iom . id:iom okg:label "IOM" . }
id:odihr okg:label "ODIHR" .
`;
const NQ = `<${ID}a> <${OKG}p> <${ID}b> <${ID}passage/3> .\n<${ID}a> <${OKG}p> <${ID}b> <${ID}passage/4> .\n`;
const JSONLD = JSON.stringify({ '@id': `${ID}x`, '@graph': [{ '@id': `${ID}y`, [`${OKG}p`]: { '@id': `${ID}z` } }] });

const engines: SparqlEngine[] = [];
afterAll(async () => {
  for (const e of engines) await e.close?.();
});
async function open(files: SourceFile[]): Promise<SparqlEngine> {
  const engine = await openLocalEngineFromFiles(files);
  engines.push(engine);
  return engine;
}
async function count(engine: SparqlEngine, where: string): Promise<number> {
  const result = await engine.query(`SELECT (COUNT(*) AS ?n) WHERE { ${where} }`);
  if (result.kind !== 'bindings') throw new Error('expected bindings');
  return Number(result.rows[0]?.n?.value);
}

describe('openLocalEngineFromFiles', () => {
  it.each([
    [
      'TriG: a statement in two passages is one default-graph solution',
      [file('a.trig', TRIG)],
      `?s <${OKG}partnersWith> ?o`,
      1,
    ],
    ['TriG: GRAPH ?g still sees both passages', [file('a.trig', TRIG)], `GRAPH ?g { ?s <${OKG}partnersWith> ?o }`, 2],
    ['TriG: default-graph statements stay', [file('a.trig', TRIG)], `?s <${OKG}label> ?o`, 2],
    ['N-Quads: union as a set', [file('a.nq', NQ)], `?s <${OKG}p> ?o`, 1],
    ['N-Quads: both graphs', [file('a.nq', NQ)], `GRAPH ?g { ?s ?p ?o }`, 2],
    ['JSON-LD: named graph copied to the default graph', [file('a.jsonld', JSONLD)], `?s <${OKG}p> ?o`, 1],
    ['a BOM is allowed', [file('a.ttl', `\uFEFF<${ID}a> <${OKG}p> <${ID}b> .`)], '?s ?p ?o', 1],
    [
      'Turtle resolves relative IRIs against the file',
      [file('dir/a.ttl', '<x> <y> <z> .')],
      '<file:///dir/x> <file:///dir/y> <file:///dir/z>',
      1,
    ],
    [
      'blank nodes of two files stay apart',
      [file('a.nt', '_:b <http://x/p> "1" .\n'), file('b.nt', '_:b <http://x/p> "2" .\n')],
      'SELECT DISTINCT ?s { ?s ?p ?o }',
      2,
    ],
    [
      'stdin (no name) is sniffed',
      [file('<stdin>', `<${ID}a> <${OKG}p> <${ID}b> <${ID}g> .\n`)],
      'GRAPH ?g { ?s ?p ?o }',
      1,
    ],
  ])('%s', async (_label, files, where, expected) => {
    expect(await count(await open(files), where)).toBe(expected);
  });

  it.each([
    [
      'Turtle syntax error',
      file('bad.ttl', `<${ID}a> <${OKG}p> <${ID}b> .\n<${ID}a> <${OKG}p> .\n`),
      RdfSyntaxError,
      2,
    ],
    [
      'N-Triples syntax error',
      file('bad.nt', `<${ID}a> <${OKG}p> <${ID}b> .\n<${ID}a> <${OKG}p> .\n<${ID}a> <${OKG}p> <${ID}b> .\n`),
      RdfSyntaxError,
      2,
    ],
    ['invalid UTF-8', file('bad.ttl', new Uint8Array([0x3c, 0x68, 0xff, 0x3e, 0x20])), RdfEncodingError, 1],
  ])('%s: the typed error of parseRdf, with file and line', async (_label, bad, errorClass, line) => {
    const good = file('good.ttl', `<${ID}a> <${OKG}p> <${ID}b> .`);
    const error = await openLocalEngineFromFiles([good, bad]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errorClass);
    expect((error as RdfSyntaxError).file).toBe(bad.name);
    expect((error as RdfSyntaxError).line).toBe(line);
  });
});

describe('openLocalDataset (serve): the worker engine and n3 quads of the same files, loaded in parallel', () => {
  it.each([
    ['TriG + N-Quads + JSON-LD', [file('a.trig', TRIG), file('b.nq', NQ), file('c.jsonld', JSONLD)]],
    ['the bundled graph', 'bundled'],
  ] as const)(
    '%s: the engine holds what n3 parsed (union default graph, passages as graphs)',
    async (_label, input) => {
      const sources = input === 'bundled' ? readBundledDataFiles : [...input];
      const { engine, quads } = await openLocalDataset(sources);
      engines.push(engine);
      const named = new Set(
        quads
          .filter((q) => q.graph.termType !== 'DefaultGraph')
          .map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value} ${q.graph.value}`),
      );
      const triples = new Set(
        quads
          .filter((q) => q.subject.termType !== 'BlankNode' && q.object.termType !== 'BlankNode')
          .map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`),
      );
      expect(quads.length).toBeGreaterThan(0);
      expect(await count(engine, 'GRAPH ?g { ?s ?p ?o }')).toBe(named.size);
      expect(await count(engine, '?s ?p ?o FILTER(!isBlank(?s) && !isBlank(?o))')).toBe(triples.size);
    },
  );

  it("a bad file: n3's typed error, and nothing is served", async () => {
    const bad = file('bad.trig', `<${ID}g> { <${ID}a> <${OKG}p> . }`);
    const error = await openLocalDataset([file('good.ttl', `<${ID}a> <${OKG}p> <${ID}b> .`), bad]).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RdfSyntaxError);
    expect((error as RdfSyntaxError).file).toBe('bad.trig');
  });

  it('a read failure closes the warmed-up worker and passes the error on', async () => {
    class ReadFailed extends Error {
      override name = 'ReadFailed';
    }
    await expect(openLocalDataset(() => Promise.reject(new ReadFailed('no')))).rejects.toBeInstanceOf(ReadFailed);
  });
});
