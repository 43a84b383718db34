// Small inline datasets for the domain tests, parsed with n3 directly (no dependency on src/rdf/parse).
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';

export const PREFIXES = `
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix sdg: <http://metadata.un.org/sdg/> .
@prefix sdgo: <http://metadata.un.org/sdg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix p: <https://w3id.org/osce-kg/id/passage/> .
`;

export function trig(text: string): Quad[] {
  return new Parser({ format: 'application/trig' }).parse(PREFIXES + text);
}

export const ID = 'https://w3id.org/osce-kg/id/';
export const OKG = 'https://w3id.org/osce-kg/ontology#';
export const P = 'https://w3id.org/osce-kg/id/passage/';

/** A small slice of the domain: two bodies, a partner, a decision, a target, two passages. */
export const SAMPLE = `
p:p1 {
  id:odihr a okg:OSCEBody ; rdfs:label "Office for Democratic Institutions and Human Rights"@en ;
    skos:altLabel "ODIHR" ; org:subOrganizationOf id:osce ; okg:partnersWith id:iom .
  id:osce a okg:OSCEBody ; rdfs:label "Organization for Security and Co-operation in Europe"@en ;
    skos:altLabel "OSCE" .
}
p:p2 {
  id:odihr okg:partnersWith id:iom ; okg:mandatedBy id:mc-dec-2-05 .
  id:iom a okg:Partner ; rdfs:label "International Organization for Migration"@en ; skos:altLabel "IOM" .
  id:iom okg:partnersWith id:odihr .
  id:mc-dec-2-05 a okg:Decision ; rdfs:label "Ministerial Council Decision No. 2/05 on Migration"@en ;
    dcterms:identifier "MC.DEC/2/05" ; dcterms:date "2005"^^xsd:gYear ; okg:adoptedBy id:mc .
  id:odihr okg:contributesTo sdg:10.7 .
}
p:p1 a okg:Passage ; okg:quote "ODIHR works with IOM" ; dcterms:isPartOf id:doc .
p:p2 a okg:Passage ; okg:quote "Decision 2/05" ; dcterms:isPartOf id:doc .
id:doc a okg:SourceDocument ; rdfs:label "OSCE contribution"@en .
sdg:10.7 a sdgo:Target ; skos:prefLabel "Facilitate orderly, safe, regular and responsible migration"@en ;
  skos:notation "10.7" .
`;
