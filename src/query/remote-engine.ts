// SPARQL 1.1 Protocol client over fetch: GET or POST, Accept per query form, timeouts, and strict error reporting.
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import type { QueryOptions, QueryResult, SparqlEngine } from './engine';
import {
  DEFAULT_LIMITS,
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
} from './limits';
import { queryForm } from './query-form';
import { parseSparqlJson } from './results-json';

export interface RemoteEngineOptions {
  /** fetch to use (default: the global one). */
  fetch?: typeof fetch;
  /** Extra request headers (authorization, say). */
  headers?: Record<string, string>;
  /** Longest GET URL; longer queries are POSTed as a form (default 2,000 characters). */
  maxGetLength?: number;
  /** `default-graph-uri` / `named-graph-uri` protocol parameters. */
  defaultGraphUris?: string[];
  namedGraphUris?: string[];
}

const JSON_RESULTS = 'application/sparql-results+json';
const RDF_ACCEPT = 'application/n-triples, text/turtle;q=0.9, application/n-quads;q=0.8, text/plain;q=0.5';

/** Media types of graph results that n3 can parse, with the n3 format name. */
const RDF_MEDIA_TYPES: Record<string, string> = {
  'application/n-triples': 'application/n-triples',
  'text/plain': 'application/n-triples',
  'text/turtle': 'text/turtle',
  'application/x-turtle': 'text/turtle',
  'application/n-quads': 'application/n-quads',
  'text/x-nquads': 'application/n-quads',
  'application/trig': 'application/trig',
};

/** Position patterns of common endpoints' syntax errors: Oxigraph, Jena/Fuseki, Virtuoso. */
function syntaxErrorFrom(body: string): QuerySyntaxError | undefined {
  let m = /error at (\d+):(\d+)/i.exec(body);
  if (m) return new QuerySyntaxError(body.trim(), Number(m[1]), Number(m[2]));
  m = /line (\d+), column (\d+)/i.exec(body);
  if (m) return new QuerySyntaxError(body.trim(), Number(m[1]), Number(m[2]));
  m = /SPARQL compiler, line (\d+)/i.exec(body);
  if (m) return new QuerySyntaxError(body.trim(), Number(m[1]), 0);
  if (/syntax|parse error|lexical|encountered/i.test(body)) return new QuerySyntaxError(body.trim(), 0, 0);
  return undefined;
}

/**
 * A SPARQL endpoint behind the SparqlEngine interface. Only queries: an update is refused (ReadOnlyError).
 * Partial answers (HTTP 206, Virtuoso's `X-SQL-State` anytime header) and cut-off bodies are errors.
 */
export class RemoteSparqlEngine implements SparqlEngine {
  constructor(
    readonly endpoint: string,
    private readonly options: RemoteEngineOptions = {},
  ) {}

  async query(sparql: string, options: QueryOptions = {}): Promise<QueryResult> {
    const form = queryForm(sparql);
    if (form === 'update') throw new ReadOnlyError();
    const accept =
      form === 'select' || form === 'ask'
        ? JSON_RESULTS
        : form === 'construct' || form === 'describe'
          ? RDF_ACCEPT
          : `${JSON_RESULTS}, ${RDF_ACCEPT}`;
    const timeoutMs = options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
    const rowLimit = options.rowLimit ?? DEFAULT_LIMITS.rowLimit;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    if (options.signal?.aborted) throw new QueryAbortedError('query aborted before it started');
    options.signal?.addEventListener('abort', onAbort);
    const stopped = (error: unknown): Error | undefined => {
      if (timedOut) return new QueryTimeoutError(timeoutMs);
      if (options.signal?.aborted) return new QueryAbortedError('query aborted');
      return error instanceof Error ? undefined : new Error(String(error));
    };
    try {
      let response: Response;
      try {
        response = await this.send(sparql, accept, controller.signal);
      } catch (error) {
        throw stopped(error) ?? new EndpointUnreachableError(this.endpoint, error);
      }
      let body: string;
      try {
        body = await response.text();
      } catch (error) {
        throw (
          stopped(error) ??
          new TruncatedResponseError(`response from ${this.endpoint} ended early (${(error as Error).message})`)
        );
      }
      return this.read(response, body, rowLimit);
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }
  }

  private send(sparql: string, accept: string, signal: AbortSignal): Promise<Response> {
    const doFetch = this.options.fetch ?? fetch;
    const params = new URLSearchParams({ query: sparql });
    for (const g of this.options.defaultGraphUris ?? []) params.append('default-graph-uri', g);
    for (const g of this.options.namedGraphUris ?? []) params.append('named-graph-uri', g);
    const headers = { Accept: accept, ...this.options.headers };
    const separator = this.endpoint.includes('?') ? '&' : '?';
    const url = `${this.endpoint}${separator}${params.toString()}`;
    if (url.length <= (this.options.maxGetLength ?? 2000)) return doFetch(url, { method: 'GET', headers, signal });
    return doFetch(this.endpoint, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: params.toString(),
      signal,
    });
  }

  private read(response: Response, body: string, rowLimit: number): QueryResult {
    // Virtuoso says why in X-SQL-State / X-SQL-Message (an anytime-query timeout, say): keep that reason.
    const sqlState = response.headers.get('x-sql-state');
    const why = sqlState ? `${sqlState} ${response.headers.get('x-sql-message') ?? ''}`.trim() : '';
    if (response.status === 206)
      throw new PartialResultError(`${this.endpoint} sent a partial result (HTTP 206${why ? `: ${why}` : ''})`);
    if (sqlState) throw new PartialResultError(`${this.endpoint} sent an incomplete result (${why})`);
    if (!response.ok) {
      if (response.status === 400) {
        const syntax = syntaxErrorFrom(body);
        if (syntax) throw syntax;
      }
      throw new EndpointHttpError(response.status, response.statusText, body);
    }
    const [contentType = ''] = (response.headers.get('content-type') ?? '').split(';');
    const mediaType = contentType.trim().toLowerCase();
    if (mediaType === JSON_RESULTS || mediaType === 'application/json') return parseSparqlJson(body, rowLimit);
    const rdfFormat = RDF_MEDIA_TYPES[mediaType];
    if (rdfFormat === undefined) throw new UnexpectedMediaTypeError(mediaType, body.replace(/\s+/g, ' ').trim());
    let quads: Quad[];
    try {
      quads = new Parser({ format: rdfFormat }).parse(body);
    } catch (error) {
      throw new ResultFormatError(
        `invalid or truncated ${mediaType} from ${this.endpoint}: ${(error as Error).message}`,
      );
    }
    return { kind: 'quads', quads: quads.slice(0, rowLimit), truncated: quads.length > rowLimit };
  }
}

export function createRemoteEngine(endpoint: string, options?: RemoteEngineOptions): RemoteSparqlEngine {
  return new RemoteSparqlEngine(endpoint, options);
}
