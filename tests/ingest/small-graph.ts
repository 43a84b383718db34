// A small graph for the ingestion tests: a few bodies, partners, a decision, a theme and SDG targets.
import type { Quad } from '@rdfjs/types';
import { parseRdf } from '../../src/rdf/parse';

const TRIG = `
@prefix okg: <https://w3id.org/osce-kg/ontology#> . @prefix id: <https://w3id.org/osce-kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> . @prefix sdg: <http://metadata.un.org/sdg/> . @prefix sdgo: <http://metadata.un.org/sdg/ontology#> .
id:p1 {
  id:osce a okg:OSCEBody ; rdfs:label "Organization for Security and Co-operation in Europe"@en ; skos:altLabel "OSCE"@en .
  id:odihr a okg:OSCEBody ; rdfs:label "Office for Democratic Institutions and Human Rights"@en ; skos:altLabel "ODIHR"@en .
  id:un a okg:Partner ; rdfs:label "United Nations"@en ; skos:altLabel "UN"@en .
  id:unodc a okg:Partner ; rdfs:label "United Nations Office on Drugs and Crime"@en ; skos:altLabel "UNODC"@en .
  id:ilo a okg:Partner ; rdfs:label "International Labour Organization"@en ; skos:altLabel "ILO"@en .
  id:eu a okg:Partner ; rdfs:label "European Union"@en ; skos:altLabel "EU"@en .
  id:mc a okg:OSCEBody ; rdfs:label "OSCE Ministerial Council"@en ; skos:altLabel "MC"@en .
  id:mc-dec-2-05 a okg:Decision ; rdfs:label "Ministerial Council Decision No. 2/05 on Migration"@en ; dcterms:identifier "MC.DEC/2/05" .
  id:theme-labour-migration a okg:Theme ; rdfs:label "Labour migration"@en .
  id:theme-trafficking a okg:Theme ; rdfs:label "Trafficking in human beings"@en ; skos:altLabel "human trafficking"@en .
  id:programme a okg:Activity ; rdfs:label "Youth Programme"@en .
  id:central-asia a okg:Region ; rdfs:label "Central Asia"@en .
  id:med a okg:OSCEBody ; rdfs:label "Mediterranean Partners"@en .
  id:egypt a okg:Country ; rdfs:label "Egypt"@en . id:jordan a okg:Country ; rdfs:label "Jordan"@en .
  sdg:8 a sdgo:Goal ; rdfs:label "Promote decent work"@en ; skos:notation "8" .
  sdg:8.7 a sdgo:Target ; rdfs:label "Take immediate measures"@en ; skos:notation "8.7" .
}`;

export async function smallGraph(): Promise<Quad[]> {
  return parseRdf(TRIG, { format: 'trig' });
}
