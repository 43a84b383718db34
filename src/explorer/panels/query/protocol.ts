// Messages between the query panel and its Web Worker, with terms in a plain (structured-clone safe) form.
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { QueryResult } from '../../../query/engine';

/** A term as SPARQL 1.1 JSON results write it; class instances do not survive postMessage. */
export type WireTerm =
  | { type: 'uri'; value: string }
  | { type: 'bnode'; value: string }
  | { type: 'literal'; value: string; lang?: string; datatype?: string }
  | { type: 'triple'; value: { subject: WireTerm; predicate: WireTerm; object: WireTerm } };

export interface WireQuad {
  subject: WireTerm;
  predicate: WireTerm;
  object: WireTerm;
  /** Absent for the default graph. */
  graph?: WireTerm;
}

export type WireResult =
  | { kind: 'bindings'; variables: string[]; rows: Record<string, WireTerm>[]; truncated: boolean }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'quads'; quads: WireQuad[]; truncated: boolean };

export type WorkerRequest =
  | { type: 'load'; id: number; nquads: string }
  | { type: 'query'; id: number; sparql: string; rowLimit: number; timeoutMs: number };

export type WorkerResponse =
  | { type: 'loaded'; id: number; quadCount: number; ms: number }
  | { type: 'result'; id: number; result: WireResult; ms: number }
  | { type: 'error'; id: number; name: string; message: string; line?: number; column?: number };

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

export function toWireTerm(term: Term): WireTerm {
  switch (term.termType) {
    case 'NamedNode':
      return { type: 'uri', value: term.value };
    case 'BlankNode':
      return { type: 'bnode', value: term.value };
    case 'Literal': {
      if (term.language) return { type: 'literal', value: term.value, lang: term.language };
      const datatype = term.datatype.value;
      return datatype === XSD_STRING || datatype === ''
        ? { type: 'literal', value: term.value }
        : { type: 'literal', value: term.value, datatype };
    }
    case 'Quad':
      return {
        type: 'triple',
        value: { subject: toWireTerm(term.subject), predicate: toWireTerm(term.predicate), object: toWireTerm(term.object) },
      };
    default:
      // Variables and the default graph never appear as values of a result.
      return { type: 'literal', value: term.value };
  }
}

export function toWireQuad(quad: Quad): WireQuad {
  const wire: WireQuad = {
    subject: toWireTerm(quad.subject),
    predicate: toWireTerm(quad.predicate),
    object: toWireTerm(quad.object),
  };
  if (quad.graph.termType !== 'DefaultGraph') wire.graph = toWireTerm(quad.graph);
  return wire;
}

/** Back to RDF/JS terms (n3's factory), for the result writers of src/query. */
export function fromWireTerm(term: WireTerm): Term {
  switch (term.type) {
    case 'uri':
      return DataFactory.namedNode(term.value);
    case 'bnode':
      return DataFactory.blankNode(term.value);
    case 'literal':
      if (term.lang) return DataFactory.literal(term.value, term.lang);
      if (term.datatype && term.datatype !== RDF_LANG_STRING) {
        return DataFactory.literal(term.value, DataFactory.namedNode(term.datatype));
      }
      return DataFactory.literal(term.value);
    case 'triple':
      return DataFactory.quad(
        fromWireTerm(term.value.subject) as Quad['subject'],
        fromWireTerm(term.value.predicate) as Quad['predicate'],
        fromWireTerm(term.value.object) as Quad['object'],
      );
  }
}

export function fromWireQuad(quad: WireQuad): Quad {
  return DataFactory.quad(
    fromWireTerm(quad.subject) as Quad['subject'],
    fromWireTerm(quad.predicate) as Quad['predicate'],
    fromWireTerm(quad.object) as Quad['object'],
    quad.graph ? (fromWireTerm(quad.graph) as Quad['graph']) : DataFactory.defaultGraph(),
  );
}

export function toWireResult(result: QueryResult): WireResult {
  switch (result.kind) {
    case 'boolean':
      return { kind: 'boolean', value: result.value };
    case 'quads':
      return { kind: 'quads', quads: result.quads.map(toWireQuad), truncated: result.truncated };
    case 'bindings':
      return {
        kind: 'bindings',
        variables: result.variables,
        truncated: result.truncated,
        rows: result.rows.map((row) => {
          const wire: Record<string, WireTerm> = {};
          for (const [name, term] of Object.entries(row)) if (term) wire[name] = toWireTerm(term);
          return wire;
        }),
      };
  }
}
