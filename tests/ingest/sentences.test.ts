// Sentence splitting: exact offsets, paragraphs, headings, table rows, list items, identifiers split at a dot.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ingest/sentences';

describe('splitSentences', () => {
  it.each([
    ['two sentences', 'The OSCE met. ODIHR spoke.', ['The OSCE met.', 'ODIHR spoke.']],
    [
      'abbreviation "No." stays inside',
      'MC Decision No. 2/05 applies. Next.',
      ['MC Decision No. 2/05 applies.', 'Next.'],
    ],
    [
      'soft line break inside a paragraph',
      'A long\nsentence here. Then\nanother.',
      ['A long\nsentence here.', 'Then\nanother.'],
    ],
    ['heading is one segment', '## A. THE MANDATE\n\nText follows.', ['## A. THE MANDATE', 'Text follows.']],
    [
      'table rows are segments (the delimiter row has no words)',
      '| a | b |\n| --- | --- |\n| c | d |',
      ['| a | b |', '| c | d |'],
    ],
    ['list items are blocks', '- one item\n- two items', ['- one item', '- two items']],
    ['identifier split at a dot', 'See (MC. DEC/14/04) here.', ['See (MC. DEC/14/04) here.']],
    ['blank and punctuation-only pieces dropped', '\n\n---\n\n  ', []],
  ])('%s', (_name, text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
