// selectProjection reads the projected variables of a SELECT; the engine's answers do not depend on whether it could.
import { describe, expect, it } from 'vitest';
import * as oxigraph from 'oxigraph';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { selectProjection } from '../../src/query/projection';
import { queryFormAt } from '../../src/query/query-form';
import { createOxigraphEngine } from '../../src/query/oxigraph-engine';
import { QuerySyntaxError } from '../../src/query/limits';
import { parseSparqlJson } from '../../src/query/results-json';
import { quadsToNQuads } from '../../src/query/terms';

const projection = (sparql: string) => {
  const at = queryFormAt(sparql);
  if (at?.form !== 'select') throw new Error('not a SELECT');
  return selectProjection(sparql, at.end);
};

const CASES: [string, string[] | undefined][] = [
  ['SELECT ?a ?b WHERE { ?a ?p ?b }', ['a', 'b']],
  ['select distinct $a ?b{ ?a ?p ?b }', ['a', 'b']],
  ['PREFIX x: <http://x/> SELECT REDUCED ?b ?a FROM <http://g> WHERE { ?a ?p ?b }', ['b', 'a']],
  ['SELECT ?s (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s', ['s', 'n']],
  ['SELECT (CONCAT("?x) AS ?y", ?s) AS ?label) (STR(?s)as?t) WHERE { ?s ?p ?o }', ['label', 't']],
  ['SELECT (CONCAT("""a ) " b""", \'(\') AS ?z) ?s WHERE { ?s ?p ?o }', ['z', 's']],
  ['SELECT # a comment\n ?s\n#another\nWHERE { ?s ?p ?o }', ['s']],
  ['SELECT ?z ?a ?b WHERE { ?a ?p ?b }', ['z', 'a', 'b']],
  ['SELECT ?ñame ?x_1 WHERE { ?ñame ?p ?x_1 }', ['ñame', 'x_1']],
  ['SELECT * WHERE { ?s ?p ?o }', undefined],
  ['SELECT ?a ?a WHERE { ?a ?p ?o }', undefined],
  ['SELECT (?a) WHERE { ?a ?p ?o }', undefined],
  ['SELECT WHERE { ?a ?p ?o }', undefined],
  ['SELECT ?a', undefined],
];

describe('selectProjection', () => {
  it.each(CASES)('%j -> %j', (sparql, names) => {
    expect(projection(sparql)).toEqual(names);
  });
});

describe("OxigraphEngine SELECT: the same answer as Oxigraph's own SPARQL JSON, whichever path it takes", () => {
  const data = new Parser({ format: 'application/trig' }).parse(`
    @prefix ex: <http://ex/> .
    ex:a ex:p ex:b , "lit"@en , 3 . ex:b ex:p ex:c . ex:c ex:q "x\\ny" .
    ex:g { ex:a ex:q _:n . }
  `) as Quad[];
  const engine = createOxigraphEngine(oxigraph, data);
  // The reference: a bare store holding what the engine holds (named graphs copied to the default graph)
  const store = new oxigraph.Store();
  store.load(quadsToNQuads(data, true), { format: 'application/n-quads' });

  it.each(CASES.filter(([q]) => !/SELECT \?a$|SELECT WHERE|\(\?a\)|FROM <|\?a \?a/.test(q)).map(([q]) => [q]))(
    '%j',
    async (sparql) => {
      const got = await engine.query(sparql);
      const expected = parseSparqlJson(
        store.query(sparql, { results_format: 'application/sparql-results+json' }) as string,
      );
      if (got.kind !== 'bindings' || expected.kind !== 'bindings') throw new Error('expected bindings');
      expect(got.variables).toEqual(expected.variables);
      const key = (row: Record<string, { termType: string; value: string }>) =>
        expected.variables
          .map((v) => (row[v] ? `${row[v].termType}:${row[v].termType === 'BlankNode' ? '' : row[v].value}` : '-'))
          .join(' ');
      expect(got.rows.map(key).sort()).toEqual(expected.rows.map(key).sort());
      expect(got.rows.every((row) => Object.getPrototypeOf(row) === null)).toBe(true);
    },
  );

  it.each([
    'SELECT ?a ?a WHERE { ?a ?p ?o }',
    'SELECT (?a) WHERE { ?a ?p ?o }',
    'SELECT WHERE { ?a ?p ?o }',
    'SELECT ?a',
  ])('%j: the engine reports its syntax error, as before', async (sparql) => {
    await expect(engine.query(sparql)).rejects.toBeInstanceOf(QuerySyntaxError);
  });
});
