// Worker thread of WorkerSparqlEngine: one Oxigraph store, queries answered one at a time as serialized results.
// Plain JavaScript on purpose: it starts without a TypeScript loader, from any parent (node, tsx, vitest).
import { parentPort } from 'node:worker_threads';
import * as oxigraph from 'oxigraph';

let store = new oxigraph.Store();

// Oxigraph's panic hook prints the Rust panic and a WebAssembly stack with console.error: keep its first line for
// the error message instead (the server logs one line per failed query, and replaces this worker).
let panicLine;
console.error = (...args) => {
  const text = args.map(String).join(' ');
  panicLine ??= text.split('\n').find((line) => /panicked|overflow|memory/i.test(line)) ?? text.split('\n')[0];
};

const FORMATS = {
  select: 'application/sparql-results+json',
  ask: 'application/sparql-results+json',
  construct: 'application/n-triples',
  describe: 'application/n-triples',
};

/** Below this size the JSON text is passed on untouched: the main thread parses it once and applies the limit there. */
const SMALL_JSON = 256 * 1024;

/**
 * Applies the row limit to SPARQL JSON text. Small results are not parsed here (that would parse them twice, here and
 * on the main thread, which also tells an ASK answer from bindings); large ones are cut here so that the main thread
 * never receives more rows than it keeps.
 */
function limitJson(text, rowLimit) {
  if (text.length <= SMALL_JSON) return { type: 'bindings', json: text, truncated: false };
  const doc = JSON.parse(text);
  if (typeof doc.boolean === 'boolean') return { type: 'boolean', value: doc.boolean };
  const bindings = doc.results.bindings;
  if (bindings.length <= rowLimit) return { type: 'bindings', json: text, truncated: false };
  doc.results.bindings = bindings.slice(0, rowLimit);
  return { type: 'bindings', json: JSON.stringify(doc), truncated: true };
}

/**
 * Applies the row limit to SPARQL JSON text exactly, whatever its size: for a caller that sends the text on as it is
 * (the server), which then never parses it. An ASK answer comes back as a boolean.
 */
function limitJsonExact(text, rowLimit) {
  const doc = JSON.parse(text);
  if (typeof doc.boolean === 'boolean') return { type: 'boolean', value: doc.boolean };
  const bindings = doc.results.bindings;
  if (bindings.length <= rowLimit) return { type: 'bindings', json: text, truncated: false, exact: true };
  doc.results.bindings = bindings.slice(0, rowLimit);
  return { type: 'bindings', json: JSON.stringify(doc), truncated: true, exact: true };
}

/** Oxigraph writes one triple per line (newlines in literals are escaped), so lines count triples. */
function limitNTriples(text, rowLimit) {
  let end = 0;
  for (let lines = 0; lines < rowLimit; lines++) {
    const next = text.indexOf('\n', end);
    if (next < 0) return { type: 'quads', nquads: text, truncated: false };
    end = next + 1;
  }
  if (text.slice(end).trim() === '') return { type: 'quads', nquads: text, truncated: false };
  return { type: 'quads', nquads: text.slice(0, end), truncated: true };
}

/** Copies every named-graph statement into the default graph (a set: a statement in two graphs is there once). */
const UNION_UPDATE = 'INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }';

/** Loads every item into a fresh store; the first item Oxigraph rejects fails the whole load. */
function load(message) {
  const start = performance.now();
  store = new oxigraph.Store();
  let copyGraphs = false;
  for (let index = 0; index < message.items.length; index++) {
    const item = message.items[index];
    if (item.data.length === 0) continue;
    try {
      store.load(item.data, { format: item.format, base_iri: item.baseIri, no_transaction: true });
    } catch (error) {
      store = new oxigraph.Store();
      return { type: 'loadFailed', index, message: error instanceof Error ? error.message : String(error) };
    }
    if (item.namedGraphs) copyGraphs = true;
  }
  if (copyGraphs && message.unionDefaultGraph) store.update(UNION_UPDATE);
  return { type: 'loaded', size: store.size, ms: performance.now() - start };
}

/** Oxigraph's options for a protocol dataset: both lists, so that it replaces the query's FROM and FROM NAMED whole. */
function datasetOptions(dataset) {
  if (!dataset) return {};
  return {
    default_graph: dataset.defaultGraphs.map((iri) => oxigraph.namedNode(iri)),
    named_graphs: dataset.namedGraphs.map((iri) => oxigraph.namedNode(iri)),
  };
}

function handle(message) {
  if (message.type === 'load') return load(message);
  const { id, sparql, form, rowLimit, dataset, keepText } = message;
  try {
    const text = store.query(sparql, { results_format: FORMATS[form] ?? FORMATS.select, ...datasetOptions(dataset) });
    const result =
      form === 'construct' || form === 'describe'
        ? limitNTriples(text, rowLimit)
        : keepText
          ? limitJsonExact(text, rowLimit)
          : limitJson(text, rowLimit);
    return { ...result, id };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const panic = panicLine;
    panicLine = undefined;
    return { type: 'error', id, message: panic ? `${message}: ${panic}` : message };
  }
}

parentPort.on('message', (message) => parentPort.postMessage(handle(message)));
