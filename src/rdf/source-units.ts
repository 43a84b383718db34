// Splits a source text into the units a coverage table accounts for: headings, footnotes and sentences, with offsets.

export type SourceUnitKind = 'heading' | 'footnote' | 'sentence';

export interface SourceUnit {
  kind: SourceUnitKind;
  /** UTF-16 offsets into the text, end exclusive; `text.slice(start, end)` is the unit. */
  start: number;
  end: number;
  text: string;
}

interface Block {
  start: number;
  end: number;
}

const FOOTNOTE = /^<sup>\d+<\/sup>\s/;
const RULE = /^-{3,}$/;
/** A leading list bullet ("- ") or Markdown heading mark ("## ") is layout, not text. */
const LEAD = /^(?:- |#+ )/;
/** Trailing footnote markers and emphasis closers, ignored when asking how a block ends. */
const TRAILING_MARKUP = /(?:<sup>\d+<\/sup>|\*+|\s)+$/;

/** Blocks of text separated by blank lines or starting a list item ("\n- "), trimmed, as offsets. */
function blocks(text: string): Block[] {
  const result: Block[] = [];
  const separator = /\n[ \t]*\n|\n(?=- )/g;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    if (end > start) result.push({ start, end });
  };
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return result;
}

/**
 * A block that starts in lower case continues the block before it: the text was cut by a page break in the
 * middle of a sentence ("... promoting integration;" / "combatting migration-related crimes ...").
 */
function joinContinuations(text: string, list: Block[]): Block[] {
  const result: Block[] = [];
  for (const block of list) {
    const previous = result[result.length - 1];
    if (previous && /^[a-z]/.test(text.charAt(block.start)) && !FOOTNOTE.test(text.slice(previous.start, previous.end)))
      previous.end = block.end;
    else result.push({ ...block });
  }
  return result;
}

/**
 * A block whose text does not end a sentence (no final . ; : ! ?) is a heading (title lines, section and item
 * headings).
 */
function isHeading(blockText: string): boolean {
  return !/[.;:!?]$/.test(blockText.replace(TRAILING_MARKUP, ''));
}

function skipLead(text: string, block: Block): Block {
  const lead = LEAD.exec(text.slice(block.start, block.end));
  return lead ? { start: block.start + lead[0].length, end: block.end } : block;
}

/**
 * Sentences of a prose block by Intl.Segmenter; line breaks are read as spaces so a wrapped line does not end a
 * sentence.
 */
function sentences(text: string, block: Block, segmenter: Intl.Segmenter): Block[] {
  const flat = text.slice(block.start, block.end).replace(/[\r\n]/g, ' ');
  const result: Block[] = [];
  for (const piece of segmenter.segment(flat)) {
    let start = block.start + piece.index;
    let end = start + piece.segment.length;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    if (end > start) result.push({ start, end });
  }
  return result;
}

/**
 * The headings, footnotes and sentences of `text`, in order. Deterministic: the same text always gives the same units.
 */
export function sourceUnits(text: string): SourceUnit[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const units: SourceUnit[] = [];
  const add = (kind: SourceUnitKind, b: Block) =>
    units.push({ kind, start: b.start, end: b.end, text: text.slice(b.start, b.end) });
  for (const raw of joinContinuations(text, blocks(text))) {
    const blockText = text.slice(raw.start, raw.end);
    if (RULE.test(blockText)) continue;
    if (FOOTNOTE.test(blockText)) {
      add('footnote', raw);
      continue;
    }
    const block = skipLead(text, raw);
    if (isHeading(blockText)) {
      add('heading', block);
      continue;
    }
    for (const sentence of sentences(text, block, segmenter)) add('sentence', sentence);
  }
  return units;
}
