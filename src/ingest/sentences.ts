// Splits a plain-text or markdown document into sentences with their exact offsets (Intl.Segmenter, ICU rules).

export interface Sentence {
  /** 0-based position in the document (UTF-16 offsets, end exclusive); `text` is `document.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

/** Lines that are one segment whatever their punctuation: headings and table rows. */
const WHOLE_LINE = /^(?:#{1,6}\s|\|)/;
/** Lines that start a block of their own: list items. */
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;
/**
 * A segment that continues the previous one: lowercase, a digit, or the rest of an identifier split at a dot ("MC.
 * DEC/14/04").
 */
const CONTINUATION = /^(?:[\p{Ll}\d,;:)]|[A-Z]+\/\d)/u;
const RULE_LINE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;

let segmenter: Intl.Segmenter | undefined;

/**
 * The document's sentences in order. Paragraphs (separated by blank lines) are segmented as a whole, their
 * soft line breaks read as spaces; headings, table rows and list items are segments of their own.
 */
export function splitSentences(text: string): Sentence[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  for (const block of blocks(text)) {
    // Same length, so offsets into the flattened block are offsets into the document
    const flat = block.text.replace(/[\r\n]/g, ' ');
    const pieces = block.whole ? [{ index: 0, segment: flat }] : segmenter.segment(flat);
    let previous: Sentence | undefined;
    for (const piece of pieces) {
      const lead = piece.segment.length - piece.segment.trimStart().length;
      const trimmed = piece.segment.trim();
      const start = block.start + piece.index + lead;
      const end = start + trimmed.length;
      if (!/[\p{L}\p{N}]/u.test(trimmed)) {
        // Closing marks right after a full stop ("**", "*", "”") end that sentence
        if (previous && previous.end === start) {
          previous.end = end;
          previous.text = text.slice(previous.start, end);
        }
        continue;
      }
      if (previous && CONTINUATION.test(trimmed)) {
        previous.end = end;
        previous.text = text.slice(previous.start, end);
        continue;
      }
      previous = { start, end, text: text.slice(start, end) };
      sentences.push(previous);
    }
  }
  return sentences;
}

interface Block {
  start: number;
  text: string;
  whole?: boolean;
}

function blocks(text: string): Block[] {
  const result: Block[] = [];
  let current: Block | undefined;
  const flush = () => {
    if (current && current.text.trim() !== '') result.push(current);
    current = undefined;
  };
  let offset = 0;
  for (const line of text.split(/(?<=\n)/)) {
    const body = line.replace(/\r?\n$/, '');
    if (body.trim() === '' || RULE_LINE.test(body)) {
      flush();
    } else if (WHOLE_LINE.test(body)) {
      flush();
      result.push({ start: offset, text: body, whole: true });
    } else if (LIST_ITEM.test(body)) {
      flush();
      current = { start: offset, text: line };
    } else if (current) {
      current.text += line;
    } else {
      current = { start: offset, text: line };
    }
    offset += line.length;
  }
  flush();
  return result;
}
