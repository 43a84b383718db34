// Messages between the query worker engine (main thread) and its worker thread.

export type ToWorker =
  | { type: 'load'; text: string }
  | { type: 'query'; id: number; sparql: string; rowLimit: number };

export type FromWorker =
  | { type: 'loaded'; size: number; ms: number }
  | { type: 'bindings'; id: number; json: string; truncated: boolean }
  | { type: 'boolean'; id: number; value: boolean }
  | { type: 'quads'; id: number; nquads: string; truncated: boolean }
  | { type: 'error'; id: number; name: string; message: string; reason?: string; line?: number; column?: number };
