// Hardening: relative IRIs without a base, Object.prototype names as IRIs, and javascript:/data: IRIs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as oxigraph from 'oxigraph';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { parseRdf } from '../../src/rdf/parse';
import { datasetToGraph } from '../../src/kg/to-graph';
import { neighbourhood } from '../../src/kg/neighbourhood';
import { shortestPaths } from '../../src/kg/paths';
import { safeKey } from '../../src/kg/keys';
import { safeExternalHref } from '../../src/kg/safe-links';
import { createOxigraphEngine } from '../../src/query/oxigraph-engine';
import { defined } from '../helpers/defined';

const { namedNode, blankNode, literal, quad } = DataFactory;
const ABSOLUTE = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const PROTO_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'prototype',
];

describe('relative IRIs without a base', () => {
  it.each([
    ['Turtle without a file name → urn:osce-kg:input/', undefined, 'urn:osce-kg:input/'],
    ['Turtle with a file name → file:/// + its path', 'data/my file.ttl', 'file:///data/'],
  ])('%s', async (_case, fileName, base) => {
    const quads = await parseRdf('<a> <b> <c> .\n<__proto__> <constructor> <#toString> .\n', {
      format: 'ttl',
      fileName,
    });
    const terms = quads.flatMap((q) => [q.subject.value, q.predicate.value, q.object.value]);
    expect(terms.every((t) => ABSOLUTE.test(t) && t.startsWith(base))).toBe(true);
  });

  it('an explicit baseIRI wins, and @base in the file wins over it', async () => {
    const [first] = await parseRdf('<a> <b> <c> .', { format: 'ttl', baseIRI: 'http://example.org/base/' });
    expect(first?.subject.value).toBe('http://example.org/base/a');
    const [second] = await parseRdf('@base <http://other.org/> .\n<a> <b> <c> .', {
      format: 'ttl',
      baseIRI: 'http://example.org/base/',
    });
    expect(second?.subject.value).toBe('http://other.org/a');
  });
});

describe('Object.prototype names as subjects, predicates and objects', () => {
  let prototypeNames: string[];
  beforeEach(() => {
    prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
  });
  afterEach(() => {
    // The graphology 0.26 hazard: a `__proto__` key used to set Object.prototype.previous for the whole program
    const probe = {} as Record<string, unknown>;
    expect(probe.previous).toBeUndefined();
    expect(probe.next).toBeUndefined();
    expect(probe.undirected).toBeUndefined();
    expect(probe.out).toBeUndefined();
    expect(probe.constructor).toBe(Object);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  });

  // Bare names can only reach the graph from hand-built quads (the parsers always resolve relative IRIs)
  const termSets: [string, (name: string) => Quad[]][] = [
    [
      'bare IRIs (hand-built quads)',
      (n) => [
        quad(namedNode(n), namedNode('http://e.org/p'), namedNode(n === 'constructor' ? 'toString' : 'constructor')),
        quad(namedNode('http://e.org/a'), namedNode(n), namedNode(n)),
        quad(namedNode(n), namedNode('http://www.w3.org/2000/01/rdf-schema#label'), literal(`label of ${n}`, 'en')),
      ],
    ],
    [
      'blank nodes labelled with the name',
      (n) => [
        quad(blankNode(n), namedNode('http://e.org/p'), blankNode(n === 'constructor' ? 'toString' : 'constructor')),
        quad(namedNode('http://e.org/a'), namedNode('http://e.org/p'), blankNode(n)),
      ],
    ],
    [
      'parsed relative IRIs',
      (n) => [quad(namedNode(`urn:osce-kg:input/${n}`), namedNode('http://e.org/p'), namedNode('http://e.org/a'))],
    ],
  ];
  const rows = termSets.flatMap(([kind, make]) => PROTO_NAMES.map((name) => [kind, name, make] as const));

  it.each(rows)('%s: %s', (_kind, name, make) => {
    const quads = make(name);
    const graph = datasetToGraph(quads);
    const keyOf = (term: Quad['subject']) => (term.termType === 'BlankNode' ? `_:${term.value}` : safeKey(term.value));
    const keys = new Set(
      quads.flatMap((q) => [keyOf(q.subject), ...(q.object.termType === 'Literal' ? [] : [keyOf(q.object)])]),
    );
    expect(graph.order).toBe(keys.size);
    for (const key of keys) expect(graph.hasNode(key)).toBe(true);
    const edgeCount = quads.filter((q) => q.object.termType !== 'Literal').length;
    expect(graph.size).toBe(edgeCount);
    const statement = defined(quads[0], 'a statement');
    const first = keyOf(statement.subject);
    expect(neighbourhood(graph, first, 3).nodes[0]).toBe(first);
    const other = keyOf(statement.object as Quad['subject']);
    expect(shortestPaths(graph, first, other)[0]?.nodes).toEqual([first, other]);
    // The node keeps the real name for display
    expect(graph.getNodeAttribute(first, 'iri')).toBe(
      statement.subject.termType === 'BlankNode' ? `_:${name}` : statement.subject.value,
    );
  });

  it('SPARQL variables named like Object.prototype members come back as own row properties', async () => {
    const engine = createOxigraphEngine(oxigraph, [
      quad(namedNode('http://e.org/a'), namedNode('http://e.org/p'), literal('x')),
    ]);
    const result = await engine.query(
      'SELECT ?__proto__ ?constructor ?toString WHERE { ?__proto__ ?constructor ?toString }',
    );
    expect(result.kind).toBe('bindings');
    if (result.kind !== 'bindings') return;
    const row = defined(result.rows[0], 'a row');
    expect(Object.hasOwn(row, '__proto__')).toBe(true);
    expect(row.__proto__?.value).toBe('http://e.org/a');
    const toStringVariable: string = 'toString';
    expect(row[toStringVariable]?.value).toBe('x');
  });
});

describe('safeExternalHref: only http(s) IRIs become links', () => {
  it.each([
    ['https://www.osce.org/odihr', 'https://www.osce.org/odihr'],
    ['http://metadata.un.org/sdg/10.7', 'http://metadata.un.org/sdg/10.7'],
    ['HTTPS://WWW.OSCE.ORG/Path', 'https://www.osce.org/Path'],
    ['https://w3id.org/osce-kg/id/ödihr', 'https://w3id.org/osce-kg/id/%C3%B6dihr'],
  ])('accepts %s', (iri, href) => {
    expect(safeExternalHref(iri)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'javascript://%0Aalert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'mailto:someone@example.org',
    'urn:isbn:9789292349000',
    '_:b0',
    '//evil.example/',
    '/relative/path',
    'https://user:password@evil.example/',
    'https://',
    'http:evil.example',
    '',
  ])('refuses %j', (iri) => {
    expect(safeExternalHref(iri)).toBeNull();
  });

  it('javascript: and data: IRIs are still kept as data in the graph (only the link is refused)', async () => {
    const quads = await parseRdf('<javascript:alert(1)> <http://e.org/p> <data:text/html,x> .', { format: 'nt' });
    const graph = datasetToGraph(quads);
    expect(graph.hasNode('javascript:alert(1)')).toBe(true);
    expect(graph.getNodeAttribute('javascript:alert(1)', 'iri')).toBe('javascript:alert(1)');
    expect(safeExternalHref(graph.getNodeAttribute('javascript:alert(1)', 'iri'))).toBeNull();
  });
});
