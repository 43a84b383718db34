// Display form of a quote taken verbatim from the markdown source: emphasis asterisks dropped, <sup>n</sup> as
// superscript. Pure (no DOM): the UI turns the segments into text nodes and <sup> elements, never into HTML.

export interface QuoteSegment {
  text: string;
  /** True for the content of a <sup>…</sup> (a footnote mark in the source). */
  sup: boolean;
}

const SUP = /<sup>([^<]*)<\/sup>/gi;
/** `*x*`, `**x**`, `***x***` around text that does not start or end with a space (markdown emphasis). */
const PAIRED_EMPHASIS = /(\*{1,3})(?=[^\s*])([^*]*?[^\s*])\1/g;
/** A run of asterisks left over from a pair the quote cut in two: it touches text on one side only. */
const STRAY_DELIMITER = /(^|\s)\*{1,3}(?=[^\s*])|(?<=[^\s*])\*{1,3}(?=\s|$|[.,;:!?’”)<])/g;

function stripEmphasis(text: string): string {
  let out = text;
  // Twice, for nested emphasis such as *a **b** c*.
  for (let i = 0; i < 2; i++) out = out.replace(PAIRED_EMPHASIS, '$2');
  return out.replace(STRAY_DELIMITER, '$1');
}

/** The quote as segments of plain text and superscripts, in order; adjacent plain pieces are merged. */
export function quoteSegments(raw: string): QuoteSegment[] {
  const segments: QuoteSegment[] = [];
  const push = (text: string, sup: boolean): void => {
    if (text === '') return;
    const last = segments[segments.length - 1];
    if (last && last.sup === sup && !sup) last.text += text;
    else segments.push({ text, sup });
  };
  // Emphasis first, over the whole quote: a pair may enclose a footnote mark, a delimiter may follow one.
  const text = stripEmphasis(raw);
  let at = 0;
  for (const m of text.matchAll(SUP)) {
    push(text.slice(at, m.index), false);
    push(m[1] ?? '', true); // SUP's group takes part in every match
    at = m.index + m[0].length;
  }
  push(text.slice(at), false);
  return segments;
}

/** The quote as plain text (superscripts inline): for titles, aria labels and comparisons. */
export function quotePlainText(raw: string): string {
  return quoteSegments(raw)
    .map((s) => s.text)
    .join('');
}
