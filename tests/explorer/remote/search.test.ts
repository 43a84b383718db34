// Remote mode: the endpoint search (query builder + answer → suggestions), run on a real Oxigraph engine.
import { beforeAll, describe, expect, it } from 'vitest';
import * as oxigraph from 'oxigraph';
import { Parser } from 'n3';
import { createOxigraphEngine, type OxigraphEngine } from '../../../src/query/oxigraph-engine';
import { MAX_SEARCH_LENGTH, searchQuery, searchText } from '../../../src/explorer/remote/queries';
import { searchSuggestions } from '../../../src/explorer/remote/results';

const ID = 'https://w3id.org/osce-kg/id/';
const TTL = `@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix id: <${ID}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix sdgo: <http://metadata.un.org/sdg/ontology#> .
id:odihr a okg:OSCEBody, org:Organization ; rdfs:label "Office for Democratic Institutions and Human Rights"@en,
  "Bureau des institutions démocratiques et des droits de l'homme"@fr ; skos:altLabel "ODIHR" .
id:odihr-report a okg:Publication ; rdfs:label "ODIHR annual report"@en .
id:dec a okg:Decision ; rdfs:label "Decision on migration governance"@en ; dcterms:identifier "MC.DEC/3/16" .
<http://metadata.un.org/sdg/10.7> a sdgo:Target ; skos:prefLabel "Facilitate orderly migration"@en ; skos:notation "10.7" .
id:quoted a okg:Theme ; rdfs:label "Say \\"hello\\" to all"@en .
id:unlabelled skos:altLabel "ZZ-UNLABELLED" .
id:note rdfs:comment "ODIHR appears in a comment only" .
`;

let engine: OxigraphEngine;
beforeAll(() => {
  engine = createOxigraphEngine(oxigraph, new Parser({ format: 'text/turtle' }).parse(TTL));
});

/** As RemoteSource.search does it: text too short is not sent at all. */
async function search(text: string, limit = 10) {
  const sent = searchText(text);
  return sent === '' ? [] : searchSuggestions(sent, await engine.query(searchQuery(sent)), limit);
}

describe('searchText', () => {
  it.each([
    ['  ODIHR  ', 'ODIHR'],
    ['migration\n  governance', 'migration governance'],
    ['O', ''],
    ['   ', ''],
    ['10', '10'],
  ])('%j is sent as %j', (input, sent) => {
    expect(searchText(input)).toBe(sent);
  });

  it('cuts a pasted paragraph to its first characters', () => {
    expect(searchText('x'.repeat(5000))).toHaveLength(MAX_SEARCH_LENGTH);
  });
});

describe('search on the endpoint', () => {
  it.each([
    // text, expected first key, label shown, matched term shown, kind
    ['odihr', `${ID}odihr`, 'Office for Democratic Institutions and Human Rights', 'ODIHR', 'body'],
    ['MC.DEC/3/16', `${ID}dec`, 'Decision on migration governance', 'MC.DEC/3/16', 'decision'],
    ['10.7', 'http://metadata.un.org/sdg/10.7', 'Facilitate orderly migration', '10.7', 'target'],
    ['democratic inst', `${ID}odihr`, 'Office for Democratic Institutions and Human Rights', null, 'body'],
    ['say "hello"', `${ID}quoted`, 'Say "hello" to all', null, 'theme'],
  ])('%j finds %s first', async (text, key, label, matched, kind) => {
    const [first] = await search(text);
    expect(first).toEqual({ key, label, matched, kind, field: expect.any(String) as string });
  });

  it('ranks an exact acronym above a label that merely contains it, and reads only names, not comments', async () => {
    const found = await search('ODIHR');
    expect(found.map((s) => s.key)).toEqual([`${ID}odihr`, `${ID}odihr-report`]);
    expect(found[0]?.field).toBe('altLabel');
  });

  it('gives one suggestion per entity, however many labels and types it has', async () => {
    const found = await search('o', 50); // too short to send: nothing
    expect(found).toEqual([]);
    const all = await search('tion', 50);
    expect(new Set(all.map((s) => s.key)).size).toBe(all.length);
  });

  it('falls back to the matched term, then the local name, for an entity without rdfs:label', async () => {
    const [first] = await search('zz-unlabelled');
    expect(first?.key).toBe(`${ID}unlabelled`);
    expect(first?.kind).toBe('other');
  });

  it('respects the limit', async () => {
    expect(await search('o', 1)).toHaveLength(0);
    expect(await search('ti', 2)).toHaveLength(2);
  });

  it('keeps hostile text inside its string: a quote and brace cannot widen the query', async () => {
    const text = '") } UNION { ?s ?p ?m } #';
    const result = await engine.query(searchQuery(searchText(text)));
    expect(result.kind === 'bindings' ? result.rows : null).toEqual([]);
  });
});
