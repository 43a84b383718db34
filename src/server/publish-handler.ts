// Resolves the published IRIs: /id/{name} pages by content negotiation, /ontology, the VoID at /.well-known/void,
// and the Service Description at GET /sparql without a query.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BadPageNameError, PAGE_MEDIA_TYPES, parsePagePath, type PageFormat } from '../publish/names';
import { alternatesOf } from '../publish/entity-page';
import { notFoundBody } from '../publish/not-found';
import type { Publication } from '../publish/publication';
import type { RdfPageFormat } from '../publish/representations';
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
  const type = negotiate(req.headers.accept, offers.map((f) => PAGE_MEDIA_TYPES[f]));
  const format = offers.find((f) => PAGE_MEDIA_TYPES[f] === type);
  if (!format) throw new HttpError(406, `available as: ${offers.map((f) => PAGE_MEDIA_TYPES[f]).join(', ')}`, { vary: 'accept' });
  return format;
}

function linkHeader(name: string, prefix: string): string {
  return [`<${prefix}${name}.html>; rel="alternate"; type="text/html"`,
    ...alternatesOf(name).map((a) => `<${prefix}${a.href}>; rel="alternate"; type="${a.type}"`)].join(', ');
}

/** The server's own base URL from the Host header, when it is a plain host[:port] (anything else is not echoed). */
export function baseUrlOf(req: IncomingMessage): string {
  const host = req.headers.host ?? '';
  return `http://${/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host) ? host : 'localhost'}/`;
}

function send(req: IncomingMessage, res: ServerResponse, status: number, format: PageFormat, body: string, headers: Record<string, string> = {}): void {
  const security: Record<string, string> = format === 'html' ? { 'content-security-policy': CONTENT_SECURITY_POLICY, 'referrer-policy': 'no-referrer' } : {};
  sendBody(res, status, body, PAGE_MEDIA_TYPES[format] + CHARSET, { 'cache-control': 'no-cache', ...security, ...headers }, req.method === 'HEAD');
}

const VOID_PATH = /^\/(?:\.well-known\/void|dataset|void\.(html|ttl|nt|jsonld))$/;

function isPublishPath(path: string, url: URL, method: string | undefined): boolean {
  return path === '/id' || path.startsWith('/id/') || path === '/ontology' || path === '/ontology.html' || path === '/ontology.ttl'
    || VOID_PATH.test(path)
    || (path === '/sparql' && (method === 'GET' || method === 'HEAD') && !url.searchParams.has('query') && !url.searchParams.has('update'));
}

/** Answers the request if it is one of the publishing routes; false leaves it to the next handler. */
export async function handlePublish(req: IncomingMessage, res: ServerResponse, url: URL, published: () => Publication): Promise<boolean> {
  const path = url.pathname;
  if (!isPublishPath(path, url, req.method)) return false;
  const publication = published();
  if (path === '/id' || path === '/id/' || path === '/id/index.html') {
    send(req, res, 200, 'html', publication.resourceIndexHtml());
    return true;
  }
  if (path.startsWith('/id/')) {
    await entity(req, res, path.slice('/id/'.length), publication);
    return true;
  }
  if (path === '/ontology' || path === '/ontology.html' || path === '/ontology.ttl') {
    const forced = path === '/ontology' ? undefined : path.endsWith('.ttl') ? 'ttl' : 'html';
    const format = choose(req, ['html', 'ttl'], forced);
    const body = format === 'html' ? publication.ontologyHtml() : await publication.ontologyTurtle();
    send(req, res, 200, format, body, { vary: 'accept', link: '</ontology.ttl>; rel="alternate"; type="text/turtle"' });
    return true;
  }
  const voidMatch = VOID_PATH.exec(path);
  if (voidMatch) {
    const format = choose(req, VOID_OFFERS, voidMatch[1] as PageFormat | undefined);
    const base = baseUrlOf(req);
    const body = format === 'html'
      ? publication.datasetHtml(`${base}sparql`)
      : await publication.voidRdf({ baseUrl: base, sparqlEndpoint: `${base}sparql` }, format as RdfPageFormat);
    send(req, res, 200, format, body, { vary: 'accept' });
    return true;
  }
  if (path === '/sparql') {
    const format = choose(req, SD_OFFERS);
    const endpoint = `${baseUrlOf(req)}sparql`;
    const body = format === 'html'
      ? publication.datasetHtml(endpoint)
      : await publication.serviceDescriptionRdf(endpoint, format as RdfPageFormat);
    send(req, res, 200, format, body, { vary: 'accept' });
    return true;
  }
  return false;
}

async function entity(req: IncomingMessage, res: ServerResponse, tail: string, publication: Publication): Promise<void> {
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
  const iri = publication.iriOf(request.name);
  if (iri === undefined) {
    delete headers.link;
    send(req, res, 404, format, notFoundBody(format, request.name), headers);
    return;
  }
  const body = format === 'html' ? publication.entityHtml(iri) : await publication.entityRdf(iri, format);
  send(req, res, 200, format, body, headers);
}
