// Results that keep the text the query worker wrote (SPARQL JSON, N-Triples), read into terms only if someone asks.
import type { BindingsResult, QueryOptions, QueryResult, QuadsResult } from '../query/engine';
import { readNTriples } from '../query/canonical-ntriples';
import { QueryEvaluationError } from '../query/limits';
import { parseSparqlJson } from '../query/results-json';

/**
 * Extra query option of the worker engine: the caller wants the worker's own text (the server sends it on as the
 * HTTP body). The worker then applies the row limit to the text itself, exactly, so that text and rows agree.
 */
export interface WorkerQueryOptions extends QueryOptions {
  keepText?: boolean;
}

export type SerializedMediaType = 'application/sparql-results+json' | 'application/n-triples';

export interface SerializedText {
  mediaType: SerializedMediaType;
  text: string;
}

// A symbol, not enumerable: a spread or JSON copy of the result (which might then be edited) does not carry the text.
const TEXT = Symbol('osce-kg.serializedText');

/** The text a result was read from, when it came from the worker with `keepText` and was not copied since. */
export function serializedText(result: QueryResult): SerializedText | undefined {
  return (result as unknown as Record<symbol, SerializedText | undefined>)[TEXT];
}

/** Defines enumerable getters that read the text once, on first use (a spread reads them, and gets real values). */
function lazy<T extends object, K extends string>(target: T, keys: K[], read: () => Record<K, unknown>): void {
  let parsed: Record<K, unknown> | undefined;
  for (const key of keys) {
    Object.defineProperty(target, key, { enumerable: true, configurable: true, get: () => (parsed ??= read())[key] });
  }
}

/** SELECT solutions as SPARQL JSON text, already cut to `rowLimit` rows by the worker. */
export function serializedBindings(json: string, truncated: boolean, rowLimit: number): BindingsResult {
  const result = { kind: 'bindings', truncated } as BindingsResult;
  lazy(result, ['variables', 'rows'], () => {
    const read = parseSparqlJson(json, rowLimit);
    if (read.kind !== 'bindings') throw new QueryEvaluationError('the query worker sent a boolean as solutions');
    return { variables: read.variables, rows: read.rows };
  });
  Object.defineProperty(result, TEXT, {
    value: { mediaType: 'application/sparql-results+json', text: json } satisfies SerializedText,
  });
  return result;
}

/** CONSTRUCT/DESCRIBE triples as N-Triples text, already cut to `rowLimit` lines by the worker. */
export function serializedQuads(ntriples: string, truncated: boolean, rowLimit: number): QuadsResult {
  const result = { kind: 'quads', truncated } as QuadsResult;
  lazy(result, ['quads'], () => ({ quads: readNTriples(ntriples, rowLimit).quads }));
  Object.defineProperty(result, TEXT, {
    value: { mediaType: 'application/n-triples', text: ntriples } satisfies SerializedText,
  });
  return result;
}
