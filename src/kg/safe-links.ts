// Which IRIs may become clickable links: only absolute http(s) URLs, so data can never smuggle in javascript: or data:
// links.

/**
 * ASCII control characters and space: browsers drop some of them inside schemes ("java\tscript:"), so refuse them all.
 */
function hasControlOrSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * The href to use for an IRI in an `<a>` element, or null when it must not be a link.
 * Accepts only absolute `http:` / `https:` IRIs with a host and without user:password (a classic
 * phishing disguise); returns the URL as the WHATWG parser normalises it (scheme and host lower-cased,
 * non-ASCII percent-encoded), which is exactly what a browser would follow.
 */
export function safeExternalHref(iri: string): string | null {
  if (typeof iri !== 'string' || iri.length === 0 || iri.length > 8192) return null;
  if (hasControlOrSpace(iri)) return null;
  // The scheme must be spelled out: no relative or protocol-relative ("//host") references
  if (!/^https?:\/\//i.test(iri)) return null;
  let url: URL;
  try {
    url = new URL(iri);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}
