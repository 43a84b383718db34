// Compares query results from two engines (local Oxigraph vs a store) as multisets of rows, blank nodes aside.
import type { Term } from '@rdfjs/types';
import type { QueryResult } from '../../../src/query/engine';

const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** A term as comparable text: blank nodes are all alike (their labels are local to each engine). */
export function termText(term: Term | undefined): string {
  if (!term) return '∅';
  if (term.termType === 'BlankNode') return '_:b';
  if (term.termType === 'Literal') {
    // Stores differ on numbers' lexical forms (1 vs "1"^^xsd:integer is the same) and on xsd:string marking.
    const dt = term.datatype.value;
    if (/#(integer|int|long|decimal|double|float)$/.test(dt) && dt.startsWith(XSD)) return `num:${Number(term.value)}`;
    return `"${term.value}"@${term.language.toLowerCase()}^^${term.language ? '' : dt === `${XSD}string` ? '' : dt}`;
  }
  return `<${term.value}>`;
}

/** Sorted row texts of a result (quads as triples), so that ties in ORDER BY do not matter. */
export function resultRows(result: QueryResult): string[] {
  if (result.kind === 'boolean') return [String(result.value)];
  if (result.kind === 'quads') {
    return [
      ...new Set(result.quads.map((q) => `${termText(q.subject)} ${termText(q.predicate)} ${termText(q.object)}`)),
    ].sort();
  }
  return result.rows.map((row) => result.variables.map((v) => `${v}=${termText(row[v])}`).join(' | ')).sort();
}
