// The per-text analysis cache: same answers as reading the text afresh, bounded, and never shared with callers.
import { describe, expect, it } from 'vitest';
import * as oxigraph from 'oxigraph';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { analyseQuery, QueryAnalysisCache } from '../../src/query/query-analysis';
import { createOxigraphEngine } from '../../src/query/oxigraph-engine';
import { ReadOnlyError } from '../../src/query/limits';

const TEXTS: [string, string | undefined, string[] | undefined][] = [
  ['SELECT ?a ?b WHERE { ?a ?p ?b }', 'select', ['a', 'b']],
  ['PREFIX x: <http://x/> select distinct ?b (COUNT(?a) AS ?n) { ?a ?p ?b } GROUP BY ?b', 'select', ['b', 'n']],
  ['SELECT * WHERE { ?s ?p ?o }', 'select', undefined],
  ['ASK { ?s ?p ?o }', 'ask', undefined],
  ['# c\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }', 'construct', undefined],
  ['DESCRIBE <http://x/a>', 'describe', undefined],
  ['INSERT DATA { <a> <b> <c> }', 'update', undefined],
  ['nonsense', undefined, undefined],
];

describe('QueryAnalysisCache', () => {
  it.each(TEXTS)('%j: form %j, variables %j, the same cached or not', (text, form, variables) => {
    const cache = new QueryAnalysisCache();
    const first = cache.analyse(text);
    expect(first.form).toBe(form);
    expect(first.variables).toEqual(variables);
    expect(first.projected === undefined ? undefined : [...first.projected]).toEqual(variables);
    expect(cache.analyse(text)).toBe(first);
    expect(analyseQuery(text)).toEqual(first);
  });

  it('keeps at most its capacity, dropping the least recently used text', () => {
    const cache = new QueryAnalysisCache(3);
    const text = (i: number) => `SELECT ?v${i} WHERE { ?v${i} ?p ?o }`;
    const a = cache.analyse(text(0));
    cache.analyse(text(1));
    cache.analyse(text(2));
    expect(cache.analyse(text(0))).toBe(a); // text 0 is now the most recent
    cache.analyse(text(3)); // evicts text 1
    expect(cache.size).toBe(3);
    expect(cache.analyse(text(0))).toBe(a);
    const again = cache.analyse(text(1));
    expect(again.variables).toEqual(['v1']);
    expect(cache.size).toBe(3);
  });

  it('does not keep very long texts', () => {
    const cache = new QueryAnalysisCache();
    const long = `SELECT ?s WHERE { ?s ?p ?o } # ${'x'.repeat(20_000)}`;
    expect(cache.analyse(long).variables).toEqual(['s']);
    expect(cache.size).toBe(0);
  });

  it('hands out frozen analyses: a caller cannot change what the next query reads', () => {
    const analysis = new QueryAnalysisCache().analyse('SELECT ?a WHERE { ?a ?p ?o }');
    expect(Object.isFrozen(analysis)).toBe(true);
    expect(Object.isFrozen(analysis.variables)).toBe(true);
  });
});

describe('OxigraphEngine with the analysis cache', () => {
  const quads = new Parser().parse(
    '<http://x/a> <http://x/p> <http://x/b> . <http://x/b> <http://x/p> <http://x/c> .',
  ) as Quad[];
  const engine = createOxigraphEngine(oxigraph, quads);
  const select = 'SELECT ?o ?s WHERE { ?s <http://x/p> ?o } ORDER BY ?s';

  it('gives each result its own variables list: changing one does not change the next', async () => {
    const first = await engine.query(select);
    if (first.kind !== 'bindings') throw new Error('expected bindings');
    first.variables.push('extra');
    first.variables.reverse();
    const second = await engine.query(select);
    if (second.kind !== 'bindings') throw new Error('expected bindings');
    expect(second.variables).toEqual(['o', 's']);
    expect(second.rows.map((r) => r.s?.value)).toEqual(['http://x/a', 'http://x/b']);
  });

  it.each([
    ['row limit applies to a repeated text', { rowLimit: 1 }, 1, true],
    ['no limit', {}, 2, false],
  ] as const)('%s', async (_, options, rows, truncated) => {
    for (let i = 0; i < 3; i++) {
      const r = await engine.query(select, options);
      if (r.kind !== 'bindings') throw new Error('expected bindings');
      expect(r.rows).toHaveLength(rows);
      expect(r.truncated).toBe(truncated);
    }
  });

  it('refuses an UPDATE every time, cached or not', async () => {
    for (let i = 0; i < 2; i++)
      await expect(engine.query('DELETE WHERE { ?s ?p ?o }')).rejects.toBeInstanceOf(ReadOnlyError);
    expect(engine.size).toBe(2);
  });
});
