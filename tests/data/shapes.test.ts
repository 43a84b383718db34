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
    [
      'a malformed decision identifier',
      () => [
        ...without((q) => q.subject.value === ID + 'mc-dec-3-16' && q.predicate.value === DCT + 'identifier'),
        quad(namedNode(ID + 'mc-dec-3-16'), namedNode(DCT + 'identifier'), literal('MC. DEC/3/16')),
      ],
      ID + 'mc-dec-3-16',
      DCT + 'identifier',
    ],
    [
      'a decision without identifier',
      () => without((q) => q.subject.value === ID + 'mc-dec-7-14' && q.predicate.value === DCT + 'identifier'),
      ID + 'mc-dec-7-14',
      DCT + 'identifier',
    ],
    [
      'a PC identifier on a Ministerial Council decision',
      () => [
        ...without((q) => q.subject.value === ID + 'mc-dec-7-09' && q.predicate.value === DCT + 'identifier'),
        quad(namedNode(ID + 'mc-dec-7-09'), namedNode(DCT + 'identifier'), literal('PC.DEC/7')),
      ],
      ID + 'mc-dec-7-09',
      '',
    ],
    [
      'a date as a plain string',
      () => [...data, quad(namedNode(ID + 'helsinki-final-act'), namedNode(DCT + 'date'), literal('1 August 1975'))],
      ID + 'helsinki-final-act',
      DCT + 'date',
    ],
    [
      'an entity without label',
      () => without((q) => q.subject.value === ID + 'tntd-spmu' && q.predicate.value === RDFS_LABEL),
      ID + 'tntd-spmu',
      RDFS_LABEL,
    ],
    [
      'a second English label',
      () => [...data, ...extra('id:cpc rdfs:label "Conflict Prevention Centre"@en .')],
      ID + 'cpc',
      RDFS_LABEL,
    ],
    [
      'two entities with one label',
      () => [...data, ...extra('id:x a okg:Region ; rdfs:label "Central Asia"@en .')],
      'Central Asia',
      '',
    ],
    [
      'a body without parent',
      () => without((q) => q.subject.value === ID + 'ecu' && q.predicate.value.endsWith('subOrganizationOf')),
      ID + 'ecu',
      '',
    ],
    [
      'a passage with two quotes',
      () => [...data, ...extra('id:passage-fn2 okg:quote "Ministerial Council" .')],
      ID + 'passage-fn2',
      OKG + 'quote',
    ],
    [
      'a passage without source',
      () => without((q) => q.subject.value === ID + 'passage-fn3' && q.predicate.value === DCT + 'isPartOf'),
      ID + 'passage-fn3',
      DCT + 'isPartOf',
    ],
    [
      'a target without goal',
      () =>
        without((q) => q.subject.value === 'http://metadata.un.org/sdg/16.9' && q.predicate.value.endsWith('broader')),
      'http://metadata.un.org/sdg/16.9',
      'http://www.w3.org/2004/02/skos/core#broader',
    ],
    [
      'a target without notation',
      () =>
        without((q) => q.subject.value === 'http://metadata.un.org/sdg/10.7' && q.predicate.value.endsWith('notation')),
      'http://metadata.un.org/sdg/10.7',
      'http://www.w3.org/2004/02/skos/core#notation',
    ],
    [
      'contributing to a theme instead of a target',
      () => [...data, ...extra('id:odihr okg:contributesTo id:theme-hate-crime .')],
      ID + 'odihr',
      OKG + 'contributesTo',
    ],
    [
      'a status without its date',
      () =>
        without((q) => q.subject.value === ID + 'osr-cthb-country-visits' && q.predicate.value === OKG + 'statusAsOf'),
      ID + 'osr-cthb-country-visits',
      '',
    ],
    [
      'a plan with a lifecycle status',
      () => [
        ...data,
        ...extra('id:gcm-coordination okg:status okg:Ongoing ; okg:statusAsOf "2017-02"^^xsd:gYearMonth .'),
      ],
      ID + 'gcm-coordination',
      OKG + 'status',
    ],
    [
      'the old okg:Planned status',
      () => [
        ...data,
        ...extra('id:field-early-warning okg:status okg:Planned ; okg:statusAsOf "2017-02"^^xsd:gYearMonth .'),
      ],
      ID + 'field-early-warning',
      OKG + 'status',
    ],
    [
      'a plan dated like a past event',
      () => [...data, ...extra('id:gcm-briefings-2017 dcterms:date "2017"^^xsd:gYear .')],
      ID + 'gcm-briefings-2017',
      DCT + 'date',
    ],
    [
      'a non-Wikidata exactMatch',
      () => [...data, ...extra('id:ufm skos:exactMatch <http://dbpedia.org/resource/Union_for_the_Mediterranean> .')],
      ID + 'ufm',
      'http://www.w3.org/2004/02/skos/core#exactMatch',
    ],
    [
      'an owl:sameAs link',
      () => [...data, ...extra('id:osce owl:sameAs <http://www.wikidata.org/entity/Q81299> .')],
      ID + 'osce',
      'http://www.w3.org/2002/07/owl#sameAs',
    ],
    [
      'a partner group made an OSCE body',
      () => [...data, ...extra('id:mediterranean-partners a okg:OSCEBody ; org:subOrganizationOf id:osce .')],
      ID + 'mediterranean-partners',
      '',
    ],
    [
      'a partner state put under the OSCE',
      () => [...data, ...extra('id:algeria org:subOrganizationOf id:osce .')],
      ID + 'algeria',
      'http://www.w3.org/ns/org#subOrganizationOf',
    ],
    [
      'a partner group put under the Partners, under the OSCE',
      () => [...data, ...extra('id:partners-for-cooperation org:memberOf id:osce .')],
      ID + 'partners-for-cooperation',
      '',
    ],
    [
      'a Partner for Co-operation made a participating State',
      () => [...data, ...extra('id:japan org:memberOf id:osce .')],
      ID + 'japan',
      '',
    ],
    [
      'the participating States made a unit',
      () => [...data, ...extra('id:participating-states org:subOrganizationOf id:osce .')],
      ID + 'participating-states',
      'http://www.w3.org/ns/org#subOrganizationOf',
    ],
    [
      'a post made a sub-organization',
      () => [...data, ...extra('id:osce-secretary-general org:subOrganizationOf id:osce .')],
      ID + 'osce-secretary-general',
      'http://www.w3.org/ns/org#subOrganizationOf',
    ],
    [
      'a post in no organization',
      () => without((q) => q.subject.value === ID + 'iom-deputy-director' && q.predicate.value.endsWith('postIn')),
      ID + 'iom-deputy-director',
      'http://www.w3.org/ns/org#postIn',
    ],
    [
      'a post typed as an OSCE body',
      () => [...data, ...extra('id:osce-secretary-general a okg:OSCEBody .')],
      ID + 'osce-secretary-general',
      '',
    ],
    [
      'a unit of nothing',
      () => without((q) => q.subject.value === ID + 'tntd-spmu' && q.predicate.value.endsWith('unitOf')),
      ID + 'tntd-spmu',
      'http://www.w3.org/ns/org#unitOf',
    ],
    [
      'one identifier for two documents',
      () => [...data, ...extra('id:border-security-management-concept dcterms:identifier "MC.DEC/2/05" .')],
      'MC.DEC/2/05',
      '',
    ],
    [
      'a cited form equal to the identifier',
      () => [...data, ...extra('id:pc-dec-557 okg:citedAs "PC.DEC/557" .')],
      ID + 'pc-dec-557',
      OKG + 'citedAs',
    ],
    [
      'a curation graph with no rule',
      () => without((q) => q.subject.value === ID + 'curation-wikidata' && q.predicate.value.endsWith('#comment')),
      ID + 'curation-wikidata',
      'http://www.w3.org/2000/01/rdf-schema#comment',
    ],
    [
      'a theme outside the scheme',
      () => [
        ...data,
        ...extra('id:theme-x a okg:Theme ; rdfs:label "X"@en ; skos:prefLabel "X"@en ; skos:topConceptOf id:themes .'),
      ],
      ID + 'theme-x',
      'http://www.w3.org/2004/02/skos/core#inScheme',
    ],
  ];

  it('accepts a Ministerial Council document identifier (MC.DOC)', async () => {
    const violations = await shaclViolations(data, shapes);
    expect(violations.filter((v) => v.focus === ID + 'border-security-management-concept')).toEqual([]);
    expect(data.some((q) => q.object.value === 'MC.DOC/2/05')).toBe(true);
  });

  it.each(cases)('%s', async (_, broken, focus, path) => {
    const violations = await shaclViolations(broken(), shapes);
    expect(violations.length).toBeGreaterThan(0);
    expect(
      violations.some((v) => v.focus === focus && (path === '' || v.path === path)),
      JSON.stringify(violations),
    ).toBe(true);
  });
});
