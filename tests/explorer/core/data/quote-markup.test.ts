// The display form of quotes: markdown emphasis dropped, <sup>n</sup> as a superscript segment, everything else
// verbatim.
import { describe, expect, it } from 'vitest';
import { quotePlainText, quoteSegments } from '../../../../src/explorer/core/data/quote-markup';

describe('quoteSegments', () => {
  it.each([
    [
      'plain text stays as it is',
      'The OSCE works on migration.',
      [{ text: 'The OSCE works on migration.', sup: false }],
    ],
    [
      'single-asterisk emphasis',
      'the *Declaration’s* principles',
      [{ text: 'the Declaration’s principles', sup: false }],
    ],
    ['bold', 'a **strong** word', [{ text: 'a strong word', sup: false }]],
    ['nested emphasis', '*a **b** c*', [{ text: 'a b c', sup: false }]],
    [
      'footnote mark',
      'MIGRATION<sup>1</sup> and more',
      [
        { text: 'MIGRATION', sup: false },
        { text: '1', sup: true },
        { text: ' and more', sup: false },
      ],
    ],
    [
      'footnote mark inside emphasis, pair cut by the quote',
      'MEETING ON MIGRATION<sup>1</sup>**',
      [
        { text: 'MEETING ON MIGRATION', sup: false },
        { text: '1', sup: true },
      ],
    ],
    [
      'opening delimiter whose pair the quote cut off',
      '**Towards evidence-based',
      [{ text: 'Towards evidence-based', sup: false }],
    ],
    ['an asterisk between spaces is not markup', '5 * 3 = 15', [{ text: '5 * 3 = 15', sup: false }]],
    [
      'other tags stay text (never markup)',
      'a <b>b</b> <script>x</script>',
      [{ text: 'a <b>b</b> <script>x</script>', sup: false }],
    ],
    ['empty', '', []],
  ])('%s', (_name, raw, expected) => {
    expect(quoteSegments(raw)).toEqual(expected);
  });

  it('gives plain text with superscripts inline', () => {
    expect(quotePlainText('the *Alliance against Trafficking in Persons*<sup>2</sup>.')).toBe(
      'the Alliance against Trafficking in Persons2.',
    );
  });
});
