// The local SPARQL engine: Oxigraph (WASM), module injected so this file runs unchanged in Node and in the browser.
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import {
  newRow,
  type BindingsResult,
  type QueryDataset,
  type QueryOptions,
  type QueryResult,
  type SparqlEngine,
} from './engine';
import {
  DEFAULT_LIMITS,
  QueryAbortedError,
  QueryEvaluationError,
  QueryResourceError,
  QuerySyntaxError,
  ReadOnlyError,
} from './limits';
import { describeSyntaxError } from './syntax-message';
import { explainRejectedInput, oxigraphLoadPlan, UNION_UPDATE, withoutBom } from './oxigraph-load';
import { QueryAnalysisCache } from './query-analysis';
import { parseRdf } from '../rdf/parse';
import type { RdfFormat } from '../rdf/formats';
import { readNTriples } from './canonical-ntriples';
import { parseSparqlJson } from './results-json';
import { fromOxigraphTerm, type OxigraphTermClasses } from './oxigraph-terms';
import { quadsToNQuads, toN3Quad, toN3Term } from './terms';

/** One RDF file for `loadRdf`: text or UTF-8 bytes, in a known format. */
export interface RdfInput {
  content: string | Uint8Array;
  format: RdfFormat;
  /** Names the file in errors and gives Turtle/TriG their base IRI, as parseRdf does. */
  fileName?: string;
}

/** The part of Oxigraph's Store this engine uses (same in `oxigraph` for Node and `oxigraph/web.js`). */
export interface OxigraphStore {
  readonly size: number;
  load(input: string | Uint8Array, options: { format: string; no_transaction?: boolean; base_iri?: string }): void;
  query(
    query: string,
    options?: {
      results_format?: string;
      use_default_graph_as_union?: boolean;
      base_iri?: string;
    } & OxigraphDatasetOptions,
  ): boolean | Map<string, Term>[] | Quad[] | string;
  update(update: string, options?: { base_iri?: string }): void;
}

/** The Oxigraph module, injected: `await import('oxigraph')` in Node, `oxigraph/web.js` after `init()` in a browser. */
export interface OxigraphModule extends Partial<OxigraphTermClasses> {
  Store: new () => OxigraphStore;
}

export interface OxigraphEngineOptions {
  /**
   * Make the default graph the union of all graphs (default true: statements live in passage graphs).
   * Each named-graph statement is also stored in the default graph, so that a statement backed by two
   * passages is one solution, not two (Oxigraph's own union option returns one per graph).
   */
  unionDefaultGraph?: boolean;
  /** Accept SPARQL UPDATE through `update()` (default false: the engine is read-only). */
  allowUpdate?: boolean;
}

/** Oxigraph's query options for a protocol dataset. */
export interface OxigraphDatasetOptions {
  // Oxigraph takes any RDF/JS named node, but its typing names its own term classes: `Iterable<never>` fits that
  // typing, so the real module still fits OxigraphModule (the values are cast in oxigraphDataset)
  default_graph?: Iterable<never>;
  named_graphs?: Iterable<never>;
}

/** Both lists are always given: the protocol's dataset replaces the query's FROM and FROM NAMED whole. */
export function oxigraphDataset(dataset: QueryDataset | undefined): OxigraphDatasetOptions {
  if (!dataset) return {};
  return {
    default_graph: dataset.defaultGraphs.map((iri) => DataFactory.namedNode(iri)) as Iterable<never>,
    named_graphs: dataset.namedGraphs.map((iri) => DataFactory.namedNode(iri)) as Iterable<never>,
  };
}

/** Oxigraph reports `error at LINE:COLUMN: reason`. */
export function toQueryError(error: unknown, query?: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  const match = /error at (\d+):(\d+):\s*([\s\S]*)$/.exec(message);
  if (match) {
    // All three groups take part in every match
    const [, line = '', column = '', reason = ''] = match;
    if (query === undefined) return new QuerySyntaxError(reason, Number(line), Number(column));
    const described = describeSyntaxError(query, Number(line), Number(column), reason);
    return new QuerySyntaxError(described.reason, described.line, described.column);
  }
  // A Rust panic inside the WASM module (its message reaches us as "unreachable"), or WASM memory exhausted
  if (ENGINE_PANIC.test(message)) {
    const [firstLine = ''] = message.split('\n');
    return new QueryResourceError(
      'engine',
      `query stopped: it went past the engine's capacity (${firstLine.slice(0, 120)})`,
    );
  }
  return new QueryEvaluationError(message);
}

const ENGINE_PANIC =
  /\bunreachable\b|capacity overflow|memory access out of bounds|Out of memory|RuntimeError|panicked at/i;

/**
 * Oxigraph behind the SparqlEngine interface. A query runs to completion on the calling thread and
 * cannot be interrupted there: `timeoutMs` is not enforced (use the worker engine in Node, or run this
 * engine in a web worker in the browser); `signal` is checked before the query starts.
 */
export class OxigraphEngine implements SparqlEngine {
  private store: OxigraphStore;
  /** Oxigraph's term classes, when the module exposes them (they make reading results cheaper). */
  private readonly termClasses: OxigraphTermClasses | undefined;
  /** Form and projection per query text, read once (a measurable share of a sub-millisecond query). */
  private readonly analyses = new QueryAnalysisCache();

  constructor(
    private readonly oxigraph: OxigraphModule,
    private readonly options: OxigraphEngineOptions = {},
  ) {
    this.store = new oxigraph.Store();
    this.termClasses =
      oxigraph.NamedNode && oxigraph.Literal ? { NamedNode: oxigraph.NamedNode, Literal: oxigraph.Literal } : undefined;
  }

  /** Number of quads in the store. */
  get size(): number {
    return this.store.size;
  }

  /** Replaces the dataset. */
  async load(quads: Quad[]): Promise<void> {
    this.store = new this.oxigraph.Store();
    this.add(quads);
  }

  /**
   * Replaces the dataset with RDF files parsed by Oxigraph itself (much faster than n3 + N-Quads), each in its
   * own blank node scope; named-graph statements are then copied to the default graph inside Oxigraph.
   * All or nothing: if Oxigraph rejects a file, the engine is left empty and n3 parses that file again to
   * throw its RdfSyntaxError/RdfEncodingError with file, line and column. JSON-LD goes through parseRdf.
   */
  async loadRdf(inputs: RdfInput[]): Promise<void> {
    const store = new this.oxigraph.Store();
    this.store = store;
    const union = this.options.unionDefaultGraph ?? true;
    let copyGraphs = false;
    for (const input of inputs) {
      if (input.format === 'jsonld') {
        const quads = await parseRdf(input.content, { fileName: input.fileName, format: 'jsonld' });
        this.loadNQuads(quadsToNQuads(quads, union));
        continue;
      }
      const plan = oxigraphLoadPlan(input.format, input.fileName);
      const content = withoutBom(input.content);
      if (content.length === 0) continue;
      try {
        store.load(content, { format: plan.format, base_iri: plan.baseIri, no_transaction: true });
      } catch (error) {
        this.store = new this.oxigraph.Store();
        const message = error instanceof Error ? error.message : String(error);
        return explainRejectedInput(input.content, message, { fileName: input.fileName, format: input.format });
      }
      copyGraphs ||= plan.namedGraphs;
    }
    if (copyGraphs && union) store.update(UNION_UPDATE);
  }

  /** Adds quads; bulk-loaded as N-Quads text without a transaction (linear time; `store.add` per quad is slower). */
  add(quads: Iterable<Quad>): void {
    this.loadNQuads(quadsToNQuads(quads, this.options.unionDefaultGraph ?? true));
  }

  /** Adds N-Quads (or N-Triples) text as it is (no default-graph copy: see quadsToNQuads). */
  loadNQuads(text: string): void {
    if (text.length === 0) return;
    this.store.load(text, { format: 'application/n-quads', no_transaction: true });
  }

  async query(sparql: string, options: QueryOptions = {}): Promise<QueryResult> {
    if (options.signal?.aborted) throw new QueryAbortedError('query aborted before it started');
    const rowLimit = options.rowLimit ?? DEFAULT_LIMITS.rowLimit;
    const { form, variables, projected } = this.analyses.analyse(sparql);
    if (form === 'update') throw new ReadOnlyError();
    // No options object without a dataset: Oxigraph reads each option key of an object through a call out of WASM
    const dataset = options.dataset ? oxigraphDataset(options.dataset) : undefined;
    try {
      if (variables && projected) {
        const rows = this.store.query(sparql, dataset) as Map<string, Term>[];
        const result = rowsFromMaps(rows, variables, projected, rowLimit, this.termClasses);
        if (result) return result;
      }
      if (form === 'select' || form === 'ask') {
        const json = this.store.query(sparql, {
          results_format: 'application/sparql-results+json',
          ...dataset,
        }) as string;
        return parseSparqlJson(json, rowLimit);
      }
      if (form === 'construct' || form === 'describe') {
        // Oxigraph's N-Triples text read by a canonical-form reader: about twice as fast as reading the
        // WASM-backed quads term by term (each property read crosses into WASM and allocates a wrapper)
        const text = this.store.query(sparql, { results_format: 'application/n-triples', ...dataset }) as string;
        const { quads, total } = readNTriples(text, rowLimit);
        return { kind: 'quads', quads, truncated: total > rowLimit };
      }
      return convert(this.store.query(sparql, dataset), rowLimit);
    } catch (error) {
      throw toQueryError(error, sparql);
    }
  }

  /** Runs a SPARQL UPDATE; only when the engine was created with `allowUpdate`. */
  async update(sparql: string): Promise<void> {
    if (!this.options.allowUpdate) throw new ReadOnlyError();
    try {
      this.store.update(sparql);
    } catch (error) {
      throw toQueryError(error, sparql);
    }
  }
}

/**
 * SELECT solutions straight from Oxigraph's binding maps: for small results this skips writing and parsing
 * SPARQL JSON (a third of the time of a point lookup). Undefined when a solution binds a variable outside the
 * projection read from the text (that reader got it wrong): the caller then asks for JSON, which carries the head.
 */
function rowsFromMaps(
  maps: Map<string, Term>[],
  variables: readonly string[],
  projected: ReadonlySet<string>,
  rowLimit: number,
  classes: OxigraphTermClasses | undefined,
): BindingsResult | undefined {
  const rows: Record<string, Term>[] = [];
  for (const [i, map] of maps.entries()) {
    if (i >= rowLimit) break;
    const row = newRow();
    for (const [name, term] of map) {
      if (!projected.has(name)) return undefined;
      row[name] = fromOxigraphTerm(term, classes);
    }
    rows.push(row);
  }
  // A copy: the analysis (and its list) is shared by every query with this text
  return { kind: 'bindings', variables: variables.slice(), rows, truncated: maps.length > rowLimit };
}

/** Fallback for a request whose form was not recognised: convert Oxigraph's own result objects. */
function convert(raw: ReturnType<OxigraphStore['query']>, rowLimit: number): QueryResult {
  if (typeof raw === 'boolean') return { kind: 'boolean', value: raw };
  if (typeof raw === 'string') throw new QueryEvaluationError('unexpected serialized result');
  const items = raw as unknown[];
  if (items.length > 0 && !(items[0] instanceof Map)) {
    const quads = (items as Quad[]).slice(0, rowLimit).map(toN3Quad);
    return { kind: 'quads', quads, truncated: items.length > rowLimit };
  }
  const maps = items as Map<string, Term>[];
  const variables: string[] = [];
  const rows = maps.slice(0, rowLimit).map((m) => {
    const row = newRow();
    for (const [name, term] of m) {
      if (!variables.includes(name)) variables.push(name);
      row[name] = toN3Term(term);
    }
    return row;
  });
  return { kind: 'bindings', variables, rows, truncated: maps.length > rowLimit };
}

/** Creates the engine, loaded with `quads` when given. */
export function createOxigraphEngine(
  oxigraph: OxigraphModule,
  quads?: Quad[],
  options?: OxigraphEngineOptions,
): OxigraphEngine {
  const engine = new OxigraphEngine(oxigraph, options);
  if (quads) engine.add(quads);
  return engine;
}
