// `serve --endpoint`: /sparql forwards read-only queries to a remote SPARQL endpoint, whose failures become clear HTTP
// errors.
import type { ServerResponse } from 'node:http';
import type { QueryOptions, QueryResult, SparqlEngine } from '../query/engine';
import {
  EndpointHttpError,
  EndpointUnreachableError,
  PartialResultError,
  ResultFormatError,
  UnexpectedMediaTypeError,
} from '../query/limits';
import { createRemoteEngine, type RemoteEngineOptions, type RemoteSparqlEngine } from '../query/remote-engine';
import { HttpError, sendText } from './http-util';

/** Largest answer read from the endpoint (a bigger one is cut off and refused: 502). */
export const DEFAULT_UPSTREAM_BYTES = 64 * 1024 * 1024;

export interface ProxyOptions {
  /** fetch used to reach the endpoint (default: the global one). */
  fetch?: typeof fetch;
  /** Largest answer read from the endpoint, in bytes. */
  maxResponseBytes?: number;
}

/** The endpoint's URL as shown in messages: without user name or password. */
export function displayEndpoint(endpoint: string): string {
  const url = new URL(endpoint);
  url.username = '';
  url.password = '';
  return url.href;
}

/** A fetch whose response bodies fail once they pass `limit` bytes (read by the engine as a cut-off answer). */
export function boundedFetch(limit: number, inner: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    if (!response.body) return response;
    let seen = 0;
    const body = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          seen += chunk.byteLength;
          if (seen > limit) controller.error(new Error(`answer larger than the proxy's limit of ${limit} bytes`));
          else controller.enqueue(chunk);
        },
      }),
    );
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

function gist(text: string, max = 300): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * The HTTP answer for a failure of the endpoint behind the proxy: 502 with the reason (unreachable, not results,
 * HTTP 5xx, cut off, partial), 400 for a query the endpoint rejected. Timeouts, syntax and read-only errors are
 * left to the SPARQL handler (503, 400, 403), as for the local engine.
 */
export function proxyFailure(error: unknown, endpoint: string): unknown {
  const name = displayEndpoint(endpoint);
  if (error instanceof PartialResultError) {
    return new HttpError(
      502,
      `the SPARQL endpoint ${name} sent only a partial result (${error.message}); it is not passed on`,
      { 'x-osce-kg-upstream': 'partial' },
    );
  }
  if (error instanceof EndpointUnreachableError)
    return new HttpError(502, `the SPARQL endpoint ${name} cannot be reached: ${error.message}`, {
      'x-osce-kg-upstream': 'unreachable',
    });
  if (error instanceof UnexpectedMediaTypeError) {
    return new HttpError(
      502,
      `the SPARQL endpoint ${name} answered ${error.mediaType || 'without a media type'}, not SPARQL results`,
      { 'x-osce-kg-upstream': 'not-results' },
    );
  }
  if (error instanceof ResultFormatError)
    return new HttpError(502, `the SPARQL endpoint ${name} sent invalid or cut-off results: ${error.message}`, {
      'x-osce-kg-upstream': 'invalid',
    });
  if (error instanceof EndpointHttpError) {
    if (error.status === 400)
      return new HttpError(400, `the SPARQL endpoint rejected the query: ${gist(error.body) || 'HTTP 400'}`);
    return new HttpError(
      502,
      `the SPARQL endpoint ${name} answered HTTP ${error.status}${error.body ? `: ${gist(error.body)}` : ''}`,
      { 'x-osce-kg-upstream': `http-${error.status}` },
    );
  }
  return error;
}

/** The remote endpoint as the SPARQL handler's engine: each query forwarded, each failure mapped (proxyFailure). */
export class ProxyEngine implements SparqlEngine {
  readonly remote: RemoteSparqlEngine;
  /** The endpoint without credentials (they travel in the Authorization header). */
  readonly endpoint: string;
  private readonly remoteOptions: RemoteEngineOptions;

  constructor(endpoint: string, options: ProxyOptions = {}) {
    // fetch refuses URLs with credentials: `http://user:pw@host/sparql` becomes Basic authorization instead.
    const url = new URL(endpoint);
    const headers: Record<string, string> = {};
    if (url.username || url.password) {
      const user = decodeURIComponent(url.username);
      const password = decodeURIComponent(url.password);
      headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    }
    this.endpoint = displayEndpoint(endpoint);
    this.remoteOptions = {
      fetch: boundedFetch(options.maxResponseBytes ?? DEFAULT_UPSTREAM_BYTES, options.fetch ?? fetch),
      headers,
    };
    this.remote = createRemoteEngine(this.endpoint, this.remoteOptions);
  }

  /**
   * Forwards the query; a protocol dataset (default-graph-uri / named-graph-uri, already checked) goes to the store
   * unchanged. `options.signal` (the client hung up) and the time limit abort the request to the store.
   */
  async query(sparql: string, options?: QueryOptions): Promise<QueryResult> {
    const dataset = options?.dataset;
    const remote = dataset
      ? createRemoteEngine(this.endpoint, {
          ...this.remoteOptions,
          defaultGraphUris: dataset.defaultGraphs,
          namedGraphUris: dataset.namedGraphs,
        })
      : this.remote;
    try {
      return await remote.query(sparql, options);
    } catch (error) {
      throw proxyFailure(error, this.endpoint);
    }
  }

  /** Nothing to release: each query is one HTTP request. */
  async close(): Promise<void> {}
}

export function createProxyEngine(endpoint: string, options?: ProxyOptions): ProxyEngine {
  return new ProxyEngine(endpoint, options);
}

/**
 * Pages that differ in proxy mode. `/` (and `/index.html`) without `?endpoint=` redirects to `/?endpoint=/sparql`,
 * so the explorer starts in remote mode on this server's /sparql and the address bar says so; `/data.*` is 404
 * (the store is not dumped whole). Returns true when it answered.
 */
export function proxyPage(res: ServerResponse, url: URL, method: string): boolean {
  if (/^\/data(\.[a-z]+)?$/.test(url.pathname)) {
    throw new HttpError(
      404,
      'this server proxies a SPARQL endpoint: the whole dataset is not downloadable here (query /sparql)',
    );
  }
  if (
    (url.pathname === '/' || url.pathname === '/index.html') &&
    !url.searchParams.has('endpoint') &&
    (method === 'GET' || method === 'HEAD')
  ) {
    const params = new URLSearchParams(url.search);
    params.set('endpoint', '/sparql');
    sendText(res, 302, 'the explorer runs against /sparql here', { location: `/?${params.toString()}` });
    return true;
  }
  return false;
}
