// The engines a bench query step compares: the project's facade, bare Oxigraph, and Comunica over an N3 Store.
import { readFileSync } from 'node:fs';
import type { BenchQuery } from '../queries';

export type EngineKind = 'facade' | 'oxigraph' | 'comunica';

export interface OpenEngine {
  /** Milliseconds to read, parse and index the file (module loading excluded). */
  loadMs: number;
  /** Runs one query to completion; resolves with the number of rows (or quads, or 1 for ASK). */
  run(query: BenchQuery): Promise<number>;
}

const isConstruct = (q: BenchQuery) => /\bCONSTRUCT\b/i.test(q.sparql);

/** A plain copy of an Oxigraph term: every string read out of WASM, as the facade's n3 terms hold them. */
interface PlainTerm {
  termType: string;
  value: string;
  language?: string;
  datatype?: string;
}

function plain(term: { termType: string; value: string; language?: string; datatype?: { value: string } }): PlainTerm {
  if (term.termType === 'Literal')
    return { termType: term.termType, value: term.value, language: term.language, datatype: term.datatype!.value };
  return { termType: term.termType, value: term.value };
}

/**
 * Bare Oxigraph's answer, materialised: each solution a null-prototype record of plain terms, each quad four plain
 * terms. Oxigraph returns WASM-backed wrappers whose strings are read lazily; counting them without reading them
 * would compare the facade's complete result with work Oxigraph had not yet done.
 */
function materialise(result: ReturnType<InstanceType<typeof import('oxigraph').Store>['query']>): number {
  if (!Array.isArray(result)) return 1;
  const out: unknown[] = [];
  for (const item of result as unknown[]) {
    if (item instanceof Map) {
      const row = Object.create(null) as Record<string, PlainTerm>;
      for (const [name, term] of item as Map<string, Parameters<typeof plain>[0]>) row[name] = plain(term);
      out.push(row);
    } else {
      const q = item as Record<'subject' | 'predicate' | 'object' | 'graph', Parameters<typeof plain>[0]>;
      out.push([plain(q.subject), plain(q.predicate), plain(q.object), plain(q.graph)]);
    }
  }
  return out.length;
}

async function openOxigraph(file: string): Promise<OpenEngine> {
  const oxigraph = await import('oxigraph');
  const start = performance.now();
  const store = new oxigraph.Store();
  store.load(readFileSync(file, 'utf8'), { format: 'application/n-triples', no_transaction: true });
  const loadMs = performance.now() - start;
  return { loadMs, run: async (q) => materialise(store.query(q.sparql)) };
}

async function openFacade(file: string): Promise<OpenEngine> {
  const oxigraph = await import('oxigraph');
  const { createOxigraphEngine } = await import('../../src/query/oxigraph-engine');
  const start = performance.now();
  // The file's bytes as they are: Oxigraph parses them itself (no n3 parse, no N-Quads round trip)
  const engine = createOxigraphEngine(oxigraph);
  await engine.loadRdf([{ content: readFileSync(file), format: 'ntriples', fileName: file }]);
  const loadMs = performance.now() - start;
  return {
    loadMs,
    run: async (q) => {
      const result = await engine.query(q.sparql);
      if (result.kind === 'bindings') return result.rows.length;
      if (result.kind === 'quads') return result.quads.length;
      return 1;
    },
  };
}

async function openComunica(file: string): Promise<OpenEngine> {
  const { Parser, Store } = await import('n3');
  const QueryEngine = await (await import('./comunica')).loadComunica();
  const start = performance.now();
  const store = new Store();
  store.addQuads(new Parser({ format: 'N-Triples' }).parse(readFileSync(file, 'utf8')));
  const engine = new QueryEngine();
  const loadMs = performance.now() - start;
  // n3's Store is an RDF/JS Source; Comunica's context type is stricter about its quad type than it needs to be
  const context = { sources: [store] } as unknown as Parameters<InstanceType<typeof QueryEngine>['queryBindings']>[1];
  return {
    loadMs,
    run: async (q) => {
      if (isConstruct(q)) return (await (await engine.queryQuads(q.sparql, context)).toArray()).length;
      return (await (await engine.queryBindings(q.sparql, context)).toArray()).length;
    },
  };
}

/** Loads `file` (N-Triples) into the chosen engine, timing the load. */
export function openEngine(kind: EngineKind, file: string): Promise<OpenEngine> {
  if (kind === 'oxigraph') return openOxigraph(file);
  if (kind === 'facade') return openFacade(file);
  return openComunica(file);
}
