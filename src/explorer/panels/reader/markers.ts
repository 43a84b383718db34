// Invisible markers for sentences and mentions, put into the markdown before it is rendered and read back from the DOM.
import type { ReaderModel } from './reader-model';

// Private-use characters: markdown passes them through as text, and no document uses them.
export const SENTENCE_OPEN = '\uE000';
export const ID_END = '\uE001';
export const SENTENCE_CLOSE = '\uE002';
export const MENTION_OPEN = '\uE003';
export const MENTION_CLOSE = '\uE004';
const DIGIT_BASE = 0xe010;

export const encodeId = (n: number) =>
  [...n.toString(16)].map((d) => String.fromCharCode(DIGIT_BASE + parseInt(d, 16))).join('');
export const decodeId = (s: string) =>
  parseInt([...s].map((c) => (c.charCodeAt(0) - DIGIT_BASE).toString(16)).join(''), 16);

/** Block syntax a marker must not precede (a heading's `## `, a list item's `- `, a table row's `| `). */
const BLOCK_START = /^(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*|\|\s*)/;
/** A table row's closing pipe, which a marker must not follow. */
const ROW_END = /\s*\|\s*$/;

/** The text with sentence markers (by sentence index) and mention markers (by mention index) inserted. */
export function insertMarkers(model: ReaderModel): string {
  const inserts: { at: number; order: number; text: string }[] = [];
  for (const s of model.sentences) {
    const text = model.text.slice(s.start, s.end);
    const afterBlock = BLOCK_START.exec(text)?.[0].length ?? 0;
    // Inside emphasis delimiters: a marker beside `**` would change whether markdown reads it as opening or closing
    const start = s.start + afterBlock + (/^[*_]+/.exec(text.slice(afterBlock))?.[0].length ?? 0);
    const trimmed = text.startsWith('|') ? (ROW_END.exec(text)?.[0].length ?? 0) : 0;
    const end = s.end - trimmed - (/[*_]+$/.exec(text.slice(0, text.length - trimmed))?.[0].length ?? 0);
    if (end <= start) continue;
    inserts.push({ at: start, order: 1, text: SENTENCE_OPEN + encodeId(s.index) + ID_END });
    inserts.push({ at: end, order: 0, text: SENTENCE_CLOSE });
  }
  model.mentions.forEach((m, i) => {
    inserts.push({ at: m.start, order: 2, text: MENTION_OPEN + encodeId(i) + ID_END });
    inserts.push({ at: m.end, order: -1, text: MENTION_CLOSE });
  });
  // At one offset: closes before opens, a sentence opens before its first mention
  inserts.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let from = 0;
  for (const ins of inserts) {
    out += model.text.slice(from, ins.at) + ins.text;
    from = ins.at;
  }
  return out + model.text.slice(from);
}
