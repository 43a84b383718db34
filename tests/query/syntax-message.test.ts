// SPARQL syntax errors as sentences about the offending token (not Oxigraph's list of grammar ranges), with
// line:column.
import * as oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { QuerySyntaxError } from '../../src/query/limits';
import { createOxigraphEngine } from '../../src/query/oxigraph-engine';
import { expectedList } from '../../src/query/syntax-message';

const engine = createOxigraphEngine(oxigraph, []);

// [query, line, column, reason]
const BAD: [string, number, number, RegExp][] = [
  ['SELECT * WHERE { ?s okg:p ?o }', 1, 21, /^prefix okg: is not declared/],
  ['PREFIX ex: <http://e/>\nSELECT * WHERE {\n  ?s ex:p ?o ; foaf:name ?n }', 3, 16, /^prefix foaf: is not declared/],
  ['SELECT * WHERE { ?s ?p ?o ', 1, 26, /^expected '}' after '\?o' to close the '\{' opened at 1:16/],
  ['SELECT * WHERE { ?s ?p ?o . FILTER( }', 1, 37, /^expected '\)' to close the '\(' opened at 1:35, found '}'/],
  ['SELECT ?s WHERE { ?s ?p ?o . ) }', 1, 30, /^expected '}' to close the '\{' opened at 1:17, found '\)'/],
  ['SELECT * { ?s ?p ?o } }', 1, 23, /^unexpected '}': no '\{' is open/],
  ['SELEC * WHERE { ?s ?p ?o }', 1, 1, /^'SELEC' cannot start a query: expected SELECT, ASK, CONSTRUCT or DESCRIBE/],
  [
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?s\nWHER { ?s rdfs:label ?l }',
    3,
    1,
    /^'WHER' is not a SPARQL keyword: expected .*WHERE/,
  ],
  ['SELECT * WHERE { ?s ?p "abc }', 1, 24, /^the string that starts here is not closed/],
  ['SELECT * WHERE { ?s ?p ?o } LIMIT x', 1, 35, /^expected .*a number after 'LIMIT', found 'x'/],
  ['SELECT * WHERE { ?s ?p ?o } ORDER BY', 1, 37, /^expected a variable.* after 'BY', found the end of the query/],
  ['ASK { <bad iri> ?p ?o }', 1, 7, /^invalid IRI/],
  ['SELECT ?s WHERE { ?s ?p ?o OPTIONAL ?x }', 1, 37, /^expected '\{' after 'OPTIONAL', found '\?x'/],
  ['SELECT ?s WHERE { ?s ?p "𝄞" . ?s ?q ?o . ) }', 1, 42, /found '\)'/],
];

describe('SPARQL syntax errors read as sentences', () => {
  it.each(BAD)('%j → %i:%i', async (query, line, column, reason) => {
    const error = await engine.query(query).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(QuerySyntaxError);
    const syntax = error as QuerySyntaxError;
    expect([syntax.line, syntax.column]).toEqual([line, column]);
    expect(syntax.reason).toMatch(reason);
    expect(syntax.message).toContain(`(${line}:${column})`);
    // Never the grammar's character ranges
    expect(syntax.message).not.toMatch(/\\u\{|\.\.=|\[_\]/);
  });

  it('names character classes and drops the rest of the expected list', () => {
    expect(expectedList(`expected one of "}", ['0'..='9'], [_]`)).toBe(`'}' or a number`);
    expect(expectedList('expected [_]')).toBeUndefined();
  });
});
