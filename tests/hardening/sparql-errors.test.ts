// Hardening: SPARQL syntax errors give QuerySyntaxError with line and column, and the engine keeps working afterwards.
import { beforeAll, describe, expect, it } from 'vitest';
import * as oxigraph from 'oxigraph';
import { parseRdf } from '../../src/rdf/parse';
import { createOxigraphEngine, type OxigraphEngine } from '../../src/query/oxigraph-engine';
import { QuerySyntaxError, ReadOnlyError } from '../../src/query/limits';
import { PRIOR_TRIG } from './prior-dataset';
import { defined } from '../helpers/defined';

// [case, query, line, first column of the bad token] — Oxigraph's parser reports where it gave up, which is at
// or after the bad token on its line, so the test asserts the line exactly and a column from the token to the line's
// end
const BAD_QUERIES: [string, string, number, number][] = [
  ['missing closing brace on line 1', 'SELECT * WHERE { ?s ?p ?o', 1, 26],
  [
    'typo in a keyword on line 3',
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?s\nWHER { ?s rdfs:label ?l }',
    3,
    1,
  ],
  ['undefined prefix on line 2', 'SELECT * WHERE {\n  ?s nope:label ?l }', 2, 6],
  ['stray token mid-query', 'SELECT ?s WHERE { ?s ?p ?o . ) }', 1, 30],
];

describe('SPARQL syntax errors', () => {
  let engine: OxigraphEngine;
  beforeAll(async () => {
    engine = createOxigraphEngine(oxigraph, await parseRdf(PRIOR_TRIG, { format: 'trig' }));
  });

  it.each(BAD_QUERIES)('%s → QuerySyntaxError with line and column', async (_case, sparql, line, column) => {
    const error = await engine.query(sparql).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(QuerySyntaxError);
    const syntax = error as QuerySyntaxError;
    expect(syntax.name).toBe('QuerySyntaxError');
    expect(syntax.line).toBe(line);
    const lineLength = defined(sparql.split('\n')[line - 1], `line ${line}`).length;
    expect(syntax.column).toBeGreaterThanOrEqual(column);
    expect(syntax.column).toBeLessThanOrEqual(lineLength + 1);
  });

  it('the engine answers the next query as before', async () => {
    for (const [, sparql] of BAD_QUERIES) await engine.query(sparql).catch(() => undefined);
    const result = await engine.query('SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }');
    expect(result.kind === 'bindings' && Number(result.rows[0]?.n?.value)).toBe(5);
  });

  it('an UPDATE is refused (read-only), and the data stays', async () => {
    await expect(engine.query('DELETE WHERE { GRAPH ?g { ?s ?p ?o } }')).rejects.toBeInstanceOf(ReadOnlyError);
    await expect(
      engine.query('# comment first\nINSERT DATA { <http://e.org/a> <http://e.org/p> "x" }'),
    ).rejects.toBeInstanceOf(ReadOnlyError);
    const result = await engine.query('ASK { GRAPH ?g { ?s ?p ?o } }');
    expect(result).toEqual({ kind: 'boolean', value: true });
  });
});

describe('SPARQL syntax errors through the worker engine (the CLI and server path)', () => {
  it.each(BAD_QUERIES)('%s → QuerySyntaxError with the same line', async (_case, sparql, line) => {
    const { createWorkerEngine } = await import('../../src/node/query-worker');
    const engine = await createWorkerEngine(await parseRdf(PRIOR_TRIG, { format: 'trig' }));
    try {
      const error = await engine.query(sparql).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(QuerySyntaxError);
      expect((error as QuerySyntaxError).line).toBe(line);
      const result = await engine.query('ASK { GRAPH ?g { ?s ?p ?o } }');
      expect(result).toEqual({ kind: 'boolean', value: true });
    } finally {
      await engine.close();
    }
  });
});
