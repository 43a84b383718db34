// HTTP content negotiation (RFC 9110 Accept with q-values and wildcards) over the formats the endpoint offers.

interface Range {
  type: string;
  subtype: string;
  q: number;
  /** Position in the header, to break ties in the client's order. */
  index: number;
}

export function parseAccept(header: string | undefined): Range[] {
  if (!header || !header.trim()) return [{ type: '*', subtype: '*', q: 1, index: 0 }];
  const ranges: Range[] = [];
  header.split(',').forEach((part, index) => {
    const [mediaRange, ...params] = part.trim().split(';');
    const [type, subtype] = mediaRange.trim().toLowerCase().split('/');
    if (!type || !subtype) return;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key?.trim().toLowerCase() === 'q') q = Number(value);
    }
    if (Number.isFinite(q) && q > 0) ranges.push({ type, subtype, q: Math.min(q, 1), index });
  });
  return ranges;
}

function specificity(range: Range): number {
  return range.type === '*' ? 0 : range.subtype === '*' ? 1 : 2;
}

/**
 * The offer (a media type) the client prefers, or undefined when none is acceptable (→ 406).
 * Offers are in the server's order of preference, which decides among equally acceptable ones.
 */
export function negotiate(acceptHeader: string | undefined, offers: readonly string[]): string | undefined {
  const ranges = parseAccept(acceptHeader);
  let best: { offer: string; q: number; spec: number; index: number; order: number } | undefined;
  offers.forEach((offer, order) => {
    const [type, subtype] = offer.toLowerCase().split('/');
    // The most specific range that matches an offer sets its quality (text/turtle;q=0 beats */*).
    let match: Range | undefined;
    for (const range of parseAcceptAll(acceptHeader, ranges)) {
      const fits = (range.type === '*' || range.type === type) && (range.subtype === '*' || range.subtype === subtype);
      if (fits && (!match || specificity(range) > specificity(match))) match = range;
    }
    if (!match || match.q <= 0) return;
    const candidate = { offer, q: match.q, spec: specificity(match), index: match.index, order };
    if (!best || candidate.q > best.q || (candidate.q === best.q && candidate.spec > best.spec)
      || (candidate.q === best.q && candidate.spec === best.spec && candidate.index < best.index)) {
      best = candidate;
    }
  });
  return best?.offer;
}

/** Like parseAccept, but keeps q=0 ranges: they refuse a type that a wildcard would otherwise allow. */
function parseAcceptAll(header: string | undefined, positive: Range[]): Range[] {
  if (!header) return positive;
  const refused: Range[] = [];
  header.split(',').forEach((part, index) => {
    const [mediaRange, ...params] = part.trim().split(';');
    const [type, subtype] = mediaRange.trim().toLowerCase().split('/');
    if (!type || !subtype) return;
    if (params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/i.test(p))) refused.push({ type, subtype, q: 0, index });
  });
  return [...positive, ...refused];
}
