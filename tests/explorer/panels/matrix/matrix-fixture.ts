// The Matrix tests' shared fixture: a small graph of bodies, partners, targets and passages, and the panel's two
// steps (index once, count a variant) as one call.
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { computeMatrix as countMatrix, type MatrixScope } from '../../../../src/explorer/panels/matrix/matrix-counts';
import { indexQuads } from '../../../../src/explorer/panels/matrix/matrix-index';
import {
  ADDRESSES,
  CONTRIBUTES_TO,
  MATRIX_VARIANTS,
  ORGANIZED_BY,
  type MatrixVariantId,
} from '../../../../src/explorer/panels/matrix/matrix-variants';

export const PREFIXES = `
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix sdg: <http://metadata.un.org/sdg/> .
@prefix sdgo: <http://metadata.un.org/sdg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
`;

export const BASE = `${PREFIXES}
id:odihr a okg:OSCEBody ; rdfs:label "Office for Democratic Institutions and Human Rights"@en ; skos:altLabel "ODIHR", "OSCE/ODIHR" .
id:oceea a okg:OSCEBody ; rdfs:label "Office of the Co-ordinator of OSCE Economic and Environmental Activities"@en .
id:idle a okg:OSCEBody ; rdfs:label "Idle Unit"@en .
id:iom a okg:Partner ; rdfs:label "International Organization for Migration"@en .
id:handbook a okg:Publication ; rdfs:label "Handbook on labour migration"@en .
id:training a okg:Activity ; rdfs:label "Training on migration data"@en .
sdg:10.7 a sdgo:Target ; skos:prefLabel "Facilitate orderly, safe, regular and responsible migration"@en .
sdg:8.8 a sdgo:Target ; skos:prefLabel "Protect labour rights"@en .
sdg:10.10 a sdgo:Target ; skos:prefLabel "A made-up target to check numeric ordering"@en .
sdg:10.a a sdgo:Target ; skos:prefLabel "Special and differential treatment"@en .
sdg:16.9 a sdgo:Target ; skos:prefLabel "Legal identity"@en .
sdg:10 a sdgo:Goal .
id:p1 a okg:Passage ; okg:quote "ODIHR contributes to 10.7." .
id:p2 a okg:Passage ; okg:quote "ODIHR again, for 10.7." .
id:p3 a okg:Passage ; okg:quote "The Handbook serves 8.8 and 10.7." .
id:p4 a okg:Passage ; okg:quote "OCEEA and ODIHR produced the Handbook." .
`;

/** The panel's two steps: index the quads once, count a variant (under the filters' scope). */
export function computeMatrix(quads: readonly Quad[], variant: MatrixVariantId = 'targets', scope?: MatrixScope) {
  return countMatrix(indexQuads(quads, [CONTRIBUTES_TO, ADDRESSES, ORGANIZED_BY]), MATRIX_VARIANTS[variant], scope);
}

export function parse(trig: string): Quad[] {
  return new Parser({ format: 'application/trig' }).parse(trig);
}

export const ODIHR = 'https://w3id.org/osce-kg/id/odihr';
export const OCEEA = 'https://w3id.org/osce-kg/id/oceea';
export const T107 = 'http://metadata.un.org/sdg/10.7';
export const T88 = 'http://metadata.un.org/sdg/8.8';
