// Validation of passage positions: Web Annotation selectors agree with the quote and the text, and pin one occurrence.
import type { Quad } from '@rdfjs/types';
import type { SourceTextLookup } from './checks';
import { capIssues, type ValidationIssue } from './issues';
import { codePointOffset, occurrences, quoteSelectorMatches, statedSelectors, utf16Offset } from './selectors';
import { DCT_IS_PART_OF, NS, OKG_PASSAGE, OKG_QUOTE, RDF_TYPE } from './vocab';

const HAS_SELECTOR = NS.oa + 'hasSelector';

function firstValues(quads: readonly Quad[], predicate: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const q of quads)
    if (q.predicate.value === predicate && !result.has(q.subject.value)) result.set(q.subject.value, q.object.value);
  return result;
}

/**
 * Every selector of a passage matches its source text: oa:exact is the passage's okg:quote, oa:prefix / oa:suffix
 * are the text around it, oa:start / oa:end (code points) point at the quote. A quote that occurs more than once in
 * its text must be pinned by a position, or by a prefix and suffix that match once.
 */
export function checkSelectors(quads: readonly Quad[], sourceText: SourceTextLookup): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (focus: string, message: string, path = HAS_SELECTOR) =>
    issues.push({ severity: 'violation', check: 'selector', focus, path, message });
  const quotes = firstValues(quads, OKG_QUOTE);
  const documents = firstValues(quads, DCT_IS_PART_OF);
  const passages = new Set<string>();
  for (const q of quads)
    if (q.predicate.value === RDF_TYPE && q.object.value === OKG_PASSAGE) passages.add(q.subject.value);
  const stated = statedSelectors(quads);
  for (const passage of [...passages].sort()) {
    const quote = quotes.get(passage);
    const doc = documents.get(passage);
    const text = doc === undefined ? undefined : sourceText(doc);
    if (quote === undefined || quote === '' || text === undefined) continue; // checkQuotes reports these
    const found = occurrences(text, quote);
    if (found.length === 0) continue; // checkQuotes reports it
    const selectors = stated.get(passage);
    if (selectors?.source !== undefined && selectors.source !== doc)
      add(passage, `oa:hasSource <${selectors.source}> is not the passage's document <${doc}>`, NS.oa + 'hasSource');
    let pinned = found.length === 1;
    for (const s of selectors?.quotes ?? []) {
      if (s.exact !== quote) {
        add(passage, 'oa:exact differs from the okg:quote', NS.oa + 'exact');
        continue;
      }
      const prefix = s.prefix ?? '';
      const suffix = s.suffix ?? '';
      const fits = found.filter(
        (at) => text.slice(0, at).endsWith(prefix) && text.slice(at + quote.length).startsWith(suffix),
      );
      if (fits.length === 0)
        add(
          passage,
          `oa:prefix / oa:suffix do not surround the quote in the text (prefix "${prefix.slice(-20)}", suffix "${suffix.slice(0, 20)}")`,
          NS.oa + 'prefix',
        );
      else if (quoteSelectorMatches(text, { exact: quote, prefix, suffix }) === 1) pinned = true;
    }
    for (const p of selectors?.positions ?? []) {
      if (p.start === undefined || p.end === undefined) {
        add(
          passage,
          'oa:TextPositionSelector needs one oa:start and one oa:end (non-negative integers)',
          NS.oa + 'start',
        );
        continue;
      }
      const at = utf16Offset(text, p.start);
      const actual = text.slice(at, utf16Offset(text, p.end));
      if (actual === quote) {
        pinned = true;
        continue;
      }
      const nearest = found.reduce((best, o) => (Math.abs(o - at) < Math.abs(best - at) ? o : best));
      const expected = codePointOffset(text, nearest);
      add(
        passage,
        `oa:start ${p.start} / oa:end ${p.end} do not point at the quote (it is at ${expected}..${expected + Array.from(quote).length}; the span there reads "${actual.slice(0, 40)}")`,
        NS.oa + 'start',
      );
    }
    if (!pinned)
      add(
        passage,
        `the quote occurs ${found.length} times in <${doc}>; give an oa:TextPositionSelector or a prefix and suffix that match once`,
      );
  }
  return capIssues(issues, 'selector');
}
