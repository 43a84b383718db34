// Messages between the query worker engine (main thread) and its worker thread (query-worker-thread.js).
import type { QueryForm } from '../query/query-form';

export type ToWorker =
  | { type: 'load'; text: string }
  | { type: 'query'; id: number; sparql: string; form: QueryForm | undefined; rowLimit: number };

export type FromWorker =
  | { type: 'loaded'; size: number; ms: number }
  | { type: 'bindings'; id: number; json: string; truncated: boolean }
  | { type: 'boolean'; id: number; value: boolean }
  | { type: 'quads'; id: number; nquads: string; truncated: boolean }
  /** Oxigraph's error message, mapped to a typed error by the main thread. */
  | { type: 'error'; id: number; message: string };
