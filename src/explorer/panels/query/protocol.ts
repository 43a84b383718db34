// Messages between the query panel and its Web Worker, with terms in a plain (structured-clone safe) form.
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { QueryResult } from '../../../query/engine';
import { termFromJson, termToJson, type JsonTerm } from '../../../query/results-json';

/** A term in the SPARQL 1.1 JSON results form of the core (`xml:lang`, `datatype`): plain data survives postMessage. */
export type WireTerm = JsonTerm;

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
  /** quadCount: quads in the engine's store (named-graph statements also count once in the default graph). */
  | { type: 'loaded'; id: number; quadCount: number; ms: number }
  | { type: 'result'; id: number; result: WireResult; ms: number }
  | { type: 'error'; id: number; name: string; message: string; line?: number; column?: number };

export function toWireQuad(quad: Quad): WireQuad {
  const wire: WireQuad = {
    subject: termToJson(quad.subject),
    predicate: termToJson(quad.predicate),
    object: termToJson(quad.object),
  };
  if (quad.graph.termType !== 'DefaultGraph') wire.graph = termToJson(quad.graph);
  return wire;
}

/** Back to an RDF/JS term (n3's factory), for the result writers of src/query: the core's strict SPARQL JSON reader. */
export const fromWireTerm: (term: WireTerm) => Term = termFromJson;

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
          // A variable may be called __proto__
          const wire = Object.create(null) as Record<string, WireTerm>;
          // An engine may leave an unbound variable's value undefined
          for (const [name, term] of Object.entries<Term | undefined>(row)) if (term) wire[name] = termToJson(term);
          return wire;
        }),
      };
  }
}
