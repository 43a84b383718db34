// Implicit prefixes: which known prefixes a query uses undeclared, the text the engine runs, positions mapped back.
import { describe, expect, it } from 'vitest';
import {
  implicitPrefixes,
  toUserPosition,
  usedPrefixes,
  withImplicitPrefixes,
} from '../../../../src/explorer/panels/query/implicit-prefixes';
import { PREFIXES } from '../../../../src/rdf/vocab';

describe('usedPrefixes', () => {
  it('finds the prefixes of prefixed names, in order of first use, datatypes included', () => {
    expect(
      usedPrefixes('SELECT * WHERE { ?s a okg:Partner ; rdfs:label ?l FILTER(?n > "1"^^xsd:integer) ?s okg:x ?o }'),
    ).toEqual(['okg', 'rdfs', 'xsd']);
  });

  it('ignores names inside IRIs, strings, long strings and comments, and variables and blank nodes', () => {
    const text = [
      'SELECT ?okg WHERE { # skos:Concept is not used here',
      '  ?s <http://www.w3.org/ns/org#memberOf> "dcterms:title" .',
      "  ?s ?p '''prov:x",
      "  org:y''' . _:b1 ?q $sdg .",
      '}',
    ].join('\n');
    expect(usedPrefixes(text)).toEqual([]);
  });

  it('reads a local name with a colon once, and the empty prefix as ""', () => {
    expect(usedPrefixes('SELECT * { ?s okg:a:b :x }')).toEqual(['okg', '']);
  });

  it('tells the less-than operator from an IRI', () => {
    expect(usedPrefixes('SELECT * { ?s okg:n ?n FILTER(?n < 3 && ?n > 1) ?s skos:notation ?x }')).toEqual([
      'okg',
      'skos',
    ]);
  });
});

describe('implicitPrefixes', () => {
  it('lists only known prefixes that are used and not declared', () => {
    const text = 'PREFIX okg: <urn:other#>\nSELECT * { ?s okg:p ?o ; rdfs:label ?l ; ex:q ?r ; skos:altLabel ?a }';
    expect(implicitPrefixes(text)).toEqual(['rdfs', 'skos']);
  });

  it('never takes an inherited property name for a known prefix', () => {
    expect(implicitPrefixes('SELECT * { ?s constructor:x ?o ; __proto__:y ?p ; toString:z ?q }')).toEqual([]);
  });
});

describe('withImplicitPrefixes', () => {
  it('declares the implicit prefixes on the first line, so later lines keep their numbers', () => {
    const text = 'SELECT ?l WHERE {\n  id:odihr rdfs:label ?l\n}';
    const prepared = withImplicitPrefixes(text);
    expect(prepared.implicit).toEqual(['id', 'rdfs']);
    expect(prepared.sparql).toBe(`PREFIX id: <${PREFIXES.id}> PREFIX rdfs: <${PREFIXES.rdfs}> ${text}`);
    expect(prepared.sparql.split('\n').slice(1)).toEqual(text.split('\n').slice(1));
    expect(prepared.shift).toBe(prepared.sparql.length - text.length);
  });

  it('leaves a query that declares everything untouched', () => {
    const text = `PREFIX okg: <${PREFIXES.okg}>\nASK { ?s a okg:Partner }`;
    expect(withImplicitPrefixes(text)).toEqual({ sparql: text, implicit: [], shift: 0 });
  });

  it('keeps a leading comment a comment (the declarations come before it)', () => {
    const prepared = withImplicitPrefixes('# partners\nASK { ?s a okg:Partner }');
    expect(prepared.sparql.split('\n')[0]).toBe(`PREFIX okg: <${PREFIXES.okg}> # partners`);
  });
});

describe('toUserPosition', () => {
  const prepared = withImplicitPrefixes('SELECT * WHERE { ?s a okg:Partner ?o }');

  it('moves columns of the first line back over the declarations, and leaves other lines alone', () => {
    expect(toUserPosition(prepared, 1, prepared.shift + 5)).toEqual({ line: 1, column: 5 });
    expect(toUserPosition(prepared, 2, 7)).toEqual({ line: 2, column: 7 });
  });

  it('puts a position inside the added declarations at the start of the text', () => {
    expect(toUserPosition(prepared, 1, 3)).toEqual({ line: 1, column: 1 });
  });
});
