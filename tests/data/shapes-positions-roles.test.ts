// SHACL shapes for passage positions (Web Annotation selectors) and roles (qualified associations): each mistake is
// caught.
import { Parser, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { ID, parseFile } from './graph-files';
import { shaclViolations } from './shacl-helper';

// The files these shapes read (SHACL over the whole graph takes about a second per case here)
const data = [
  'selectors.trig',
  'roles.trig',
  'passages.trig',
  'sources.trig',
  'activities.trig',
  'publications.trig',
].flatMap(parseFile);
const shapes = parseFile('shapes.ttl');
const OA = 'http://www.w3.org/ns/oa#';
const PROV = 'http://www.w3.org/ns/prov#';
const SEL = 'https://w3id.org/osce-kg/selector/';
const PREFIXES = `@prefix okg: <https://w3id.org/osce-kg/ontology#> . @prefix id: <${ID}> . @prefix oa: <${OA}> .
@prefix prov: <${PROV}> . @prefix sel: <${SEL}> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .`;
const extra = (ttl: string): Quad[] => new Parser().parse(PREFIXES + ttl);
const without = (drop: (q: Quad) => boolean): Quad[] => data.filter((q) => !drop(q));
const is = (q: Quad, s: string, p: string) => q.subject.value === s && q.predicate.value === p;

describe('shapes for passage positions and roles catch', () => {
  it('nothing in the files they read as they are', async () => {
    const found = await shaclViolations(data, shapes);
    expect(
      found.filter(
        (v) =>
          v.focus.startsWith(SEL) ||
          v.focus.startsWith(ID + 'role-') ||
          v.path.startsWith(OA) ||
          v.path.startsWith(PROV),
      ),
    ).toEqual([]);
  });

  const cases: [string, () => Quad[], string, string][] = [
    [
      'a position selector without oa:end',
      () => without((q) => is(q, SEL + 'passage-b3-visits-position', OA + 'end')),
      SEL + 'passage-b3-visits-position',
      OA + 'end',
    ],
    [
      'a start after the end',
      () => [
        ...without((q) => is(q, SEL + 'passage-b3-visits-position', OA + 'start')),
        ...extra('sel:passage-b3-visits-position oa:start 9000 .'),
      ],
      SEL + 'passage-b3-visits-position',
      OA + 'start',
    ],
    [
      'a start written as a string',
      () => [
        ...without((q) => is(q, SEL + 'passage-b3-visits-position', OA + 'start')),
        ...extra('sel:passage-b3-visits-position oa:start "8262" .'),
      ],
      SEL + 'passage-b3-visits-position',
      OA + 'start',
    ],
    [
      'a quote selector without oa:exact',
      () => without((q) => is(q, SEL + 'passage-b3-visits-quote', OA + 'exact')),
      SEL + 'passage-b3-visits-quote',
      OA + 'exact',
    ],
    [
      'a second quote selector on a passage',
      () => [
        ...data,
        ...extra(`id:passage-b3-visits oa:hasSelector sel:x .
      sel:x a oa:TextQuoteSelector ; oa:exact "The OSR/CTHB" .`),
      ],
      ID + 'passage-b3-visits',
      '',
    ],
    [
      'an association without agent',
      () => without((q) => is(q, ID + 'role-hate-crime-project-eu', PROV + 'agent')),
      ID + 'role-hate-crime-project-eu',
      PROV + 'agent',
    ],
    [
      'an association with an unknown role',
      () => [
        ...without((q) => is(q, ID + 'role-hate-crime-project-eu', PROV + 'hadRole')),
        ...extra('id:role-hate-crime-project-eu prov:hadRole okg:SponsorRole .'),
      ],
      ID + 'role-hate-crime-project-eu',
      PROV + 'hadRole',
    ],
    [
      'an association with two roles',
      () => [...data, ...extra('id:role-hate-crime-project-eu prov:hadRole okg:OrganizerRole .')],
      ID + 'role-hate-crime-project-eu',
      PROV + 'hadRole',
    ],
    [
      'a qualified association on a body',
      () => [...data, ...extra('id:odihr prov:qualifiedAssociation id:role-hate-crime-project-eu .')],
      ID + 'odihr',
      '',
    ],
  ];

  it.each(cases)('%s', async (_name, mutate, focus, path) => {
    const found = await shaclViolations(mutate(), shapes);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((v) => v.focus === focus && (path === '' || v.path === path))).toBe(true);
  });
});
