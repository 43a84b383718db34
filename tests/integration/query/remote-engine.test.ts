// The SPARQL Protocol client against a real local HTTP server that answers well, and misbehaves in each listed way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRemoteEngine } from '../../../src/query/remote-engine';
import {
  EndpointHttpError,
  EndpointUnreachableError,
  PartialResultError,
  QueryAbortedError,
  QuerySyntaxError,
  QueryTimeoutError,
  ReadOnlyError,
  ResultFormatError,
  TruncatedResponseError,
  UnexpectedMediaTypeError,
} from '../../../src/query/limits';
import { defined } from '../../helpers/defined';

const RESULTS = JSON.stringify({
  head: { vars: ['s', 'label'] },
  results: {
    bindings: [
      { s: { type: 'uri', value: 'http://ex/a' }, label: { type: 'literal', value: 'A', 'xml:lang': 'en' } },
      {
        s: { type: 'bnode', value: 'b1' },
        label: { type: 'typed-literal', value: '2', datatype: 'http://www.w3.org/2001/XMLSchema#integer' },
      },
      { s: { type: 'uri', value: 'http://ex/c' } },
    ],
  },
});

interface Seen {
  method: string;
  url: string;
  accept: string;
  contentType: string;
  body: string;
}

const seen: Seen[] = [];
const sockets = new Set<import('node:net').Socket>();

function handle(req: IncomingMessage, res: ServerResponse, body: string): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  seen.push({
    method: req.method ?? '',
    url: req.url ?? '',
    accept: String(req.headers.accept ?? ''),
    contentType: String(req.headers['content-type'] ?? ''),
    body,
  });
  const json = { 'Content-Type': 'application/sparql-results+json; charset=utf-8' };
  switch (url.pathname) {
    case '/ok':
      res.writeHead(200, json).end(RESULTS);
      return;
    case '/ask':
      res.writeHead(200, json).end('{"head":{},"boolean":true}');
      return;
    case '/construct':
      res
        .writeHead(200, { 'Content-Type': 'application/n-triples' })
        .end('<http://ex/a> <http://ex/p> "x"@en .\n<http://ex/a> <http://ex/p> <http://ex/b> .\n');
      return;
    case '/html':
      res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end('<!doctype html><html><body>Login required</body></html>');
      return;
    case '/500':
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end('Virtuoso 42000 Error: out of memory');
      return;
    case '/truncated-json':
      res.writeHead(200, json).end(RESULTS.slice(0, RESULTS.length / 2));
      return;
    case '/no-bindings':
      res.writeHead(200, json).end('{"head":{"vars":["s"]}}');
      return;
    case '/partial':
      res.writeHead(206, json).end(RESULTS);
      return;
    case '/anytime':
      res
        .writeHead(200, {
          ...json,
          'X-SQL-State': 'S1TAT',
          'X-SQL-Message': 'RC...: Returning incomplete results, query interrupted by result timeout.',
        })
        .end(RESULTS);
      return;
    case '/syntax':
      res
        .writeHead(400, { 'Content-Type': 'text/plain' })
        .end("Virtuoso 37000 Error SP030: SPARQL compiler, line 3: syntax error at '}' before end of text");
      return;
    case '/drop':
      res.writeHead(200, { ...json, 'Content-Length': String(RESULTS.length) });
      res.write(RESULTS.slice(0, 40));
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    case '/slow':
      // Answers only after the client gave up; the timer is cleared when the server closes.
      setTimeout(() => res.writeHead(200, json).end(RESULTS), 5_000).unref();
      return;
    default:
      res.writeHead(404).end('not found');
  }
}

let server: Server;
let base = '';
let closedPort = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => handle(req, res, body));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that nobody listens on: bind, read the number, close.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('RemoteSparqlEngine', () => {
  it('GETs a short SELECT with the JSON Accept header and reads every term kind', async () => {
    const r = await createRemoteEngine(base + '/ok').query('SELECT ?s ?label WHERE { ?s ?p ?label }');
    const request = seen.at(-1) as Seen;
    expect(request.method).toBe('GET');
    expect(new URL(request.url, base).searchParams.get('query')).toBe('SELECT ?s ?label WHERE { ?s ?p ?label }');
    expect(request.accept).toContain('application/sparql-results+json');
    if (r.kind !== 'bindings') throw new Error('expected bindings');
    expect(r.variables).toEqual(['s', 'label']);
    expect(r.rows).toHaveLength(3);
    expect(r.rows[0]?.label).toMatchObject({ termType: 'Literal', value: 'A', language: 'en' });
    expect(r.rows[1]?.s?.termType).toBe('BlankNode');
    expect(r.rows[1]?.label).toMatchObject({
      value: '2',
      datatype: { value: 'http://www.w3.org/2001/XMLSchema#integer' },
    });
    expect(defined(r.rows[2], 'row 3').label).toBeUndefined();
  });

  it('POSTs a long query as a form', async () => {
    const long = `SELECT * WHERE { ?s ?p ?o FILTER(?o != "${'x'.repeat(3000)}") }`;
    await createRemoteEngine(base + '/ok').query(long);
    const request = seen.at(-1) as Seen;
    expect(request.method).toBe('POST');
    expect(request.contentType).toBe('application/x-www-form-urlencoded');
    expect(new URLSearchParams(request.body).get('query')).toBe(long);
  });

  it('applies the row limit', async () => {
    const r = await createRemoteEngine(base + '/ok').query('SELECT * {}', { rowLimit: 2 });
    expect(r).toMatchObject({ kind: 'bindings', truncated: true });
    if (r.kind === 'bindings') expect(r.rows).toHaveLength(2);
  });

  it('reads ASK and CONSTRUCT answers', async () => {
    expect(await createRemoteEngine(base + '/ask').query('ASK {}')).toEqual({ kind: 'boolean', value: true });
    const r = await createRemoteEngine(base + '/construct').query('CONSTRUCT WHERE { ?s ?p ?o }');
    expect((seen.at(-1) as Seen).accept).toContain('application/n-triples');
    expect(r).toMatchObject({ kind: 'quads', truncated: false });
    if (r.kind === 'quads') expect(r.quads).toHaveLength(2);
  });

  it.each([
    ['an HTML page instead of results', '/html', UnexpectedMediaTypeError],
    ['HTTP 500', '/500', EndpointHttpError],
    ['truncated JSON', '/truncated-json', ResultFormatError],
    ['JSON without results', '/no-bindings', ResultFormatError],
    ['HTTP 206 partial result', '/partial', PartialResultError],
    ['Virtuoso anytime result (X-SQL-State)', '/anytime', PartialResultError],
    ['a body cut off by a dropped connection', '/drop', TruncatedResponseError],
    ['HTTP 404', '/nowhere', EndpointHttpError],
  ])('%s is an error, never a result', async (_name, path, errorClass) => {
    await expect(createRemoteEngine(base + path).query('SELECT * WHERE { ?s ?p ?o }')).rejects.toBeInstanceOf(
      errorClass,
    );
  });

  it('HTTP 500 keeps the status', async () => {
    const error = await createRemoteEngine(base + '/500')
      .query('SELECT * {}')
      .catch((e: unknown) => e);
    expect((error as EndpointHttpError).status).toBe(500);
  });

  it('reads the line of a Virtuoso syntax error', async () => {
    const error = await createRemoteEngine(base + '/syntax')
      .query('SELECT * {\n\n }')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect((error as QuerySyntaxError).line).toBe(3);
  });

  it('an unreachable endpoint is EndpointUnreachableError', async () => {
    await expect(createRemoteEngine(`http://127.0.0.1:${closedPort}/sparql`).query('ASK {}')).rejects.toBeInstanceOf(
      EndpointUnreachableError,
    );
  });

  it('times out a slow endpoint', async () => {
    const start = Date.now();
    await expect(createRemoteEngine(base + '/slow').query('ASK {}', { timeoutMs: 200 })).rejects.toBeInstanceOf(
      QueryTimeoutError,
    );
    expect(Date.now() - start).toBeLessThan(2_000);
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(
      createRemoteEngine(base + '/slow').query('ASK {}', { signal: controller.signal }),
    ).rejects.toBeInstanceOf(QueryAbortedError);
  });

  it('refuses updates without sending them', async () => {
    const before = seen.length;
    await expect(createRemoteEngine(base + '/ok').query('DELETE WHERE { ?s ?p ?o }')).rejects.toBeInstanceOf(
      ReadOnlyError,
    );
    expect(seen.length).toBe(before);
  });
});
