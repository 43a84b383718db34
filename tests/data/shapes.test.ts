// SHACL shapes: the curated graph conforms, and each kind of mistake the shapes exist for is caught.
import { DataFactory, Parser, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { ID, OKG, loadData, parseFile } from './graph-files';
import { shaclViolations } from './shacl-helper';

const data = loadData();
const shapes = parseFile('shapes.ttl');
const { namedNode, literal, quad } = DataFactory;
const DCT = 'http://purl.org/dc/terms/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';

const PREFIXES = `@prefix okg: <${OKG}> . @prefix id: <${ID}> . @prefix dcterms: <${DCT}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix xsd: <${XSD}> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix sdg: <http://metadata.un.org/sdg/> .
@prefix sdgo: <http://metadata.un.org/sdg/ontology#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix org: <http://www.w3.org/ns/org#> .`;
const extra = (ttl: string): Quad[] => new Parser().parse(PREFIXES + ttl);
/** The graph without the statements matching `drop`. */
const without = (drop: (q: Quad) => boolean): Quad[] => data.filter((q) => !drop(q));

describe('the curated graph', () => {
  it('conforms to the shapes', async () => {
    expect(await shaclViolations(data, shapes)).toEqual([]);
  });

  it('conforms together with the ontology (labels stay unique)', async () => {
    expect(await shaclViolations([...data, ...parseFile('ontology.ttl')], shapes)).toEqual([]);
  });
});

describe('mistakes the shapes catch', () => {
  const cases: [string, () => Quad[], string, string][] = [
    ['a malformed decision identifier', () => [...without((q) => q.subject.value === ID + 'mc-dec-3-16' && q.predicate.value === DCT + 'identifier'),
      quad(namedNode(ID + 'mc-dec-3-16'), namedNode(DCT + 'identifier'), literal('MC. DEC/3/16'))], ID + 'mc-dec-3-16', DCT + 'identifier'],
    ['a decision without identifier', () => without((q) => q.subject.value === ID + 'mc-dec-7-14' && q.predicate.value === DCT + 'identifier'),
      ID + 'mc-dec-7-14', DCT + 'identifier'],
    ['a PC identifier on a Ministerial Council decision', () => [...without((q) => q.subject.value === ID + 'mc-dec-7-09' && q.predicate.value === DCT + 'identifier'),
      quad(namedNode(ID + 'mc-dec-7-09'), namedNode(DCT + 'identifier'), literal('PC.DEC/7'))], ID + 'mc-dec-7-09', ''],
    ['a date as a plain string', () => [...data, quad(namedNode(ID + 'helsinki-final-act'), namedNode(DCT + 'date'), literal('1 August 1975'))],
      ID + 'helsinki-final-act', DCT + 'date'],
    ['an entity without label', () => without((q) => q.subject.value === ID + 'tntd-spmu' && q.predicate.value === RDFS_LABEL),
      ID + 'tntd-spmu', RDFS_LABEL],
    ['a second English label', () => [...data, ...extra('id:cpc rdfs:label "Conflict Prevention Centre"@en .')], ID + 'cpc', RDFS_LABEL],
    ['two entities with one label', () => [...data, ...extra('id:x a okg:Region ; rdfs:label "Central Asia"@en .')], 'Central Asia', ''],
    ['a body without parent', () => without((q) => q.subject.value === ID + 'ecu' && q.predicate.value.endsWith('subOrganizationOf')),
      ID + 'ecu', ''],
    ['a passage with two quotes', () => [...data, ...extra('id:passage-fn2 okg:quote "Ministerial Council" .')], ID + 'passage-fn2', OKG + 'quote'],
    ['a passage without source', () => without((q) => q.subject.value === ID + 'passage-fn3' && q.predicate.value === DCT + 'isPartOf'),
      ID + 'passage-fn3', DCT + 'isPartOf'],
    ['a target without goal', () => without((q) => q.subject.value === 'http://metadata.un.org/sdg/16.9' && q.predicate.value.endsWith('broader')),
      'http://metadata.un.org/sdg/16.9', 'http://www.w3.org/2004/02/skos/core#broader'],
    ['a target without notation', () => without((q) => q.subject.value === 'http://metadata.un.org/sdg/10.7' && q.predicate.value.endsWith('notation')),
      'http://metadata.un.org/sdg/10.7', 'http://www.w3.org/2004/02/skos/core#notation'],
    ['contributing to a theme instead of a target', () => [...data, ...extra('id:odihr okg:contributesTo id:theme-hate-crime .')],
      ID + 'odihr', OKG + 'contributesTo'],
    ['an activity with no status', () => without((q) => q.subject.value === ID + 'gcm-coordination' && q.predicate.value === OKG + 'status'),
      ID + 'gcm-coordination', OKG + 'status'],
    ['a non-Wikidata sameAs', () => [...data, ...extra('id:ufm owl:sameAs <http://dbpedia.org/resource/Union_for_the_Mediterranean> .')],
      ID + 'ufm', 'http://www.w3.org/2002/07/owl#sameAs'],
    ['a theme outside the scheme', () => [...data, ...extra('id:theme-x a okg:Theme ; rdfs:label "X"@en ; skos:prefLabel "X"@en ; skos:topConceptOf id:themes .')],
      ID + 'theme-x', 'http://www.w3.org/2004/02/skos/core#inScheme'],
  ];

  it.each(cases)('%s', async (_, broken, focus, path) => {
    const violations = await shaclViolations(broken(), shapes);
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.some((v) => v.focus === focus && (path === '' || v.path === path)), JSON.stringify(violations)).toBe(true);
  });
});
