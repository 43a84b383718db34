// Property tests of datasetToGraph: one node per resource, one edge per distinct resource-valued triple, provenance
// kept.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { datasetToGraph } from '../../src/kg/to-graph';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;
const EX = 'http://example.org/';

const resource = fc.oneof(
  fc.integer({ min: 0, max: 30 }).map((i) => namedNode(`${EX}r${i}`)),
  fc.integer({ min: 0, max: 5 }).map((i) => blankNode(`b${i}`)),
);
const predicate = fc.integer({ min: 0, max: 4 }).map((i) => namedNode(`${EX}p${i}`));
const literalTerm = fc
  .tuple(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('', 'en', 'fr'))
  .map(([v, lang]) => literal(v, lang || undefined));
const graphTerm = fc.oneof(
  fc.constant(defaultGraph()),
  fc.integer({ min: 0, max: 3 }).map((i) => namedNode(`${EX}passage${i}`)),
);
const randomQuad = fc
  .tuple(resource, predicate, fc.oneof(resource, literalTerm), graphTerm)
  .map(([s, p, o, g]) => quad(s, p, o, g) as Quad);

function keyOf(term: Quad['subject'] | Quad['object']): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
}

describe('datasetToGraph on random datasets', () => {
  it('has one node per subject or resource object, one edge per distinct resource-valued triple with its graphs', () => {
    fc.assert(
      fc.property(fc.array(randomQuad, { maxLength: 120 }), (quads) => {
        const graph = datasetToGraph(quads);
        const resources = new Set<string>();
        const subjects = new Set<string>();
        const edges = new Map<string, Set<string>>();
        for (const q of quads) {
          resources.add(keyOf(q.subject));
          subjects.add(keyOf(q.subject));
          if (q.object.termType === 'Literal') continue;
          resources.add(keyOf(q.object));
          const k = `${keyOf(q.subject)} ${q.predicate.value} ${keyOf(q.object)}`;
          const graphs = edges.get(k) ?? new Set<string>();
          if (q.graph.termType === 'NamedNode') graphs.add(q.graph.value);
          edges.set(k, graphs);
        }
        expect(graph.order).toBe(resources.size);
        expect(graph.size).toBe(edges.size);
        graph.forEachNode((_key, attributes) => {
          expect(resources.has(attributes.iri)).toBe(true);
          expect(attributes.described).toBe(subjects.has(attributes.iri));
        });
        graph.forEachEdge((_edge, attributes, _source, _target, sourceAttributes, targetAttributes) => {
          const expected = edges.get(`${sourceAttributes.iri} ${attributes.predicate} ${targetAttributes.iri}`);
          expect(expected, 'edge for a triple of the dataset').toBeDefined();
          expect(attributes.graphs).toEqual([...(expected ?? [])].sort());
        });
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of the quads', () => {
    fc.assert(
      fc.property(fc.array(randomQuad, { maxLength: 60 }), (quads) => {
        const a = datasetToGraph(quads);
        const b = datasetToGraph([...quads].reverse());
        expect(b.order).toBe(a.order);
        expect(b.size).toBe(a.size);
        a.forEachEdge((edge, attributes) => {
          expect(b.hasEdge(edge)).toBe(true);
          expect(b.getEdgeAttributes(edge).graphs).toEqual(attributes.graphs);
        });
      }),
      { numRuns: 100 },
    );
  });
});
