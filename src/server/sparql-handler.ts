// The SPARQL 1.1 Protocol endpoint: GET ?query=, POST sparql-query or form; read-only; negotiated result formats.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SparqlEngine } from '../query/engine';
import { QueryEvaluationError, QuerySyntaxError, QueryTimeoutError, ReadOnlyError } from '../query/limits';
import { formatResult, offersFor, resultFormatFromParam } from '../node/result-output';
import { HttpError, readBody, sendBody } from './http-util';
import { negotiate } from './negotiation';
import { isUpdate, usesService } from './query-guard';

export interface SparqlEndpointOptions {
  engine: SparqlEngine;
  timeoutMs: number;
  rowLimit: number;
  bodyLimit: number;
  allowService: boolean;
}

interface ProtocolRequest {
  query: string;
  /** A `format=` parameter, which overrides the Accept header (handy from a browser's address bar). */
  format?: string;
}

/** Answers one request to /sparql (the router has already handled OPTIONS and refused other methods). */
export async function handleSparql(req: IncomingMessage, res: ServerResponse, url: URL, options: SparqlEndpointOptions): Promise<void> {
  const request = req.method === 'POST' ? await fromPost(req, url, options.bodyLimit) : fromParams(url.searchParams);
  if (isUpdate(request.query)) throw new HttpError(403, 'this endpoint is read-only: SPARQL Update is refused');
  if (!options.allowService && usesService(request.query)) {
    throw new HttpError(403, 'SERVICE (federated query) is disabled on this endpoint');
  }

  let result;
  try {
    result = await options.engine.query(request.query, { timeoutMs: options.timeoutMs, rowLimit: options.rowLimit });
  } catch (error) {
    if (error instanceof QuerySyntaxError) throw new HttpError(400, error.message);
    if (error instanceof ReadOnlyError) throw new HttpError(403, error.message);
    if (error instanceof QueryEvaluationError) throw new HttpError(400, `query failed: ${error.message}`);
    if (error instanceof QueryTimeoutError) {
      throw new HttpError(503, `query timed out after ${options.timeoutMs} ms and was stopped`, { 'retry-after': '1' });
    }
    throw error;
  }

  const offers = offersFor(result);
  const forced = request.format ? resultFormatFromParam(request.format, result) : undefined;
  if (request.format && !forced) throw new HttpError(400, `unknown format "${request.format}" for this kind of result`);
  const mediaType = forced?.mediaType ?? negotiate(req.headers.accept, offers.map((o) => o.mediaType));
  const chosen = forced ?? offers.find((o) => o.mediaType === mediaType);
  if (!chosen) {
    throw new HttpError(406, `none of the accepted types is available; this result can be sent as: ${offers.map((o) => o.mediaType).join(', ')}`);
  }
  const truncated = 'truncated' in result && result.truncated;
  const headers: Record<string, string> = { vary: 'accept', 'cache-control': 'no-store' };
  if (truncated) headers['x-osce-kg-truncated'] = `results cut at ${options.rowLimit} rows`;
  sendBody(res, 200, await formatResult(result, chosen.format), `${chosen.mediaType}; charset=utf-8`, headers, req.method === 'HEAD');
}

function fromParams(params: URLSearchParams): ProtocolRequest {
  if (params.has('update')) throw new HttpError(403, 'this endpoint is read-only: SPARQL Update is refused');
  const queries = params.getAll('query');
  if (queries.length === 0) throw new HttpError(400, 'missing "query" parameter (SPARQL 1.1 Protocol: GET /sparql?query=…)');
  if (queries.length > 1) throw new HttpError(400, 'more than one "query" parameter');
  if (params.has('default-graph-uri') || params.has('named-graph-uri')) {
    throw new HttpError(400, 'default-graph-uri / named-graph-uri are not supported: the dataset is fixed (use FROM / GRAPH in the query)');
  }
  return { query: queries[0], format: params.get('format') ?? undefined };
}

async function fromPost(req: IncomingMessage, url: URL, bodyLimit: number): Promise<ProtocolRequest> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/sparql-update') throw new HttpError(403, 'this endpoint is read-only: SPARQL Update is refused');
  if (type === 'application/sparql-query') {
    const query = await readBody(req, bodyLimit);
    if (url.searchParams.has('query')) throw new HttpError(400, 'query given both in the body and the URL');
    return { query, format: url.searchParams.get('format') ?? undefined };
  }
  if (type === 'application/x-www-form-urlencoded') {
    return fromParams(new URLSearchParams(await readBody(req, bodyLimit)));
  }
  throw new HttpError(415, `unsupported Content-Type "${type || '(none)'}": use application/sparql-query or application/x-www-form-urlencoded`);
}
