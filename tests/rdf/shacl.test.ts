// validateShacl: a real SHACL engine on small inline shapes and data.
import { describe, expect, it } from 'vitest';
import { parseRdf } from '../../src/rdf/parse';
import { validateShacl } from '../../src/rdf/shacl';

const PREFIXES = `@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
`;

const SHAPES =
  PREFIXES +
  `
okg:BodyShape a sh:NodeShape ;
  sh:targetClass okg:OSCEBody ;
  sh:property [ sh:path rdfs:label ; sh:minCount 1 ; sh:maxCount 1 ; sh:languageIn ("en") ] ;
  sh:property [ sh:path dcterms:date ; sh:datatype xsd:gYear ; sh:severity sh:Warning ] ;
  sh:property [ sh:path okg:partnersWith ; sh:nodeKind sh:IRI ] .
okg:SparqlShape a sh:NodeShape ;
  sh:targetClass okg:Decision ;
  sh:sparql [ sh:select """SELECT $this WHERE { FILTER NOT EXISTS { $this <http://purl.org/dc/terms/identifier> ?id } }""" ;
              sh:message "decision without identifier" ] .
`;

const cases: {
  name: string;
  data: string;
  expected: { severity: string; focus: string; constraint: string; path?: string }[];
}[] = [
  {
    name: 'conforming data',
    expected: [],
    data: 'id:odihr a okg:OSCEBody ; rdfs:label "ODIHR"@en ; dcterms:date "1991"^^xsd:gYear .',
  },
  {
    name: 'missing label',
    expected: [
      {
        severity: 'violation',
        focus: 'https://w3id.org/osce-kg/id/odihr',
        constraint: 'sh:MinCountConstraintComponent',
        path: '<http://www.w3.org/2000/01/rdf-schema#label>',
      },
    ],
    data: 'id:odihr a okg:OSCEBody .',
  },
  {
    name: 'two labels, one not English',
    expected: [
      {
        severity: 'violation',
        focus: 'https://w3id.org/osce-kg/id/odihr',
        constraint: 'sh:LanguageInConstraintComponent',
      },
      {
        severity: 'violation',
        focus: 'https://w3id.org/osce-kg/id/odihr',
        constraint: 'sh:MaxCountConstraintComponent',
      },
    ],
    data: 'id:odihr a okg:OSCEBody ; rdfs:label "ODIHR"@en, "BIDDH"@fr .',
  },
  {
    name: 'wrong datatype is a warning',
    expected: [
      { severity: 'warning', focus: 'https://w3id.org/osce-kg/id/odihr', constraint: 'sh:DatatypeConstraintComponent' },
    ],
    data: 'id:odihr a okg:OSCEBody ; rdfs:label "ODIHR"@en ; dcterms:date "1991" .',
  },
  {
    name: 'literal where an IRI belongs',
    expected: [
      {
        severity: 'violation',
        focus: 'https://w3id.org/osce-kg/id/odihr',
        constraint: 'sh:NodeKindConstraintComponent',
      },
    ],
    data: 'id:odihr a okg:OSCEBody ; rdfs:label "ODIHR"@en ; okg:partnersWith "IOM" .',
  },
  {
    name: 'SPARQL-based constraint',
    expected: [
      {
        severity: 'violation',
        focus: 'https://w3id.org/osce-kg/id/mc-dec-1',
        constraint: 'sh:SPARQLConstraintComponent',
      },
    ],
    data: 'id:mc-dec-1 a okg:Decision .',
  },
];

describe('validateShacl', () => {
  it.each(cases)('$name', async ({ data, expected }) => {
    const shapes = await parseRdf(SHAPES, { format: 'ttl' });
    const results = await validateShacl(await parseRdf(PREFIXES + data, { format: 'ttl' }), shapes);
    const got = results
      .map((r) => ({
        severity: r.severity,
        focus: r.focus,
        constraint: r.constraint,
        ...(expected.some((e) => e.path) && r.path ? { path: r.path } : {}),
      }))
      .sort((a, b) => a.constraint.localeCompare(b.constraint));
    expect(got).toEqual(expected);
    for (const r of results) expect(r.message.length).toBeGreaterThan(0);
  });

  it('sees one triple asserted in two graphs as one statement (no false maxCount)', async () => {
    const shapes = await parseRdf(SHAPES, { format: 'ttl' });
    const data = await parseRdf(
      PREFIXES + 'id:p1 { id:odihr a okg:OSCEBody ; rdfs:label "ODIHR"@en } id:p2 { id:odihr rdfs:label "ODIHR"@en }',
      { format: 'trig' },
    );
    expect(await validateShacl(data, shapes)).toEqual([]);
  });
});
