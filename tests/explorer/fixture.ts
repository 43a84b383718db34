// A small dataset for the explorer's view-logic tests: bodies, a partner, a decision, SDG goal and targets, passages,
// a source document, and a sliver of ontology (which the explorer must keep off the canvas).
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';

export const ID = 'https://w3id.org/osce-kg/id/';
export const OKG = 'https://w3id.org/osce-kg/ontology#';
export const SDG = 'http://metadata.un.org/sdg/';

const PREFIXES = `
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix sdg: <http://metadata.un.org/sdg/> .
@prefix sdgo: <http://metadata.un.org/sdg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix wd: <http://www.wikidata.org/entity/> .
`;

export const SOURCE_TEXT =
  'The OSCE works on migration.\nODIHR   works with\nIOM on labour migration.\nDecision 3/16 was adopted in Hamburg.';

export const FIXTURE = `
id:p1 {
  id:odihr a okg:OSCEBody ; rdfs:label "Office for Democratic Institutions and Human Rights"@en ;
    skos:altLabel "ODIHR" ; org:subOrganizationOf id:osce ; okg:partnersWith id:iom ;
    okg:contributesTo sdg:10.7 .
}
id:p2 {
  id:odihr okg:mandatedBy id:mc-dec-3-16 .
  id:mc-dec-3-16 a okg:Decision ; rdfs:label "Ministerial Council Decision No. 3/16 on the OSCE's Role in the Governance of Large Movements of Migrants and Refugees"@en ;
    dcterms:identifier "MC.DEC/3/16" ; dcterms:date "2016-12-09"^^xsd:date ; okg:adoptedBy id:mc .
}
id:odihr owl:sameAs wd:Q1065 , <javascript:alert(1)> .
id:osce a okg:OSCEBody ; rdfs:label "Organization for Security and Co-operation in Europe"@en ; skos:altLabel "OSCE" ;
  okg:curationNote "The source calls it the Organization; the record agrees."@en .
id:mc a okg:OSCEBody ; rdfs:label "OSCE Ministerial Council"@en ; org:subOrganizationOf id:osce .
id:iom a okg:Partner ; rdfs:label "International Organization for Migration"@en ; skos:altLabel "IOM" ;
  rdfs:comment "UN migration agency."@en .
id:unhcr a okg:Partner ; rdfs:label "Office of the United Nations High Commissioner for Refugees"@en ; skos:altLabel "UNHCR" ;
  okg:contributesTo sdg:16.2 .
id:cafe a okg:Theme ; rdfs:label "Café diplomacy"@en .
sdg:10 a sdgo:Goal ; skos:prefLabel "Reduce inequality within and among countries"@en ; skos:notation "10" .
sdg:10.7 a sdgo:Target ; skos:prefLabel "Facilitate orderly, safe, regular and responsible migration"@en ; skos:notation "10.7" ;
  skos:prefLabel "Faciliter la migration"@fr, "Facilitar la migración"@es ;
  skos:note "Target 10.7"@en, "Cible 10.7"@fr, "Meta 10.7"@es .
sdg:16.2 a sdgo:Target ; skos:prefLabel "End abuse, exploitation, trafficking"@en ; skos:notation "16.2" .
id:p1 a okg:Passage ; okg:quote "ODIHR works with IOM" ; dcterms:isPartOf id:doc .
id:p2 a okg:Passage ; okg:quote "Decision 3/16 was adopted" ; dcterms:isPartOf id:doc .
id:doc a okg:SourceDocument ; rdfs:label "OSCE contribution"@en ; okg:textFile "sources/doc.txt" .
okg:partnersWith a owl:ObjectProperty , owl:SymmetricProperty ; rdfs:label "partners with"@en ; rdfs:domain org:Organization .
okg:mandatedBy a owl:ObjectProperty ; rdfs:label "mandated by"@en .
okg:OSCEBody a owl:Class ; rdfs:subClassOf org:Organization ; rdfs:label "OSCE body"@en .
okg:Partner a owl:Class ; owl:unionOf ( org:Organization okg:OSCEBody ) .
`;

export function fixtureQuads(extra = ''): Quad[] {
  return new Parser({ format: 'application/trig' }).parse(PREFIXES + FIXTURE + extra);
}
