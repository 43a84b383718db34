// Pages from a SPARQL store (`serve --endpoint`): the excerpt asked of a real Oxigraph store renders the same
// description as the whole dataset does, whether the store keeps passages as named graphs only or also everything in
// one container graph (as Virtuoso does after `push`); odd blank node labels become valid ones.
import { describe, expect, it } from 'vitest';
import oxigraph from 'oxigraph';
import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import { describeResource, indexDataset } from '../../src/publish/dataset-index';
import { entityFromExcerpt } from '../../src/publish/entity-source';
import { fetchExcerpt, fetchOntologyExcerpt } from '../../src/publish/remote-excerpt';
import { serializeRdf } from '../../src/rdf/serialize';
import { createOxigraphEngine } from '../../src/query/oxigraph-engine';
import { quadKey } from '../../src/rdf/term-key';

const ID = 'https://w3id.org/osce-kg/id/';
const DATA = `@prefix id: <${ID}> .
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
okg:partnersWith a owl:ObjectProperty ; rdfs:label "partners with"@en ; rdfs:domain okg:OSCEBody .
okg:OSCEBody a owl:Class ; rdfs:label "OSCE body"@en .
id:doc a okg:SourceDocument ; rdfs:label "The document"@en .
id:p1 a okg:Passage ; dcterms:isPartOf id:doc ; okg:quote "ODIHR works with IOM." .
id:p2 a okg:Passage ; dcterms:isPartOf id:doc ; okg:quote "works with IOM" .
id:p1 { id:odihr a okg:OSCEBody ; rdfs:label "ODIHR"@en ; okg:partnersWith id:iom . }
id:p2 { id:odihr okg:partnersWith id:iom . id:iom rdfs:label "IOM"@en . }
id:cur a okg:CurationGraph ; prov:wasAttributedTo id:curators ; prov:wasDerivedFrom id:p2 .
id:curators rdfs:label "The curators"@en .
id:cur { id:iom okg:partnersWith id:odihr . }
id:unrelated rdfs:label "Unrelated"@en ; okg:partnersWith id:iom2 .
`;
const quads = new Parser({ format: 'application/trig' }).parse(DATA) as Quad[];
const keys = (list: readonly Quad[]): string[] => list.map(quadKey).sort();

/** The data as Virtuoso holds it after `push --named-graphs`: every triple in one container graph, passages beside. */
function asPushed(): Quad[] {
  const container = DataFactory.namedNode('urn:osce-kg:container');
  return [
    ...quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object, container)),
    ...quads.filter((q) => q.graph.termType === 'NamedNode'),
  ];
}

describe('entity pages from a SPARQL store', () => {
  it.each([
    ['named graphs in a union default graph', quads],
    ['a container graph beside the passage graphs', asPushed()],
  ])('%s: the same description, passages and graphs as from the whole dataset', async (_name, stored) => {
    const engine = createOxigraphEngine(oxigraph, stored);
    const whole = indexDataset(quads);
    for (const name of ['odihr', 'iom', 'p1', 'cur', 'doc']) {
      const iri = ID + name;
      const excerpt = await fetchExcerpt(engine, iri);
      expect(keys(describeResource(indexDataset(excerpt), iri)), name).toEqual(keys(describeResource(whole, iri)));
      const page = entityFromExcerpt(iri, excerpt)!.html();
      // Neighbours are named by their labels, backed statements show their quotes
      if (name === 'odihr') {
        expect(page).toContain('>IOM</a>');
        expect(page).toContain('<blockquote>ODIHR works with IOM.</blockquote>');
        expect(page).toContain('The curators');
        expect(page).toContain('href="../ontology.html#partnersWith"');
        expect(page).not.toContain('Unrelated');
      }
    }
    expect(await fetchExcerpt(engine, `${ID}nothing`)).toEqual([]);
    expect(entityFromExcerpt(`${ID}nothing`, [])).toBeUndefined();
  });

  it('the ontology excerpt holds the classes and properties, and blank nodes get labels Turtle can write', async () => {
    const withList = new Parser({ format: 'text/turtle' }).parse(`@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
<https://w3id.org/osce-kg/ontology> a owl:Ontology .
okg:Actor a owl:Class ; owl:unionOf [ a owl:Class ] .
<http://example.org/other#Thing> a owl:Class .`) as Quad[];
    const engine = createOxigraphEngine(oxigraph, withList);
    const excerpt = await fetchOntologyExcerpt(engine, 'https://w3id.org/osce-kg/ontology');
    const subjects = new Set(excerpt.map((q) => q.subject.value));
    expect(subjects.has('https://w3id.org/osce-kg/ontology')).toBe(true);
    expect(subjects.has('https://w3id.org/osce-kg/ontology#Actor')).toBe(true);
    expect(subjects.has('http://example.org/other#Thing')).toBe(false);
    expect(excerpt.filter((q) => q.object.termType === 'BlankNode').map((q) => q.object.value)).toEqual(['b0']);
    expect(await serializeRdf(excerpt, 'turtle')).toContain('owl:unionOf');
  });
});
