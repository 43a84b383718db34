// The SPARQL 1.1 Protocol endpoint: GET ?query=, POST sparql-query or form; read-only; negotiated result formats.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { QueryDataset, QueryResult, SparqlEngine } from '../query/engine';
import {
  QueryAbortedError,
  QueryEvaluationError,
  QueryResourceError,
  QuerySyntaxError,
  QueryTimeoutError,
  ReadOnlyError,
} from '../query/limits';
import { PoolBusyError } from '../node/query-pool';
import type { WorkerQueryOptions } from '../node/query-worker-serialized';
import {
  formatResult,
  GRAPH_FALLBACK,
  offersFor,
  resultFormatFromParam,
  serializedBody,
  type Offer,
} from '../node/result-output';
import { RdfXmlUnfitError } from '../node/rdf-xml';
import { XmlCharacterError } from '../query/xml-chars';
import { readDatasetParams } from './dataset-params';
import { assertUtf8QueryString, HttpError, readBody, sendBody } from './http-util';
import { acceptable } from './negotiation';
import { isUpdate, usesService } from './query-guard';

export interface SparqlEndpointOptions {
  engine: SparqlEngine;
  timeoutMs: number;
  rowLimit: number;
  bodyLimit: number;
  allowService: boolean;
  /**
   * How long a query may go on once its client has hung up, in ms. Default LOCAL_DISCONNECT_GRACE_MS: stopping the
   * local engine terminates its worker, which must then load the dataset again, so a query about to finish is left
   * to finish. The router sets 0 in front of a store (aborting a request to it costs nothing).
   */
  disconnectGraceMs?: number;
}

/** See SparqlEndpointOptions.disconnectGraceMs. */
export const LOCAL_DISCONNECT_GRACE_MS = 1000;

interface ProtocolRequest {
  query: string;
  /** A `format=` parameter, which overrides the Accept header (handy from a browser's address bar). */
  format?: string;
  /** default-graph-uri / named-graph-uri, when the request names graphs. */
  dataset?: QueryDataset;
}

/** Answers one request to /sparql (the router has already handled OPTIONS and refused other methods). */
export async function handleSparql(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  options: SparqlEndpointOptions,
): Promise<void> {
  assertUtf8QueryString(req.url);
  const request = req.method === 'POST' ? await fromPost(req, url, options.bodyLimit) : fromParams(url.searchParams);
  if (isUpdate(request.query)) throw new HttpError(403, 'this endpoint is read-only: SPARQL Update is refused');
  if (!options.allowService && usesService(request.query)) {
    throw new HttpError(403, 'SERVICE (federated query) is disabled on this endpoint');
  }

  // A client that hangs up stops its query: the worker is freed, the request to a proxied store is aborted.
  const gone = new AbortController();
  const grace = options.disconnectGraceMs ?? LOCAL_DISCONNECT_GRACE_MS;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  const onClose = () => {
    if (res.writableFinished) return;
    if (grace <= 0) gone.abort();
    else graceTimer = setTimeout(() => gone.abort(), grace);
  };
  res.once('close', onClose);
  let result;
  try {
    // keepText: the local worker's SPARQL JSON / N-Triples is sent as it is, never parsed and written again here
    const queryOptions: WorkerQueryOptions = {
      timeoutMs: options.timeoutMs,
      rowLimit: options.rowLimit,
      dataset: request.dataset,
      signal: gone.signal,
      keepText: true,
    };
    result = await options.engine.query(request.query, queryOptions);
  } catch (error) {
    if (error instanceof QueryAbortedError && gone.signal.aborted) {
      res.statusCode = 499; // nginx's "client closed request", for the log line: nobody is there to read an answer
      return;
    }
    if (error instanceof QuerySyntaxError) throw new HttpError(400, error.message);
    if (error instanceof ReadOnlyError) throw new HttpError(403, error.message);
    if (error instanceof PoolBusyError)
      throw new HttpError(503, error.message, { 'retry-after': String(error.retryAfterSeconds) });
    if (error instanceof QueryResourceError) throw new HttpError(503, error.message);
    if (error instanceof QueryEvaluationError) throw new HttpError(400, `query failed: ${error.message}`);
    if (error instanceof QueryTimeoutError) {
      throw new HttpError(503, `query timed out after ${options.timeoutMs} ms and was stopped`, { 'retry-after': '1' });
    }
    throw error;
  } finally {
    res.off('close', onClose);
    clearTimeout(graceTimer);
  }

  const offers = offersFor(result);
  const forced = request.format ? resultFormatFromParam(request.format, result) : undefined;
  if (request.format && !forced) throw new HttpError(400, `unknown format "${request.format}" for this kind of result`);
  const ranked = forced
    ? [forced]
    : acceptable(
        req.headers.accept,
        offers.map((o) => o.mediaType),
      ).map((type) => offers.find((o) => o.mediaType === type)!);
  if (ranked.length === 0) {
    throw new HttpError(
      406,
      `none of the accepted types is available; this result can be sent as: ${offers.map((o) => o.mediaType).join(', ')}`,
    );
  }
  const truncated = 'truncated' in result && result.truncated;
  const headers: Record<string, string> = { vary: 'accept', 'cache-control': 'no-store' };
  if (truncated) headers['x-osce-kg-truncated'] = `results cut at ${options.rowLimit} rows`;
  const { offer, body } = await writeFirstFitting(result, ranked);
  sendBody(res, 200, body, `${offer.sendAs ?? offer.mediaType}; charset=utf-8`, headers, req.method === 'HEAD');
}

/**
 * The body in the first of the client's formats that can carry the result: XML cannot carry some control characters
 * and RDF/XML not every predicate, so the next acceptable format is tried; a graph falls back to Turtle; results
 * that fit none of the accepted formats are a 406 that says why.
 */
async function writeFirstFitting(result: QueryResult, ranked: Offer[]): Promise<{ offer: Offer; body: string }> {
  let refusal: Error | undefined;
  const candidates = result.kind === 'quads' ? [...ranked, GRAPH_FALLBACK] : ranked;
  for (const offer of candidates) {
    try {
      return { offer, body: serializedBody(result, offer.format) ?? (await formatResult(result, offer.format)) };
    } catch (error) {
      if (!(error instanceof XmlCharacterError || error instanceof RdfXmlUnfitError)) throw error;
      refusal ??= error;
    }
  }
  throw new HttpError(406, refusal!.message);
}

/**
 * `params`: the query string (GET) or the form body (POST); `urlParams`: a form POST's query string, which may add
 * graphs.
 */
function fromParams(params: URLSearchParams, urlParams?: URLSearchParams): ProtocolRequest {
  if (params.has('update')) throw new HttpError(403, 'this endpoint is read-only: SPARQL Update is refused');
  const [query, ...moreQueries] = params.getAll('query');
  if (query === undefined)
    throw new HttpError(400, 'missing "query" parameter (SPARQL 1.1 Protocol: GET /sparql?query=…)');
  if (moreQueries.length > 0) throw new HttpError(400, 'more than one "query" parameter');
  const dataset = urlParams ? readDatasetParams(urlParams, params) : readDatasetParams(params);
  return { query, format: params.get('format') ?? undefined, dataset };
}

async function fromPost(req: IncomingMessage, url: URL, bodyLimit: number): Promise<ProtocolRequest> {
  const [contentType = ''] = (req.headers['content-type'] ?? '').split(';');
  const type = contentType.trim().toLowerCase();
  if (type === 'application/sparql-update')
    throw new HttpError(403, 'this endpoint is read-only: SPARQL Update is refused');
  if (type === 'application/sparql-query') {
    const query = await readBody(req, bodyLimit);
    if (url.searchParams.has('query')) throw new HttpError(400, 'query given both in the body and the URL');
    return { query, format: url.searchParams.get('format') ?? undefined, dataset: readDatasetParams(url.searchParams) };
  }
  if (type === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams(await readBody(req, bodyLimit));
    if (url.searchParams.has('query')) throw new HttpError(400, 'query given both in the body and the URL');
    return fromParams(form, url.searchParams);
  }
  throw new HttpError(
    415,
    `unsupported Content-Type "${type || '(none)'}": use application/sparql-query or application/x-www-form-urlencoded`,
  );
}
