// Resolves the published IRIs: /id/{name} pages by content negotiation, /ontology, the VoID at /.well-known/void,
// and the Service Description at GET /sparql without a query.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BadPageNameError, PAGE_MEDIA_TYPES, parsePagePath, parseSdgPath, type PageFormat } from '../publish/names';
import { alternatesOf } from '../publish/entity-page';
import { notFoundBody } from '../publish/not-found';
import { PAGE_STYLE, STYLESHEET } from '../publish/page-style';
import type { EntitySource } from '../publish/entity-source';
import type { Publication } from '../publish/publication';
import { ExcerptTooLargeError } from '../publish/remote-excerpt';
import { QueryTimeoutError } from '../query/limits';
import { HttpError, sendBody } from './http-util';
import { negotiate } from './negotiation';
import { CONTENT_SECURITY_POLICY } from './static';

const CHARSET = '; charset=utf-8';
/** HTML first: a browser's Accept names it, and `*∕*` (curl, crawlers that take anything) gets the page for people. */
const ENTITY_OFFERS: readonly PageFormat[] = ['html', 'ttl', 'jsonld', 'nt', 'trig'];
const VOID_OFFERS: readonly PageFormat[] = ['html', 'ttl', 'jsonld', 'nt'];
const SD_OFFERS: readonly PageFormat[] = ['ttl', 'jsonld', 'nt', 'html'];

function choose(req: IncomingMessage, offers: readonly PageFormat[], forced?: PageFormat): PageFormat {
  if (forced) return forced;
  const type = negotiate(
    req.headers.accept,
    offers.map((f) => PAGE_MEDIA_TYPES[f]),
  );
  const format = offers.find((f) => PAGE_MEDIA_TYPES[f] === type);
  if (!format)
    throw new HttpError(406, `available as: ${offers.map((f) => PAGE_MEDIA_TYPES[f]).join(', ')}`, { vary: 'accept' });
  return format;
}

function linkHeader(name: string, prefix: string): string {
  return [
    `<${prefix}${name}.html>; rel="alternate"; type="text/html"`,
    ...alternatesOf(name).map((a) => `<${prefix}${a.href}>; rel="alternate"; type="${a.type}"`),
  ].join(', ');
}

/** The server's own base URL from the Host header, when it is a plain host[:port] (anything else is not echoed). */
export function baseUrlOf(req: IncomingMessage): string {
  const host = req.headers.host ?? '';
  return `http://${/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host) ? host : 'localhost'}/`;
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  format: PageFormat,
  body: string,
  headers: Record<string, string> = {},
): void {
  const security: Record<string, string> =
    format === 'html' ? { 'content-security-policy': CONTENT_SECURITY_POLICY, 'referrer-policy': 'no-referrer' } : {};
  sendBody(
    res,
    status,
    body,
    PAGE_MEDIA_TYPES[format] + CHARSET,
    { 'cache-control': 'no-cache', ...security, ...headers },
    req.method === 'HEAD',
  );
}

const VOID_PATH = /^\/(?:\.well-known\/void|dataset|void\.(html|ttl|nt|jsonld))$/;

function isPublishPath(path: string, url: URL, method: string | undefined): boolean {
  return (
    path === `/${STYLESHEET}` ||
    path.startsWith('/sdg/') ||
    path === '/id' ||
    path.startsWith('/id/') ||
    path === '/ontology' ||
    path === '/ontology.html' ||
    path === '/ontology.ttl' ||
    VOID_PATH.test(path) ||
    (path === '/sparql' &&
      (method === 'GET' || method === 'HEAD') &&
      !url.searchParams.has('query') &&
      !url.searchParams.has('update'))
  );
}

/** Answers the request if it is one of the publishing routes; false leaves it to the next handler. */
export async function handlePublish(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  published: () => Publication,
  entities: EntitySource,
): Promise<boolean> {
  const path = url.pathname;
  if (!isPublishPath(path, url, req.method)) return false;
  if (path === `/${STYLESHEET}`) {
    sendBody(res, 200, PAGE_STYLE, 'text/css; charset=utf-8', { 'cache-control': 'no-cache' }, req.method === 'HEAD');
    return true;
  }
  const publication = published();
  if (path === '/id' || path === '/id/' || path === '/id/index.html') {
    send(req, res, 200, 'html', publication.resourceIndexHtml());
    return true;
  }
  if (path.startsWith('/id/')) {
    await entity(req, res, path.slice('/id/'.length), entities);
    return true;
  }
  if (path.startsWith('/sdg/')) {
    await sdg(req, res, path.slice('/sdg/'.length), entities);
    return true;
  }
  if (path === '/ontology' || path === '/ontology.html' || path === '/ontology.ttl') {
    const forced = path === '/ontology' ? undefined : path.endsWith('.ttl') ? 'ttl' : 'html';
    const format = choose(req, ['html', 'ttl'], forced);
    const ontology = await fromStore('the ontology', res, (signal) => entities.ontology(signal));
    const body = format === 'html' ? ontology.html() : await ontology.turtle();
    send(req, res, 200, format, body, { vary: 'accept', link: '</ontology.ttl>; rel="alternate"; type="text/turtle"' });
    return true;
  }
  const voidMatch = VOID_PATH.exec(path);
  if (voidMatch) {
    const format = choose(req, VOID_OFFERS, voidMatch[1] as PageFormat | undefined);
    const base = baseUrlOf(req);
    const body =
      format === 'html'
        ? publication.datasetHtml(`${base}sparql`)
        : await publication.voidRdf({ baseUrl: base, sparqlEndpoint: `${base}sparql` }, format);
    send(req, res, 200, format, body, { vary: 'accept' });
    return true;
  }
  if (path === '/sparql') {
    const format = choose(req, SD_OFFERS);
    const endpoint = `${baseUrlOf(req)}sparql`;
    const body =
      format === 'html' ? publication.datasetHtml(endpoint) : await publication.serviceDescriptionRdf(endpoint, format);
    send(req, res, 200, format, body, { vary: 'accept' });
    return true;
  }
  return false;
}

/** A page asked of a triple store: its failures are the store's (502, 503), never an internal error. */
async function fromStore<T>(what: string, res: ServerResponse, ask: (signal: AbortSignal) => Promise<T>): Promise<T> {
  // A client that hangs up stops the queries to the store
  const gone = new AbortController();
  const hangUp = (): void => {
    if (!res.writableFinished) gone.abort();
  };
  res.once('close', hangUp);
  try {
    return await ask(gone.signal);
  } catch (error) {
    if (error instanceof ExcerptTooLargeError)
      throw new HttpError(502, `the store's description of ${what} is too large for a page: ${error.message}`);
    if (error instanceof QueryTimeoutError)
      throw new HttpError(503, `the store did not describe ${what} in time: ${error.message}`, { 'retry-after': '1' });
    throw error;
  } finally {
    res.off('close', hangUp);
  }
}

/** `/sdg/10.7` (or `.html`): the page of what the graph says about a UN SDG goal or target; HTML only. */
async function sdg(req: IncomingMessage, res: ServerResponse, tail: string, entities: EntitySource): Promise<void> {
  let code;
  try {
    code = parseSdgPath(tail);
  } catch (error) {
    if (error instanceof BadPageNameError) throw new HttpError(400, `bad SDG page: ${error.message}`);
    throw error;
  }
  choose(req, ['html'], tail.endsWith('.html') ? 'html' : undefined);
  const html = await fromStore(`SDG ${code}`, res, (signal) => entities.sdg(code, signal));
  if (html === undefined) {
    send(req, res, 404, 'html', notFoundBody('html', undefined, '../'));
    return;
  }
  send(req, res, 200, 'html', html);
}

async function entity(req: IncomingMessage, res: ServerResponse, tail: string, entities: EntitySource): Promise<void> {
  let request;
  try {
    request = parsePagePath(tail);
  } catch (error) {
    if (error instanceof BadPageNameError) throw new HttpError(400, `bad resource name: ${error.message}`);
    throw error;
  }
  const format = choose(req, ENTITY_OFFERS, request.format);
  const negotiated = request.format === undefined;
  const headers: Record<string, string> = { link: linkHeader(request.name, '/id/') };
  if (negotiated) {
    headers.vary = 'accept';
    headers['content-location'] = `/id/${request.name}.${format}`;
  }
  const found = await fromStore(request.name, res, (signal) => entities.entity(request.name, signal));
  if (found === undefined) {
    delete headers.link;
    send(req, res, 404, format, notFoundBody(format, request.name), headers);
    return;
  }
  const body = format === 'html' ? found.html() : await found.rdf(format);
  send(req, res, 200, format, body, headers);
}
