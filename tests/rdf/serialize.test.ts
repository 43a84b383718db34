// serializeRdf: every format round-trips, default-graph formats get the deduplicated union, pretty output is stable.
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { parseRdf } from '../../src/rdf/parse';
import { serializeRdf, toDefaultGraph } from '../../src/rdf/serialize';
import { isomorphic } from '../../src/rdf/isomorphic';
import { RDF_FORMATS, FORMAT_INFO } from '../../src/rdf/formats';
import { NS } from '../../src/rdf/vocab';
import { UnsupportedFormatError } from '../../src/rdf/errors';

const { namedNode, literal, blankNode, quad, defaultGraph } = DataFactory;
const id = (local: string) => namedNode(NS.id + local);
const okg = (local: string) => namedNode(NS.okg + local);
const g1 = id('passage/p1');
const g2 = id('passage/p2');

const dataset: Quad[] = [
  quad(id('odihr'), namedNode(NS.rdf + 'type'), okg('OSCEBody'), g1),
  quad(
    id('odihr'),
    namedNode(NS.rdfs + 'label'),
    literal('Office for Democratic Institutions and Human Rights', 'en'),
    g1,
  ),
  quad(id('odihr'), okg('partnersWith'), id('iom'), g1),
  quad(id('odihr'), okg('partnersWith'), id('iom'), g2),
  quad(id('mc-dec-3-16'), namedNode(NS.dcterms + 'identifier'), literal('MC.DEC/3/16'), g2),
  quad(id('mc-dec-3-16'), namedNode(NS.dcterms + 'date'), literal('2016', namedNode(NS.xsd + 'gYear')), g2),
  quad(blankNode('b1'), okg('quote'), literal('line one\nline "two" \\ tab\t and 😀 \u0001'), defaultGraph()),
  quad(id('x'), okg('n'), literal('007', namedNode(NS.xsd + 'integer')), defaultGraph()),
  quad(id('x'), okg('n'), literal('1e3', namedNode(NS.xsd + 'double')), defaultGraph()),
  quad(id('x'), okg('b'), literal('TRUE', namedNode(NS.xsd + 'boolean')), defaultGraph()),
  quad(id('x'), okg('dir'), literal('שלום', 'he'), defaultGraph()),
  quad(namedNode('http://example.org/with space?'.replace(' ', '%20')), okg('p'), blankNode('b1'), g2),
];

describe('serializeRdf', () => {
  it.each(RDF_FORMATS.map((format) => ({ format })))('round-trips $format', async ({ format }) => {
    const text = await serializeRdf(dataset, format);
    const back = await parseRdf(text, { format });
    const expected = FORMAT_INFO[format].hasGraphs && format !== 'jsonld' ? dataset : toDefaultGraph(dataset);
    expect(isomorphic(back, expected)).toBe(true);
  });

  it('writes the default-graph union without duplicates in Turtle and N-Triples', async () => {
    const nt = await serializeRdf(dataset, 'nt');
    expect(nt.trimEnd().split('\n')).toHaveLength(dataset.length - 1);
    const union = toDefaultGraph(dataset);
    expect(union.every((q) => q.graph.termType === 'DefaultGraph')).toBe(true);
    expect(union).toHaveLength(dataset.length - 1);
  });

  it('keeps a statement in both of its graphs in TriG and N-Quads', async () => {
    for (const format of ['trig', 'nq']) {
      const back = await parseRdf(await serializeRdf(dataset, format), { format });
      expect(
        back
          .filter((q) => q.predicate.value === NS.okg + 'partnersWith')
          .map((q) => q.graph.value)
          .sort(),
      ).toEqual([g1.value, g2.value]);
    }
  });

  it('writes @prefix lines and prefixed names in Turtle and TriG', async () => {
    for (const format of ['turtle', 'trig']) {
      const text = await serializeRdf(dataset, format);
      expect(text).toContain('@prefix okg: <https://w3id.org/osce-kg/ontology#>');
      expect(text).toContain('id:odihr');
    }
  });

  it('uses the prefixes given', async () => {
    const text = await serializeRdf(dataset, 'ttl', { prefixes: { osce: NS.id } });
    expect(text).toContain('@prefix osce: <https://w3id.org/osce-kg/id/>');
    expect(text).not.toContain('@prefix okg:');
    expect(text).toContain('osce:odihr');
  });

  it('is stable: input order does not change pretty output', async () => {
    const shuffled = [...dataset].reverse();
    for (const format of ['turtle', 'trig', 'jsonld']) {
      expect(await serializeRdf(shuffled, format)).toBe(await serializeRdf(dataset, format));
    }
  });

  it("groups a subject's statements together in Turtle", async () => {
    const text = await serializeRdf(dataset, 'turtle');
    expect(text.match(/^id:odihr /gm)).toHaveLength(1);
  });

  it('compacts JSON-LD with the project prefixes', async () => {
    const doc = JSON.parse(await serializeRdf(dataset, 'jsonld')) as { '@context': Record<string, string> };
    expect(doc['@context'].okg).toBe(NS.okg);
  });

  it.each(
    [
      { name: 'prefix + suffix starting with //', iri: NS.id + '//x' },
      { name: 'scheme equal to a prefix name', iri: 'id:foo' },
      { name: 'namespace IRI itself', iri: NS.okg },
      { name: 'absolute IRI that looks like a prefixed name', iri: 'okg:' },
    ].flatMap((c) => ['turtle', 'trig', 'jsonld'].map((format) => ({ ...c, format }))),
  )('keeps prefixed output unambiguous in $format: $name', async ({ iri, format }) => {
    const quads = [
      quad(namedNode(iri), namedNode(iri), namedNode(iri)),
      quad(id('a'), okg('p'), literal('1', namedNode(iri))),
    ];
    const back = await parseRdf(await serializeRdf(quads, format), { format });
    expect(isomorphic(back, quads)).toBe(true);
  });

  it('rejects an unknown format', async () => {
    await expect(serializeRdf(dataset, 'rdfxml')).rejects.toBeInstanceOf(UnsupportedFormatError);
  });
});
