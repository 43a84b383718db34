// A source document's text with each of its passages marked and anchored, so quotes can link to their sentence.
import type { DatasetIndex } from './dataset-index';
import { esc } from './html';
import { pageNameOf } from './names';
import { quoteOf } from './passages';
import { DCT_IS_PART_OF } from '../rdf/vocab';

interface Span {
  start: number;
  end: number;
  name: string;
}

/** The passages of a document found verbatim in its text, in text order; overlapping ones become bare anchors. */
function spans(index: DatasetIndex, documentIri: string, text: string): { marks: Span[]; anchors: Span[] } {
  const found: Span[] = [];
  for (const q of index.byObject.get(documentIri) ?? []) {
    if (q.predicate.value !== DCT_IS_PART_OF || q.subject.termType !== 'NamedNode') continue;
    const name = pageNameOf(q.subject.value);
    const quote = quoteOf(index, q.subject.value);
    if (!name || !quote) continue;
    const start = text.indexOf(quote);
    if (start >= 0 && !found.some((s) => s.name === name)) found.push({ start, end: start + quote.length, name });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end || (a.name < b.name ? -1 : 1));
  const marks: Span[] = [];
  const anchors: Span[] = [];
  for (const span of found) {
    const lastMark = marks.at(-1);
    if (lastMark !== undefined && span.start < lastMark.end) anchors.push(span);
    else marks.push(span);
  }
  return { marks, anchors };
}

/** The text as HTML: every character escaped, passages in `<mark id="{passage name}">`. */
export function renderSourceText(index: DatasetIndex, documentIri: string, text: string): string {
  const { marks, anchors } = spans(index, documentIri, text);
  const out: string[] = [];
  let at = 0;
  const anchorsAt = (from: number, to: number): string =>
    anchors
      .filter((a) => a.start >= from && a.start < to)
      .map((a) => `<span id="${esc(a.name)}"></span>`)
      .join('');
  for (const m of marks) {
    out.push(esc(text.slice(at, m.start)));
    out.push(`<mark id="${esc(m.name)}">${anchorsAt(m.start, m.end)}${esc(text.slice(m.start, m.end))}</mark>`);
    at = m.end;
  }
  out.push(esc(text.slice(at)));
  return `<div class="source-text">${out.join('')}</div>`;
}
