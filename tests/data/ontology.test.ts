// The ontology: every okg: class and property the data uses is declared, labelled, commented, with domain
// and range; terms of vocabularies we do not own (ORG, SKOS, Dublin Core, RDFS) are not redeclared; the
// axioms of the vocabulary contract hold.
import { describe, expect, it } from 'vitest';
import { OKG, RDF_TYPE, loadData, parseFile } from './graph-files';

const ontology = parseFile('ontology.ttl');
const data = loadData();
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const OWL = 'http://www.w3.org/2002/07/owl#';
const has = (s: string, p: string, o?: string): boolean =>
  ontology.some((q) => q.subject.value === s && q.predicate.value === p && (o === undefined || q.object.value === o));

const CONTRACT_CLASSES = [
  'OSCEBody',
  'Partner',
  'Country',
  'Region',
  'Decision',
  'Framework',
  'Activity',
  'Event',
  'Publication',
  'Theme',
  'Passage',
].map((c) => OKG + c);
const CONTRACT_PROPERTIES = [
  'partnersWith',
  'mandatedBy',
  'contributesTo',
  'addresses',
  'organizedBy',
  'participant',
  'supports',
  'fundedBy',
  'coversRegion',
  'adoptedBy',
  'quote',
  'curationNote',
  'citedAs',
].map((p) => OKG + p);
const usedOkgClasses = [
  ...new Set(
    data.filter((q) => q.predicate.value === RDF_TYPE && q.object.value.startsWith(OKG)).map((q) => q.object.value),
  ),
];
const usedOkgProperties = [
  ...new Set(data.filter((q) => q.predicate.value.startsWith(OKG)).map((q) => q.predicate.value)),
];

describe('ontology.ttl', () => {
  it('has an owl:Ontology header with label and comment', () => {
    const header = ontology.find((q) => q.predicate.value === RDF_TYPE && q.object.value === OWL + 'Ontology');
    expect(header).toBeDefined();
    expect(has(header!.subject.value, RDFS + 'label')).toBe(true);
    expect(has(header!.subject.value, RDFS + 'comment')).toBe(true);
  });

  it.each([...new Set([...CONTRACT_CLASSES, ...usedOkgClasses])])(
    'class %s is declared with label and comment',
    (c) => {
      expect(has(c, RDF_TYPE, OWL + 'Class')).toBe(true);
      expect(has(c, RDFS + 'label')).toBe(true);
      expect(has(c, RDFS + 'comment')).toBe(true);
    },
  );

  it.each([...new Set([...CONTRACT_PROPERTIES, ...usedOkgProperties])])(
    'property %s has label, comment, domain and range',
    (p) => {
      for (const what of ['label', 'comment', 'domain', 'range']) expect(has(p, RDFS + what), what).toBe(true);
    },
  );

  it.each([
    ['okg:partnersWith is symmetric', OKG + 'partnersWith', RDF_TYPE, OWL + 'SymmetricProperty'],
    [
      'okg:OSCEBody is an org:Organization',
      OKG + 'OSCEBody',
      RDFS + 'subClassOf',
      'http://www.w3.org/ns/org#Organization',
    ],
    [
      'okg:Partner is an org:Organization',
      OKG + 'Partner',
      RDFS + 'subClassOf',
      'http://www.w3.org/ns/org#Organization',
    ],
    ['okg:Theme is a skos:Concept', OKG + 'Theme', RDFS + 'subClassOf', 'http://www.w3.org/2004/02/skos/core#Concept'],
    ['okg:Passage is a prov:Entity', OKG + 'Passage', RDFS + 'subClassOf', 'http://www.w3.org/ns/prov#Entity'],
  ])('%s', (_, s, p, o) => {
    expect(has(s, p, o)).toBe(true);
  });

  it('does not redeclare the domain or range of a term it does not own', () => {
    const foreign = ontology.filter(
      (q) =>
        !q.subject.value.startsWith(OKG) &&
        (q.predicate.value === RDFS + 'domain' || q.predicate.value === RDFS + 'range'),
    );
    expect(foreign.map((q) => q.subject.value)).toEqual([]);
  });

  it('has no okg: copies of ORG terms (okg:heldBy, okg:postIn, okg:memberOf, okg:unitOf)', () => {
    const copies = ['heldBy', 'holds', 'postIn', 'memberOf', 'unitOf', 'subOrganizationOf'].map((t) => OKG + t);
    expect(ontology.filter((q) => copies.includes(q.subject.value))).toEqual([]);
    expect(data.filter((q) => copies.includes(q.predicate.value))).toEqual([]);
  });

  it('has no blank nodes (so it loads as data without anonymous nodes)', () => {
    expect(ontology.filter((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toEqual([]);
  });

  it('the data uses no okg: term the ontology does not declare', () => {
    const declared = new Set(ontology.filter((q) => q.predicate.value === RDF_TYPE).map((q) => q.subject.value));
    const objects = data
      .filter((q) => q.object.termType === 'NamedNode' && q.object.value.startsWith(OKG))
      .map((q) => q.object.value);
    const terms = [...new Set([...usedOkgProperties, ...objects])];
    expect(terms.filter((t) => !declared.has(t))).toEqual([]);
  });
});
