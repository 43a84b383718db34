// Splitting a source text into headings, footnotes and sentences (src/rdf/source-units.ts).
import { describe, expect, it } from 'vitest';
import { sourceUnits } from '../../src/rdf/source-units';

const kinds = (text: string) => sourceUnits(text).map((u) => [u.kind, u.text]);

describe('sourceUnits', () => {
  it('splits prose into sentences, keeping abbreviations and decision numbers inside one sentence', () => {
    expect(
      kinds('MC Decision No. 2/05 on Migration emphasizes growth. It also names rights (e.g., civic ones). Done.'),
    ).toEqual([
      ['sentence', 'MC Decision No. 2/05 on Migration emphasizes growth.'],
      ['sentence', 'It also names rights (e.g., civic ones).'],
      ['sentence', 'Done.'],
    ]);
  });

  it('reads a wrapped line as a space, not as the end of a sentence', () => {
    expect(kinds('The Office works\nwith IOM. Then more.')).toEqual([
      ['sentence', 'The Office works\nwith IOM.'],
      ['sentence', 'Then more.'],
    ]);
  });

  it('treats a block that ends without . ; : ? ! as a heading, markup and bullets aside', () => {
    expect(
      kinds('## A. THE COMMITMENTS\n\n- 1) Legal identity, including birth registration\n\n**TITLE<sup>1</sup>**'),
    ).toEqual([
      ['heading', 'A. THE COMMITMENTS'],
      ['heading', '1) Legal identity, including birth registration'],
      ['heading', '**TITLE<sup>1</sup>**'],
    ]);
  });

  it('keeps a footnote whole (its titles may contain full stops) and skips rules', () => {
    expect(
      kinds('Text.<sup>5</sup>\n\n---\n\n<sup>5</sup> *Concept. Framework for Co-operation* (MC.DEC/2/05)'),
    ).toEqual([
      ['sentence', 'Text.<sup>5</sup>'],
      ['footnote', '<sup>5</sup> *Concept. Framework for Co-operation* (MC.DEC/2/05)'],
    ]);
  });

  it('joins a block cut by a page break (the next starts in lower case) to the sentence it continues', () => {
    const units = sourceUnits('Areas include: promoting integration;\n\ncombatting crime; and more. Next one.');
    expect(units.map((u) => u.text)).toEqual([
      'Areas include: promoting integration;\n\ncombatting crime; and more.',
      'Next one.',
    ]);
  });

  it('starts a new unit at each list item, without its bullet', () => {
    expect(kinds('Annex: outline\n- The OCEEA is tasked. It also helps.\n- ODIHR promotes rights.')).toEqual([
      ['heading', 'Annex: outline'],
      ['sentence', 'The OCEEA is tasked.'],
      ['sentence', 'It also helps.'],
      ['sentence', 'ODIHR promotes rights.'],
    ]);
  });

  it('gives offsets that slice the text back, and the same units every time', () => {
    const text = '\n\n**HEAD**\n\nOne sentence here. Two “quoted” – here.\n- Item one.\n\n<sup>1</sup> Note.';
    const units = sourceUnits(text);
    for (const u of units) expect(text.slice(u.start, u.end)).toBe(u.text);
    expect(sourceUnits(text)).toEqual(units);
    expect(units.map((u) => u.kind)).toEqual(['heading', 'sentence', 'sentence', 'sentence', 'footnote']);
  });
});
