// A real HTTP server standing in for a remote SPARQL endpoint: forwards to a real one, or misbehaves on demand.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';

export type UpstreamMode = 'forward' | 'html' | 'http-500' | 'truncated' | 'partial-206' | 'hang' | 'reset' | 'slow';

export interface Upstream {
  /** The endpoint URL to give `serve --endpoint` (or `?endpoint=`). */
  url: string;
  mode: UpstreamMode;
  /** Requests received so far. */
  requests: number;
  /** The Authorization header of the last request. */
  authorization: string | undefined;
  /** The query string of the last request (with its default-graph-uri / named-graph-uri). */
  lastSearch: string;
  /** In 'slow' mode, how long a request waits before it is forwarded. */
  slowMs: number;
  /** Requests whose client (the proxy) closed the connection before the answer was sent. */
  aborted: number;
  /** Requests not yet answered nor aborted. */
  open: number;
  close(): Promise<void>;
}

const JSON_TYPE = 'application/sparql-results+json';
// CORS like a public endpoint, so a browser page can also use this server directly with `?endpoint=`.
const CORS = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'accept, content-type' };

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Passes the request on to `target` and its answer back (status, type, Virtuoso's X-SQL headers, body). */
async function forward(req: IncomingMessage, res: ServerResponse, target: string): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://x');
  const body = req.method === 'POST' ? new Uint8Array(await readAll(req)) : undefined;
  const headers: Record<string, string> = { accept: req.headers.accept ?? '*/*' };
  if (req.headers['content-type']) headers['content-type'] = req.headers['content-type'];
  const answer = await fetch(`${target}${url.search}`, { method: req.method, headers, body });
  const out: Record<string, string> = {
    ...CORS,
    'content-type': answer.headers.get('content-type') ?? 'application/octet-stream',
  };
  for (const h of ['x-sql-state', 'x-sql-message']) {
    const v = answer.headers.get(h);
    if (v) out[h] = v;
  }
  res.writeHead(answer.status, out);
  res.end(Buffer.from(await answer.arrayBuffer()));
}

export async function startUpstream(target: string): Promise<Upstream> {
  const sockets = new Set<Socket>();
  const upstream: Upstream = {
    url: '',
    mode: 'forward',
    requests: 0,
    authorization: undefined,
    lastSearch: '',
    slowMs: 5000,
    aborted: 0,
    open: 0,
    close: async () => undefined,
  };
  const server = createServer((req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    upstream.requests++;
    upstream.authorization = req.headers.authorization;
    upstream.lastSearch = new URL(req.url ?? '/', 'http://x').search;
    upstream.open++;
    res.on('close', () => {
      upstream.open--;
      if (!res.writableEnded) upstream.aborted++;
    });
    switch (upstream.mode) {
      case 'forward':
        forward(req, res, target).catch((e: unknown) => res.writeHead(599).end(String(e)));
        return;
      case 'html':
        res
          .writeHead(200, { ...CORS, 'content-type': 'text/html; charset=utf-8' })
          .end('<!doctype html><title>Sign in</title><h1>Please sign in</h1>');
        return;
      case 'http-500':
        res.writeHead(500, { ...CORS, 'content-type': 'text/plain' }).end('Virtuoso 42000 Error SR483: Stack overflow');
        return;
      case 'truncated': {
        // Promises 400 bytes, sends 40, then the connection drops: a cut-off answer.
        res.writeHead(200, { ...CORS, 'content-type': JSON_TYPE, 'content-length': '400' });
        res.write('{"head":{"vars":["s"]},"results":{"bin');
        setTimeout(() => res.socket?.destroy(), 50);
        return;
      }
      case 'partial-206':
        // What Virtuoso sends when its anytime-query limit cuts a query short.
        res
          .writeHead(206, {
            ...CORS,
            'content-type': JSON_TYPE,
            'x-sql-state': 'S1TAT',
            'x-sql-message': 'RC...: Returning incomplete results, query interrupted by result timeout.',
          })
          .end('{"head":{"vars":["s"]},"results":{"bindings":[]}}');
        return;
      case 'hang':
        return; // never answers; closed with the server
      case 'slow': {
        // Answers after slowMs, unless the proxy gives up first (then nothing is forwarded)
        const timer = setTimeout(() => {
          void forward(req, res, target).catch((e: unknown) => res.writeHead(599).end(String(e)));
        }, upstream.slowMs);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case 'reset':
        req.socket.destroy();
        return;
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  upstream.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`;
  upstream.close = () =>
    new Promise<void>((done) => {
      for (const s of sockets) s.destroy();
      server.close(() => done());
    });
  return upstream;
}
