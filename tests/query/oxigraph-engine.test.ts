// The Oxigraph engine: query forms, union default graph, row limits, syntax errors, read-only refusal.
import { describe, expect, it } from 'vitest';
import * as oxigraph from 'oxigraph';
import { DataFactory, Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { createOxigraphEngine } from '../../src/query/oxigraph-engine';
import { QueryAbortedError, QueryEvaluationError, QuerySyntaxError, ReadOnlyError } from '../../src/query/limits';
import { defined } from '../helpers/defined';

const { namedNode, literal } = DataFactory;
const OKG = 'https://w3id.org/osce-kg/ontology#';
const ID = 'https://w3id.org/osce-kg/id/';

const quads = new Parser({ format: 'application/trig' }).parse(`
@prefix okg: <${OKG}> . @prefix id: <${ID}> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix p: <${ID}passage/> .
p:p1 { id:odihr a okg:OSCEBody ; rdfs:label "ODIHR"@en ; okg:partnersWith id:iom . }
p:p2 { id:odihr okg:partnersWith id:iom . id:iom a okg:Partner ; rdfs:label "IOM \\"quoted\\"\\nline"@en . }
p:p1 a okg:Passage ; okg:quote "ODIHR works with IOM" .
id:tmp rdfs:label "default graph" ; okg:count 3 .
`) as Quad[];

const engine = createOxigraphEngine(oxigraph, quads);

describe('OxigraphEngine.query', () => {
  it('loads every quad, and the union of all graphs as the default graph (a set)', async () => {
    const count = async (q: string) => {
      const r = await engine.query(q);
      if (r.kind !== 'bindings') throw new Error('expected bindings');
      return Number(r.rows[0]?.n?.value);
    };
    const named = quads.filter((q) => q.graph.termType !== 'DefaultGraph').length;
    const triples = new Set(quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`)).size;
    expect(await count('SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }')).toBe(named);
    expect(await count('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')).toBe(triples);
    expect(triples).toBe(quads.length - 1);
  });

  it('SELECT: variables in query order, unbound variables absent, union default graph', async () => {
    const r = await engine.query(`PREFIX okg: <${OKG}> SELECT ?z ?a ?b WHERE { ?a okg:partnersWith ?b }`);
    expect(r.kind).toBe('bindings');
    if (r.kind !== 'bindings') return;
    expect(r.variables).toEqual(['z', 'a', 'b']);
    expect(r.rows).toHaveLength(1);
    const row = defined(r.rows[0], 'a row');
    expect(row.a?.equals(namedNode(ID + 'odihr'))).toBe(true);
    expect('z' in row).toBe(false);
    expect(r.truncated).toBe(false);
  });

  it('SELECT keeps literals exact (language, escapes, datatypes)', async () => {
    const r = await engine.query(
      `SELECT ?l ?n WHERE { OPTIONAL { <${ID}iom> <http://www.w3.org/2000/01/rdf-schema#label> ?l } <${ID}tmp> <${OKG}count> ?n }`,
    );
    if (r.kind !== 'bindings') throw new Error('expected bindings');
    expect(r.rows[0]?.l?.equals(literal('IOM "quoted"\nline', 'en'))).toBe(true);
    expect(r.rows[0]?.n?.equals(literal('3', namedNode('http://www.w3.org/2001/XMLSchema#integer')))).toBe(true);
  });

  it('GRAPH ?g gives the passages', async () => {
    const r = await engine.query(`SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s <${OKG}partnersWith> ?o } } ORDER BY ?g`);
    if (r.kind !== 'bindings') throw new Error('expected bindings');
    expect(r.rows.map((row) => row.g?.value)).toEqual([ID + 'passage/p1', ID + 'passage/p2']);
  });

  it.each([
    ['ASK { ?s ?p ?o }', true],
    [`ASK { <${ID}nobody> ?p ?o }`, false],
  ])('ASK %s', async (q, value) => {
    expect(await engine.query(q)).toEqual({ kind: 'boolean', value });
  });

  it('CONSTRUCT returns quads as n3 terms', async () => {
    const r = await engine.query(`CONSTRUCT { ?b <${OKG}partnersWith> ?a } WHERE { ?a <${OKG}partnersWith> ?b }`);
    if (r.kind !== 'quads') throw new Error('expected quads');
    expect(r.quads).toHaveLength(1);
    expect(r.quads[0]?.subject.value).toBe(ID + 'iom');
    expect(r.quads[0]?.graph.termType).toBe('DefaultGraph');
  });

  it('DESCRIBE returns the description', async () => {
    const r = await engine.query(`DESCRIBE <${ID}odihr>`);
    if (r.kind !== 'quads') throw new Error('expected quads');
    expect(r.quads.length).toBeGreaterThanOrEqual(3);
    expect(r.quads.every((q) => q.subject.value === ID + 'odihr')).toBe(true);
  });

  it('applies the row limit and says the result was truncated', async () => {
    const all = await engine.query('SELECT * WHERE { ?s ?p ?o }');
    const some = await engine.query('SELECT * WHERE { ?s ?p ?o }', { rowLimit: 2 });
    if (all.kind !== 'bindings' || some.kind !== 'bindings') throw new Error('expected bindings');
    expect(all.truncated).toBe(false);
    expect(some.rows).toHaveLength(2);
    expect(some.truncated).toBe(true);
    const quadsLimited = await engine.query('CONSTRUCT WHERE { ?s ?p ?o }', { rowLimit: 1 });
    expect(quadsLimited).toMatchObject({ kind: 'quads', truncated: true });
    if (quadsLimited.kind === 'quads') expect(quadsLimited.quads).toHaveLength(1);
  });

  it.each([
    ['SELECT * WHERE { ?s ?p ?o ', 1, 27],
    ['PREFIX x: <http://x/>\nSELECT * WHERE {\n  ?s y:p ?o }', 3, 8],
    ['SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o = ) }', 3, 14],
  ])('syntax error in %j at line %i', async (q, line, column) => {
    const error = await engine.query(q).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect((error as QuerySyntaxError).line).toBe(line);
    expect((error as QuerySyntaxError).column).toBeGreaterThanOrEqual(column - 1);
    expect((error as QuerySyntaxError).column).toBeLessThanOrEqual(column + 6);
  });

  it.each([
    'INSERT DATA { <http://a> <http://b> <http://c> }',
    '# comment\nPREFIX x: <http://x/>\ndelete where { ?s ?p ?o }',
    'CLEAR ALL',
  ])('refuses the update %j', async (q) => {
    await expect(engine.query(q)).rejects.toBeInstanceOf(ReadOnlyError);
    await expect(engine.update(q)).rejects.toBeInstanceOf(ReadOnlyError);
    expect(await engine.query('ASK { <http://a> ?p ?o }')).toEqual({ kind: 'boolean', value: false });
  });

  it('runs updates when allowed', async () => {
    const writable = createOxigraphEngine(oxigraph, [], { allowUpdate: true });
    await writable.update('INSERT DATA { <http://a> <http://b> <http://c> }');
    expect(writable.size).toBe(1);
  });

  it('rejects an already aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(engine.query('ASK {}', { signal: controller.signal })).rejects.toBeInstanceOf(QueryAbortedError);
  });

  it('reports evaluation errors', async () => {
    const error = await engine
      .query('SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryEvaluationError);
  });

  it('load() replaces the dataset', async () => {
    const other = createOxigraphEngine(oxigraph, quads);
    await other.load(quads.slice(0, 2));
    // Two quads in passage graphs, plus their copies in the default graph.
    expect(other.size).toBe(4);
    expect(await other.query(`ASK { <${ID}iom> ?p ?o }`)).toEqual({ kind: 'boolean', value: false });
  });
});
