// Routes requests: /sparql (the protocol endpoint), /data.* (the dataset), everything else the static explorer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Quad } from '@rdfjs/types';
import { createDatasetHandler } from './dataset-handler';
import { COMMON_HEADERS, HttpError, sendText } from './http-util';
import { proxyPage } from './proxy';
import { handlePublish } from './publish-handler';
import { createPublication, type Publication } from '../publish/publication';
import { localEntities, remoteEntities } from '../publish/entity-source';
import { handleSparql, LOCAL_DISCONNECT_GRACE_MS, type SparqlEndpointOptions } from './sparql-handler';
import { serveStatic } from './static';

export interface RouterOptions extends SparqlEndpointOptions {
  quads: Quad[];
  /** Directory of the explorer build; undefined serves no static files. */
  staticDir?: string;
  /** Set by `serve --endpoint`: /sparql forwards to this endpoint (the engine is a ProxyEngine); see proxy.ts. */
  remoteEndpoint?: string;
  log?: (line: string) => void;
  /** The text of a source document by its IRI, for its page (passages marked in it). */
  sourceText?: (documentIri: string) => string | undefined;
}

const DATA_PATH = /^\/data(\.[a-z]+)?$/;

/** Builds the request listener for `http.createServer`. */
export function createRouter(routerOptions: RouterOptions) {
  // In front of a store a hung-up client's request to it is aborted at once; the local engine gets a grace period
  const inFrontOfStore = routerOptions.remoteEndpoint !== undefined;
  const options: RouterOptions = {
    ...routerOptions,
    disconnectGraceMs: routerOptions.disconnectGraceMs ?? (inFrontOfStore ? 0 : LOCAL_DISCONNECT_GRACE_MS),
  };
  const dataset = createDatasetHandler(options.quads);
  // Indexed on the first page asked for, so that starting the server stays as fast as loading the data.
  let publication: Publication | undefined;
  const published = (): Publication =>
    (publication ??= createPublication(options.quads, { sourceText: options.sourceText }));
  // In front of a store, each entity page is asked of it; otherwise it comes from the loaded graph.
  const entities = inFrontOfStore
    ? remoteEntities(options.engine, { timeoutMs: options.timeoutMs })
    : localEntities(published);

  const route = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const method = req.method ?? 'GET';
    const path = url.pathname;
    const allow = path === '/sparql' ? 'GET, HEAD, POST, OPTIONS' : 'GET, HEAD, OPTIONS';
    if (method === 'OPTIONS') {
      // CORS preflight: any origin may query (the endpoint is read-only and needs no credentials).
      res.writeHead(204, {
        ...COMMON_HEADERS,
        allow,
        'access-control-allow-methods': allow,
        'access-control-allow-headers': 'content-type, accept',
        'access-control-max-age': '86400',
      });
      res.end();
      return;
    }
    if (!allow.split(', ').includes(method))
      throw new HttpError(405, `method ${method} not allowed on ${path}`, { allow });
    if (await handlePublish(req, res, url, published, entities)) return;
    if (path === '/sparql') return handleSparql(req, res, url, options);
    if (options.remoteEndpoint !== undefined && proxyPage(res, url, method)) return;
    if (DATA_PATH.test(path)) return dataset(req, res, path);
    if (path === '/health') return sendText(res, 200, 'ok');
    if (!options.staticDir) throw new HttpError(404, `not found: ${path}`);
    return serveStatic(req, res, options.staticDir, path, {
      withoutBundledGraph: options.remoteEndpoint !== undefined,
    });
  };

  return (req: IncomingMessage, res: ServerResponse): void => {
    const started = Date.now();
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      sendText(res, 400, 'malformed request URL');
      return;
    }
    route(req, res, url)
      .catch((error: unknown) => {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        if (error instanceof HttpError) {
          sendText(res, error.status, error.message, error.headers);
          return;
        }
        options.log?.(`error: ${(error as Error).stack ?? String(error)}`);
        sendText(res, 500, `internal error: ${(error as Error).message}`);
      })
      .finally(() => options.log?.(`${req.method} ${url.pathname} ${res.statusCode} ${Date.now() - started} ms`));
  };
}
