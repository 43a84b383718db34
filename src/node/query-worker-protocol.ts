// Messages between the query worker engine (main thread) and its worker thread (query-worker-thread.js).
import type { QueryDataset } from '../query/engine';
import type { QueryForm } from '../query/query-form';

/** One piece of the dataset, parsed by Oxigraph in the worker (its own blank node scope). */
export interface WorkerLoadItem {
  /** UTF-8 bytes or text. */
  data: string | Uint8Array;
  /** Oxigraph format media type: text/turtle, application/trig, application/n-triples, application/n-quads. */
  format: string;
  baseIri?: string;
  /** May hold named graphs whose statements must also be copied to the default graph (TriG, N-Quads). */
  namedGraphs?: boolean;
}

export type ToWorker =
  | { type: 'load'; items: WorkerLoadItem[]; unionDefaultGraph: boolean }
  | {
      type: 'query';
      id: number;
      sparql: string;
      form: QueryForm | undefined;
      rowLimit: number;
      /** default-graph-uri / named-graph-uri of the protocol request, if any. */
      dataset?: QueryDataset;
      /** Cut JSON results to `rowLimit` exactly, in the worker (the caller sends the text on unparsed). */
      keepText?: boolean;
    };

export type FromWorker =
  | { type: 'loaded'; size: number; ms: number }
  /** Oxigraph rejected item `index`; nothing is loaded. */
  | { type: 'loadFailed'; index: number; message: string }
  /** `exact`: the text holds at most rowLimit solutions and `truncated` is final (asked with keepText). */
  | { type: 'bindings'; id: number; json: string; truncated: boolean; exact?: boolean }
  | { type: 'boolean'; id: number; value: boolean }
  | { type: 'quads'; id: number; nquads: string; truncated: boolean }
  /** Oxigraph's error message, mapped to a typed error by the main thread. */
  | { type: 'error'; id: number; message: string };
