// Oxigraph's WASM-backed terms as plain n3 terms, with as few calls into WASM as possible.
import { DataFactory } from 'n3';
import type { Term } from '@rdfjs/types';
import { toN3Term } from './terms';

/** Oxigraph's term classes (same in `oxigraph` and `oxigraph/web.js`); a class check costs no call into WASM. */
export interface OxigraphTermClasses {
  NamedNode: abstract new (...args: never[]) => unknown;
  Literal: abstract new (...args: never[]) => unknown;
}

interface OxigraphLiteral {
  value: string;
  language: string;
  datatype: { value: string };
}

/**
 * The n3 term for an Oxigraph term. Every property read on an Oxigraph term crosses into WASM and copies a
 * string out (termType included): IRIs, the bulk of most results, are recognised by class and read once.
 */
export function fromOxigraphTerm(term: Term, classes: OxigraphTermClasses | undefined): Term {
  if (classes) {
    if (term instanceof classes.NamedNode) return DataFactory.namedNode(term.value);
    if (term instanceof classes.Literal) {
      const literal = term as unknown as OxigraphLiteral;
      const language = literal.language;
      // A language-tagged string's datatype is rdf:langString: not read (n3 sets it from the tag)
      return language
        ? DataFactory.literal(literal.value, language)
        : DataFactory.literal(literal.value, DataFactory.namedNode(literal.datatype.value));
    }
  }
  return toN3Term(term);
}
