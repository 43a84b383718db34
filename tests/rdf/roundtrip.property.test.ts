// Property-based: random datasets (any Unicode, language tags, datatypes, blank nodes, graphs) round-trip through every
// writer.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataFactory } from 'n3';
import type { Quad, Quad_Graph, Quad_Object, Quad_Subject } from '@rdfjs/types';
import { parseRdf } from '../../src/rdf/parse';
import { serializeRdf, toDefaultGraph } from '../../src/rdf/serialize';
import { isomorphic } from '../../src/rdf/isomorphic';
import { RDF_FORMATS } from '../../src/rdf/formats';
import { NS } from '../../src/rdf/vocab';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;

// Characters an IRI may hold (no space, controls, <>"{}|^`\), plus non-ASCII and astral ones
const iriChar = fc.oneof(
  fc.constantFrom(..."abcXYZ019-._~:/?#[]@!$&'()*+,;=%".split('')),
  fc.constantFrom('é', 'ß', '中', '😀', '\u00a0'.replace('\u00a0', 'ñ')),
);
const iriTail = fc
  .array(iriChar, { maxLength: 12 })
  .map((chars) => chars.join('').replace(/%(?![0-9A-Fa-f]{2})/g, '%25'));
const iri = fc
  .tuple(
    fc.constantFrom(NS.id, NS.okg, NS.sdg, 'http://example.org/', 'urn:x:', 'https://ex.com/a#', 'id:', 'okg:'),
    iriTail,
  )
  .map(([base, tail]) => namedNode(base + tail));
const blank = fc.constantFrom('b0', 'b1', 'b2', 'x-y', 'n.1').map((label) => blankNode(label));

// Any code point except lone surrogates (which UTF-8 cannot carry), controls included
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\u0000', '\u0001', '\t', '\n', '\r', '"', "'", '\\', '\u007f', '\u2028', '\ufeff'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 20,
});
const langTag = fc
  .tuple(fc.stringMatching(/^[a-z]{2,3}$/), fc.option(fc.stringMatching(/^[a-z0-9]{2,8}$/)))
  .map(([l, r]) => (r ? `${l}-${r}` : l));
const datatype = fc.oneof(
  fc
    .constantFrom('string', 'integer', 'decimal', 'double', 'boolean', 'gYear', 'date')
    .map((t) => namedNode(NS.xsd + t)),
  iri,
);
const lexicalFor = fc.oneof(
  anyText,
  fc.constantFrom('007', '-0', '1e3', '1.50', '.5', 'true', 'TRUE', '2016', 'NaN', ''),
);
const lit = fc.oneof(
  anyText.map((v) => literal(v)),
  fc.tuple(anyText, langTag).map(([v, l]) => literal(v, l)),
  fc.tuple(lexicalFor, datatype).map(([v, d]) => literal(v, d)),
);
const subject = fc.oneof(iri, blank) as fc.Arbitrary<Quad_Subject>;
const object = fc.oneof(iri, blank, lit, lit) as fc.Arbitrary<Quad_Object>;
const graph = fc.oneof(fc.constant(defaultGraph()), iri, blank) as fc.Arbitrary<Quad_Graph>;
const dataset = fc.array(
  fc.tuple(subject, iri, object, graph).map(([s, p, o, g]) => quad(s, p, o, g)),
  { maxLength: 25 },
);

async function roundTrips(quads: Quad[], format: (typeof RDF_FORMATS)[number]): Promise<boolean> {
  const text = await serializeRdf(quads, format);
  const back = await parseRdf(text, { format });
  const expected = format === 'trig' || format === 'nquads' ? quads : toDefaultGraph(quads);
  return isomorphic(back, expected);
}

describe('every writer round-trips random datasets', () => {
  it.each(RDF_FORMATS.map((format) => ({ format })))('$format', async ({ format }) => {
    await fc.assert(
      fc.asyncProperty(dataset, (quads) => roundTrips(quads, format)),
      { numRuns: format === 'jsonld' ? 60 : 150 },
    );
  });

  it('bytes round-trip: UTF-8 encoded output parses to the same dataset', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, async (quads) => {
        const bytes = new TextEncoder().encode(await serializeRdf(quads, 'nquads'));
        return isomorphic(await parseRdf(bytes, { format: 'nquads' }), quads);
      }),
      { numRuns: 100 },
    );
  });

  it('pretty output does not depend on input order', async () => {
    await fc.assert(
      fc.asyncProperty(
        dataset.filter((q) =>
          q.every(
            (x) =>
              x.subject.termType === 'NamedNode' &&
              x.object.termType !== 'BlankNode' &&
              x.graph.termType !== 'BlankNode',
          ),
        ),
        async (quads) => {
          const reversed = [...quads].reverse();
          expect(await serializeRdf(reversed, 'trig')).toBe(await serializeRdf(quads, 'trig'));
        },
      ),
      { numRuns: 100 },
    );
  });
});
