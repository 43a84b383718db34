// W3C Web Annotation selectors of passages: computing them from a quote and its text, and reading them back.
import type { Quad } from '@rdfjs/types';
import { NS, RDF_TYPE } from './vocab';

/** Characters of context kept on each side of a quote (as the Hypothesis annotator does). */
export const CONTEXT_LENGTH = 32;

export interface PassageSelectors {
  exact: string;
  prefix: string;
  suffix: string;
  /** Code-point offsets into the source text (oa:TextPositionSelector), end exclusive. */
  start: number;
  end: number;
}

/** What a passage says about itself: quote selectors and position selectors (there should be one of each). */
export interface StatedSelectors {
  passage: string;
  source?: string;
  quotes: { exact?: string; prefix?: string; suffix?: string }[];
  positions: { start?: number; end?: number }[];
}

/** Code-point offset of a UTF-16 index. */
export function codePointOffset(text: string, utf16: number): number {
  let count = 0;
  for (let i = 0; i < utf16 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === 0 || text.charCodeAt(i - 1) < 0xd800 || text.charCodeAt(i - 1) > 0xdbff)
      count++;
  }
  return count;
}

/** UTF-16 index of a code-point offset (the text's length when past its end). */
export function utf16Offset(text: string, codePoints: number): number {
  let i = 0;
  for (let n = 0; n < codePoints && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}

/** UTF-16 indexes of every occurrence of `quote` in `text` (overlapping ones too). */
export function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  if (quote === '') return found;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/** The selectors of the occurrence of `quote` starting at UTF-16 index `at`. */
export function selectorsAt(text: string, quote: string, at: number): PassageSelectors {
  const before = Array.from(text.slice(0, at));
  const after = Array.from(text.slice(at + quote.length));
  const start = codePointOffset(text, at);
  return {
    exact: quote,
    prefix: before.slice(Math.max(0, before.length - CONTEXT_LENGTH)).join(''),
    suffix: after.slice(0, CONTEXT_LENGTH).join(''),
    start,
    end: start + Array.from(quote).length,
  };
}

/** How many places of `text` match prefix + exact + suffix (1 means the quote selector alone is unambiguous). */
export function quoteSelectorMatches(text: string, s: { exact: string; prefix: string; suffix: string }): number {
  return occurrences(text, s.prefix + s.exact + s.suffix).length;
}

const OA = NS.oa;

/** The selectors stated for each subject with an `oa:hasSelector`, by subject IRI. */
export function statedSelectors(quads: readonly Quad[]): Map<string, StatedSelectors> {
  const selectorsOf = new Map<string, string[]>();
  const sources = new Map<string, string>();
  const types = new Map<string, Set<string>>();
  const values = new Map<string, Map<string, string>>();
  const key = (t: Quad['subject'] | Quad['object']) => (t.termType === 'BlankNode' ? '_:' + t.value : t.value);
  for (const q of quads) {
    const s = key(q.subject);
    if (q.predicate.value === OA + 'hasSelector') selectorsOf.set(s, [...(selectorsOf.get(s) ?? []), key(q.object)]);
    else if (q.predicate.value === OA + 'hasSource') sources.set(s, q.object.value);
    else if (q.predicate.value === RDF_TYPE) types.set(s, (types.get(s) ?? new Set()).add(q.object.value));
    else if (q.predicate.value.startsWith(OA) && q.object.termType === 'Literal') {
      const map = values.get(s) ?? new Map<string, string>();
      map.set(q.predicate.value.slice(OA.length), q.object.value);
      values.set(s, map);
    }
  }
  const result = new Map<string, StatedSelectors>();
  for (const [passage, selectors] of selectorsOf) {
    const stated: StatedSelectors = { passage, source: sources.get(passage), quotes: [], positions: [] };
    for (const selector of new Set(selectors)) {
      const v = values.get(selector) ?? new Map<string, string>();
      const t = types.get(selector) ?? new Set<string>();
      if (t.has(OA + 'TextQuoteSelector'))
        stated.quotes.push({ exact: v.get('exact'), prefix: v.get('prefix'), suffix: v.get('suffix') });
      if (t.has(OA + 'TextPositionSelector')) {
        const num = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined);
        stated.positions.push({ start: num(v.get('start')), end: num(v.get('end')) });
      }
    }
    result.set(passage, stated);
  }
  return result;
}
