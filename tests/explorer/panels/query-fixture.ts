// A small dataset for the query and paths panel tests: two bodies, a partner, a passage with its quote, an ontology
// label.
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { datasetToGraph } from '../../../src/kg/to-graph';

export const ID = 'https://w3id.org/osce-kg/id/';
export const OKG = 'https://w3id.org/osce-kg/ontology#';

export const TRIG = `
@prefix okg: <${OKG}> .
@prefix id: <${ID}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix org: <http://www.w3.org/ns/org#> .

okg:partnersWith rdfs:label "works with"@en .
id:odihr a okg:OSCEBody ; rdfs:label "Office for Democratic Institutions and Human Rights"@en ; skos:altLabel "ODIHR" .
id:iom a okg:Partner ; rdfs:label "International Organization for Migration"@en ; skos:altLabel "IOM" .
id:osce a okg:OSCEBody ; rdfs:label "Organization for Security and Co-operation in Europe"@en ; skos:altLabel "OSCE" .
id:p1 a okg:Passage ; okg:quote "developed by OCEEA and ODIHR together with IOM and ILO" .
id:p2 a okg:Passage ; okg:quote "ODIHR is an institution of the OSCE" .
id:p1 { id:odihr okg:partnersWith id:iom . }
id:p2 { id:odihr org:subOrganizationOf id:osce . }
`;

export function fixtureQuads(): Quad[] {
  return new Parser({ format: 'application/trig' }).parse(TRIG);
}

export function fixtureGraph() {
  return datasetToGraph(fixtureQuads());
}
