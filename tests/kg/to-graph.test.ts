// datasetToGraph: nodes per described resource, edges per resource-valued statement with provenance, literals as
// attributes.
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { datasetToGraph } from '../../src/kg/to-graph';
import { ESCAPED_KEY_PREFIX } from '../../src/kg/keys';
import { ID, OKG, P, SAMPLE, trig } from './fixtures';
import { defined } from '../helpers/defined';

const { namedNode, blankNode, literal, quad } = DataFactory;

describe('datasetToGraph', () => {
  const quads = trig(SAMPLE);
  const graph = datasetToGraph(quads);

  it('makes one node per described or referenced resource, passages and sources left out by default', () => {
    expect(graph.nodes().sort()).toEqual(
      [ID + 'iom', ID + 'mc', ID + 'mc-dec-2-05', ID + 'odihr', ID + 'osce', 'http://metadata.un.org/sdg/10.7'].sort(),
    );
    expect(graph.getNodeAttribute(ID + 'mc', 'described')).toBe(false);
    expect(graph.getNodeAttribute(ID + 'odihr', 'described')).toBe(true);
  });

  it('leaves out resources only mentioned by passages when passages are not drawn', () => {
    const g = datasetToGraph(trig(`p:p1 a okg:Passage ; okg:mentions id:thing . id:a okg:supports id:b .`));
    expect(g.nodes().sort()).toEqual([ID + 'a', ID + 'b']);
    expect(
      datasetToGraph(trig(`p:p1 a okg:Passage ; okg:mentions id:thing .`), { includePassages: true }).hasNode(
        ID + 'thing',
      ),
    ).toBe(true);
  });

  it('leaves out qualification nodes and roles (who did what in which role), as it does passages', () => {
    const body = `id:meeting <http://www.w3.org/ns/prov#qualifiedAssociation> id:assoc ; okg:organizedBy id:odihr .
      id:assoc a <http://www.w3.org/ns/prov#Association> ; <http://www.w3.org/ns/prov#agent> id:odihr ;
        <http://www.w3.org/ns/prov#hadRole> okg:OrganizerRole .
      okg:OrganizerRole a <http://www.w3.org/ns/prov#Role> .`;
    expect(datasetToGraph(trig(body)).nodes().sort()).toEqual([ID + 'meeting', ID + 'odihr']);
    expect(datasetToGraph(trig(body), { includePassages: true }).hasNode(ID + 'assoc')).toBe(true);
  });

  it('leaves out an org:Membership and its org:Role (the member link stays an edge)', () => {
    const body = `id:ps <http://www.w3.org/ns/org#memberOf> id:osce .
      id:m a <http://www.w3.org/ns/org#Membership> ; <http://www.w3.org/ns/org#member> id:ps ;
        <http://www.w3.org/ns/org#organization> id:osce ; <http://www.w3.org/ns/org#role> id:role .
      id:role a <http://www.w3.org/ns/org#Role> ; rdfs:label "participating State"@en .`;
    const g = datasetToGraph(trig(body));
    expect(g.nodes().sort()).toEqual([ID + 'osce', ID + 'ps']);
    expect(g.size).toBe(1);
  });

  it('leaves out curation graphs and their otherwise unlinked curators, as it does passages', () => {
    const body = `id:c1 a okg:CurationGraph ; rdfs:comment "the rule" ; <http://www.w3.org/ns/prov#wasAttributedTo> id:curators .
      id:curators rdfs:label "Curators"@en . id:c1 { id:a okg:contributesTo sdg:10.7 }`;
    const g = datasetToGraph(trig(body));
    expect(g.nodes().sort()).toEqual(['http://metadata.un.org/sdg/10.7', ID + 'a']);
    expect(
      g.getEdgeAttribute(
        `${ID}a|https://w3id.org/osce-kg/ontology#contributesTo|http://metadata.un.org/sdg/10.7`,
        'graphs',
      ),
    ).toEqual([ID + 'c1']);
    const linked = datasetToGraph(trig(`${body} id:a okg:partnersWith id:curators .`));
    expect(linked.hasNode(ID + 'curators')).toBe(true);
    expect(datasetToGraph(trig(body), { includePassages: true }).hasNode(ID + 'c1')).toBe(true);
  });

  it('keeps passages and source documents as nodes when asked', () => {
    const full = datasetToGraph(quads, { includePassages: true });
    expect(full.hasNode(P + 'p1')).toBe(true);
    expect(full.getNodeAttribute(P + 'p1', 'kind')).toBe('passage');
    expect(full.getNodeAttribute(ID + 'doc', 'kind')).toBe('source');
    expect(full.hasEdge(`${P}p1|http://purl.org/dc/terms/isPartOf|${ID}doc`)).toBe(true);
  });

  it.each([
    ['odihr', 'body', 'Office for Democratic Institutions and Human Rights'],
    ['iom', 'partner', 'International Organization for Migration'],
    ['mc-dec-2-05', 'decision', 'Ministerial Council Decision No. 2/05 on Migration'],
    ['mc', 'other', 'mc'],
  ])('node %s has kind %s and label %s', (local, kind, label) => {
    expect(graph.getNodeAttribute(ID + local, 'kind')).toBe(kind);
    expect(graph.getNodeAttribute(ID + local, 'label')).toBe(label);
  });

  it('reads labels, alt labels, identifiers, notations and literals', () => {
    const target = graph.getNodeAttributes('http://metadata.un.org/sdg/10.7');
    expect(target.kind).toBe('target');
    expect(target.label).toBe('Facilitate orderly, safe, regular and responsible migration');
    expect(target.notations).toEqual(['10.7']);
    const decision = graph.getNodeAttributes(ID + 'mc-dec-2-05');
    expect(decision.identifiers).toEqual(['MC.DEC/2/05']);
    expect(decision.types).toEqual([OKG + 'Decision']);
    expect(decision.literals['http://purl.org/dc/terms/date']).toEqual([
      { value: '2005', language: '', datatype: 'http://www.w3.org/2001/XMLSchema#gYear' },
    ]);
    expect(graph.getNodeAttribute(ID + 'odihr', 'altLabels')).toEqual(['ODIHR']);
  });

  it('makes one edge per distinct triple, with every passage asserting it', () => {
    const key = `${ID}odihr|${OKG}partnersWith|${ID}iom`;
    expect(graph.getEdgeAttributes(key)).toEqual({ predicate: OKG + 'partnersWith', graphs: [P + 'p1', P + 'p2'] });
    expect(graph.hasEdge(`${ID}iom|${OKG}partnersWith|${ID}odihr`)).toBe(true);
    expect(graph.size).toBe(6);
    expect(graph.getNodeAttribute(ID + 'odihr', 'graphs')).toEqual([P + 'p1', P + 'p2']);
  });

  it('keeps parallel predicates between the same two nodes as separate edges', () => {
    const g = datasetToGraph(
      trig(`id:a okg:partnersWith id:b ; okg:fundedBy id:b ; okg:organizedBy id:b . id:b okg:participant id:a .`),
    );
    expect(g.outEdges(ID + 'a', ID + 'b').length).toBe(3);
    expect(g.outEdges(ID + 'b', ID + 'a').length).toBe(1);
    expect(g.size).toBe(4);
  });

  it('draws no type edges unless asked', () => {
    const data = trig(`id:a a okg:OSCEBody .`);
    expect(datasetToGraph(data).size).toBe(0);
    const withTypes = datasetToGraph(data, { includeTypeEdges: true });
    expect(withTypes.hasEdge(`${ID}a|http://www.w3.org/1999/02/22-rdf-syntax-ns#type|${OKG}OSCEBody`)).toBe(true);
  });

  it('keys blank nodes as _:label and is independent of quad order and duplicates', () => {
    const data = trig(`_:x okg:partnersWith id:b . id:b rdfs:label "B"@en ; rdfs:label "Bee" .`);
    const a = datasetToGraph(data);
    const b = datasetToGraph([...data].reverse().concat(data));
    expect(a.hasNode('_:' + defined(data[0], 'a statement').subject.value)).toBe(true);
    const dump = (g: typeof a) =>
      JSON.stringify([
        g
          .nodes()
          .sort()
          .map((n) => g.getNodeAttributes(n)),
        g.edges().sort(),
      ]);
    expect(dump(b)).toBe(dump(a));
  });

  it.each([
    ['rdfs:label@en first', `id:x rdfs:label "Ex"@en, "Iks"@de ; skos:prefLabel "Pref"@en .`, 'Ex'],
    ['then skos:prefLabel@en', `id:x rdfs:label "Iks"@de ; skos:prefLabel "Pref"@en .`, 'Pref'],
    ['then an untagged label', `id:x rdfs:label "Iks"@de, "Plain" .`, 'Plain'],
    ['then any language', `id:x rdfs:label "Iks"@de .`, 'Iks'],
    ['then the local name', `id:x okg:partnersWith id:y .`, 'x'],
  ])('label: %s', (_name, text, label) => {
    expect(datasetToGraph(trig(text)).getNodeAttribute(ID + 'x', 'label')).toBe(label);
  });
});

describe('datasetToGraph and prototype pollution', () => {
  const dangerous = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

  it.each(dangerous)('a node keyed %s as subject and object leaves Object.prototype alone', (name) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const protoBefore = Object.getPrototypeOf({});
    const n = namedNode(name);
    const quads: Quad[] = [
      quad(n, namedNode(OKG + 'partnersWith'), namedNode(ID + 'a')),
      quad(namedNode(ID + 'a'), namedNode(OKG + 'partnersWith'), n),
      quad(namedNode(ID + 'b'), namedNode(OKG + 'partnersWith'), n),
      quad(n, namedNode(name), n),
      quad(n, namedNode(name), literal('x')),
      quad(blankNode(name), namedNode(OKG + 'partnersWith'), n),
    ];
    const g = datasetToGraph(quads);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(Object.getPrototypeOf({})).toBe(protoBefore);
    expect(({} as Record<string, unknown>).previous).toBeUndefined();
    const key = ESCAPED_KEY_PREFIX + encodeURIComponent(name);
    expect(g.getNodeAttribute(key, 'iri')).toBe(name);
    expect(g.getNodeAttribute('_:' + name, 'iri')).toBe('_:' + name);
    expect(g.degree(key)).toBe(6);
    expect(g.getNodeAttribute(key, 'literals')[key]).toEqual([
      { value: 'x', language: '', datatype: 'http://www.w3.org/2001/XMLSchema#string' },
    ]);
    expect(Object.getPrototypeOf(g.getNodeAttribute(key, 'literals'))).toBe(Object.prototype);
  });
});
