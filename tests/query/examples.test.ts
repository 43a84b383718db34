// Every example query parses and answers its question over a small dataset in the contract vocabulary.
import { describe, expect, it } from 'vitest';
import * as oxigraph from 'oxigraph';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { EXAMPLE_QUERIES, exampleQuery } from '../../src/query/examples';
import { createOxigraphEngine } from '../../src/query/oxigraph-engine';
import type { QueryResult } from '../../src/query/engine';

const quads = new Parser({ format: 'application/trig' }).parse(`
@prefix okg: <https://w3id.org/osce-kg/ontology#> . @prefix id: <https://w3id.org/osce-kg/id/> .
@prefix org: <http://www.w3.org/ns/org#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix sdg: <http://metadata.un.org/sdg/> . @prefix sdgo: <http://metadata.un.org/sdg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix p: <https://w3id.org/osce-kg/id/passage/> .
p:1 {
  id:tntd a okg:OSCEBody ; rdfs:label "Transnational Threats Department"@en .
  id:atu a okg:OSCEBody ; rdfs:label "Action against Terrorism Unit"@en ; org:subOrganizationOf id:tntd .
  id:bsmu a okg:OSCEBody ; rdfs:label "Border Security and Management Unit"@en ; org:subOrganizationOf id:tntd .
  id:odihr a okg:OSCEBody ; rdfs:label "Office for Democratic Institutions and Human Rights"@en ; okg:partnersWith id:iom .
  id:iom a okg:Partner ; rdfs:label "International Organization for Migration"@en .
}
p:2 {
  id:odihr okg:mandatedBy id:mc-dec-2-05 ; okg:contributesTo sdg:10.7 ; okg:addresses id:labour-migration .
  id:mc-dec-2-05 a okg:Decision ; rdfs:label "Decision on Migration"@en ; dcterms:identifier "MC.DEC/2/05" ;
    dcterms:date "2005"^^xsd:gYear ; okg:adoptedBy id:mc .
  id:mc-dec-5-09 a okg:Decision ; rdfs:label "Decision on Migration Management"@en ; dcterms:identifier "MC.DEC/5/09" ;
    dcterms:date "2009"^^xsd:gYear ; okg:adoptedBy id:mc .
  id:mc a okg:OSCEBody ; rdfs:label "Ministerial Council"@en .
  id:labour-migration a okg:Theme ; rdfs:label "labour migration"@en .
}
p:1 a okg:Passage ; okg:quote "ODIHR works with IOM." .
p:2 a okg:Passage ; okg:quote "Decision 2/05." .
sdg:10.7 a sdgo:Target ; skos:prefLabel "Facilitate orderly, safe, regular and responsible migration"@en ; skos:notation "10.7" .
`) as Quad[];

const engine = createOxigraphEngine(oxigraph, quads);

function size(r: QueryResult): number {
  return r.kind === 'bindings' ? r.rows.length : r.kind === 'quads' ? r.quads.length : Number(r.value);
}

describe('EXAMPLE_QUERIES', () => {
  it('have unique ids, titles and descriptions', () => {
    expect(new Set(EXAMPLE_QUERIES.map((q) => q.id)).size).toBe(EXAMPLE_QUERIES.length);
    for (const q of EXAMPLE_QUERIES) expect(q.title.length && q.description.length).toBeGreaterThan(0);
    expect(exampleQuery('partners')?.title).toBe('Who works with whom');
  });

  it.each(EXAMPLE_QUERIES.filter((q) => q.id !== 'undocumented').map((q) => [q.id, q] as const))(
    '%s answers',
    async (_id, q) => {
      expect(size(await engine.query(q.sparql))).toBeGreaterThan(0);
    },
  );

  it('undocumented finds nothing here, and finds a statement put outside any passage', async () => {
    const q = exampleQuery('undocumented')?.sparql as string;
    expect(size(await engine.query(q))).toBe(0);
    const extra = new Parser().parse(
      '<https://w3id.org/osce-kg/id/a> <https://w3id.org/osce-kg/ontology#partnersWith> <https://w3id.org/osce-kg/id/b> .',
    ) as Quad[];
    const r = await createOxigraphEngine(oxigraph, [...quads, ...extra]).query(q);
    expect(size(r)).toBe(1);
  });

  it.each([
    ['partners', 'bodyLabel', ['Office for Democratic Institutions and Human Rights']],
    ['units', 'units', ['2']],
    ['timeline', 'identifier', ['MC.DEC/2/05', 'MC.DEC/5/09']],
    ['sdg-target', 'contributorLabel', ['Office for Democratic Institutions and Human Rights']],
    ['evidence', 'quote', ['ODIHR works with IOM.']],
    ['mandates', 'identifier', ['MC.DEC/2/05']],
  ])('%s gives ?%s = %j', async (id, variable, values) => {
    const r = await engine.query(exampleQuery(id)?.sparql as string);
    if (r.kind !== 'bindings') throw new Error('expected bindings');
    expect(r.rows.map((row) => row[variable]?.value)).toEqual(values);
  });
});
