// Page names of the published IRIs: which `…/id/{name}` a request path names, in which format, and refusals.
import { ID, NS } from '../rdf/vocab';

/** The representations of a page: HTML for people, four RDF syntaxes for machines. */
export const PAGE_FORMATS = ['html', 'ttl', 'nt', 'jsonld', 'trig'] as const;
export type PageFormat = (typeof PAGE_FORMATS)[number];

export const PAGE_MEDIA_TYPES: Readonly<Record<PageFormat, string>> = {
  html: 'text/html',
  ttl: 'text/turtle',
  nt: 'application/n-triples',
  jsonld: 'application/ld+json',
  trig: 'application/trig',
};

/** A request path that can never name a page (control characters, dot segments, encoded slashes). */
export class BadPageNameError extends Error {
  override name = 'BadPageNameError';
}

/**
 * A name that can be a file name on any host and a URL path segment without escaping: letters, digits, and
 * `-._~` inside, starting with a letter or digit (so `.`, `..` and hidden files are impossible).
 */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;
const MAX_NAME = 200;

export function isSafeName(name: string): boolean {
  return name.length <= MAX_NAME && SAFE_NAME.test(name) && !name.includes('..');
}

/** The page name of an IRI under `…/id/`, or undefined when it has none (another namespace, an unsafe name). */
export function pageNameOf(iri: string): string | undefined {
  if (!iri.startsWith(ID)) return undefined;
  const name = iri.slice(ID.length);
  return isSafeName(name) ? name : undefined;
}

/** An SDG goal or target code as the UN's IRIs have it (`10`, `10.7`, `4.b`): its page is `sdg/{code}.html`. */
const SDG_CODE = /^\d{1,2}(?:\.[0-9a-z]{1,2})?$/;

/** The code of a UN SDG goal or target IRI (`http://metadata.un.org/sdg/10.7` -> `10.7`), if it is one. */
export function sdgCodeOf(iri: string): string | undefined {
  if (!iri.startsWith(NS.sdg)) return undefined;
  const code = iri.slice(NS.sdg.length);
  return SDG_CODE.test(code) ? code : undefined;
}

/** Reads the part of a path after `/sdg/` (`10.7` or `10.7.html`); throws BadPageNameError for anything else. */
export function parseSdgPath(rawTail: string): string {
  const tail = rawTail.endsWith('.html') ? rawTail.slice(0, -'.html'.length) : rawTail;
  if (!SDG_CODE.test(tail)) throw new BadPageNameError('not an SDG goal or target code (such as 10 or 10.7)');
  return tail;
}

export interface PageRequest {
  name: string;
  /** Set by a suffix (`.ttl`); undefined asks for content negotiation. */
  format?: PageFormat;
}

/**
 * Reads the part of a path after `/id/` (still percent-encoded, as it came). Throws BadPageNameError for anything
 * that is not a plain name; a well-formed name that the graph lacks is for the caller to answer 404.
 */
export function parsePagePath(rawTail: string): PageRequest {
  let tail: string;
  try {
    tail = decodeURIComponent(rawTail);
  } catch {
    throw new BadPageNameError('malformed percent-encoding in the name');
  }
  if ([...tail].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
    throw new BadPageNameError('control character in the name');
  if (/[\\/]/.test(tail)) throw new BadPageNameError('a name holds no slash');
  if (tail === '') throw new BadPageNameError('empty name');
  const dot = tail.lastIndexOf('.');
  const suffix = dot > 0 ? tail.slice(dot + 1) : '';
  const format = (PAGE_FORMATS as readonly string[]).includes(suffix) ? (suffix as PageFormat) : undefined;
  const name = format ? tail.slice(0, dot) : tail;
  if (!isSafeName(name))
    throw new BadPageNameError('not a page name (letters, digits and -._~ only, not starting with a dot)');
  return { name, format };
}
