// HTTP content negotiation (RFC 9110 Accept: q-values, wildcards, parameters) with the `negotiator` package.
import Negotiator from 'negotiator';

/** Offers are sent in UTF-8: a range asking for that charset matches them, another charset does not. */
const CHARSET = '; charset=utf-8';

/**
 * The offers (media types) the client accepts, most preferred first: by q-value, then by how specific the matching
 * range is, then by the order of the Accept header, then by the server's order of `offers`. Empty: nothing fits
 * (→ 406). A missing or blank header accepts everything.
 */
export function acceptable(acceptHeader: string | undefined, offers: readonly string[]): string[] {
  const accept = acceptHeader?.trim() ? acceptHeader : '*/*';
  // Each offer also with its charset, so that `text/csv;charset=utf-8` matches text/csv (negotiator compares
  // parameters exactly)
  const candidates = offers.flatMap((offer) => [offer, offer + CHARSET]);
  const ranked = new Negotiator({ headers: { accept } }).mediaTypes(candidates);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const type of ranked) {
    const offer = type.endsWith(CHARSET) ? type.slice(0, -CHARSET.length) : type;
    const original = offers.find((o) => o.toLowerCase() === offer.toLowerCase());
    if (original && !seen.has(original)) {
      seen.add(original);
      out.push(original);
    }
  }
  return out;
}

/** The offer the client prefers, or undefined when none is acceptable (→ 406). */
export function negotiate(acceptHeader: string | undefined, offers: readonly string[]): string | undefined {
  return acceptable(acceptHeader, offers)[0];
}
