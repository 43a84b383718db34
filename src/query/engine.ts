// The SPARQL engine facade: one interface for the local Oxigraph engine, the worker engine and remote endpoints.
import type { Quad, Term } from '@rdfjs/types';

export interface QueryOptions {
  /** Stop the query after this many milliseconds (engines that cannot interrupt say so in their docs). */
  timeoutMs?: number;
  /** Keep at most this many rows (or quads); `truncated` tells whether more existed. */
  rowLimit?: number;
  signal?: AbortSignal;
  /** SPARQL 1.1 Protocol dataset (`default-graph-uri` / `named-graph-uri`); replaces the query's FROM / FROM NAMED. */
  dataset?: QueryDataset;
}

/**
 * An RDF dataset given outside the query: the default graph is the merge of `defaultGraphs` (empty when none),
 * and only `namedGraphs` are visible to GRAPH (none when empty), as with FROM / FROM NAMED.
 */
export interface QueryDataset {
  /** Absolute IRIs. */
  defaultGraphs: string[];
  /** Absolute IRIs. */
  namedGraphs: string[];
}

export interface BindingsResult {
  kind: 'bindings';
  /** Projected variables in query order, without '?'. */
  variables: string[];
  /** One record per solution; an unbound variable is absent from its row. */
  rows: Record<string, Term>[];
  truncated: boolean;
}

export interface BooleanResult {
  kind: 'boolean';
  value: boolean;
}

export interface QuadsResult {
  kind: 'quads';
  quads: Quad[];
  truncated: boolean;
}

export type QueryResult = BindingsResult | BooleanResult | QuadsResult;

export interface SparqlEngine {
  query(sparql: string, options?: QueryOptions): Promise<QueryResult>;
  /** Replaces the engine's dataset (local engines only). */
  load?(quads: Quad[]): Promise<void>;
  /** Releases resources (worker threads); the engine may not be used afterwards. */
  close?(): Promise<void>;
}

/** A row record that accepts any variable name, `__proto__` included, as an own property. */
export function newRow(): Record<string, Term> {
  return Object.create(null) as Record<string, Term>;
}
