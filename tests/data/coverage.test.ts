// Coverage: every part of the source document (header, parts A-C, the annex bullets, each footnote) is
// quoted by at least one passage, so nothing the document says was skipped unnoticed.
import { describe, expect, it } from 'vitest';
import { DCT, ID, OKG, loadData, sourceTexts } from './graph-files';

const data = loadData();
const DOC = ID + 'source-osce-un-migration-2017';
const text = sourceTexts(data).get(DOC)!;
const quotes = data
  .filter((q) => q.predicate.value === OKG + 'quote')
  .filter((q) =>
    data.some((d) => d.subject.equals(q.subject) && d.predicate.value === DCT + 'isPartOf' && d.object.value === DOC),
  )
  .map((q) => q.object.value);

/** Each part of the document: the text that starts it and the text that starts the next part. */
const PARTS: [part: string, start: string, end: string | null][] = [
  ['header', '**FIFTEENTH COORDINATION MEETING ON', '---'],
  ['header footnote 1 (disclaimer)', '<sup>1</sup> The views expressed', '## A. THE OSCE COMMITMENTS'],
  ['A. commitments and mandate', '## A. THE OSCE COMMITMENTS', 'B. 2016-2017 ACTIVITIES'],
  ['B. heading', 'B. 2016-2017 ACTIVITIES', 'The following is a concise'],
  ['B1 labour rights', '1) Protection of labour rights', '- 2) Legal identity'],
  ['B2 legal identity', '2) Legal identity', '- 3) Elimination of human trafficking'],
  ['B3 human trafficking', '3) Elimination of human trafficking', '4) Disaggregation of data'],
  ['B4 data', '4) Disaggregation of data', '5) Strengthened resilience'],
  ['B5 climate', '5) Strengthened resilience', '6) Scholarships for study abroad'],
  ['B6 scholarships', '6) Scholarships for study abroad', 'C. 2016-2016 INITIATIVES'],
  ['C. New York Declaration', 'C. 2016-2016 INITIATIVES', 'Annex: A concise outline'],
  ['annex title', 'Annex: A concise outline', '- The Office of the Coordinator for OSCE'],
  ['annex: OCEEA', '- The Office of the Coordinator for OSCE', '- The Office for Democratic Institutions'],
  ['annex: ODIHR', '- The Office for Democratic Institutions', '- The Conflict Prevention Center'],
  ['annex: CPC', '- The Conflict Prevention Center', '- The Office of the Special Representative'],
  ['annex: OSR/CTHB', '- The Office of the Special Representative', '- The Transnational Threats Department'],
  ['annex: TNTD', '- The Transnational Threats Department', '- The Gender Section'],
  ['annex: Gender Section', '- The Gender Section', '- The OSCE High Commissioner'],
  ['annex: HCNM and RFoM', '- The OSCE High Commissioner', '- From the Western Balkans'],
  ['annex: Field Operations', '- From the Western Balkans', '<sup>1</sup> OSCE/ILO'],
  ['footnote 1', '<sup>1</sup> OSCE/ILO', '<sup>2</sup> See'],
  ['footnote 2', '<sup>2</sup> See', '<sup>3</sup> See'],
  ['footnote 3', '<sup>3</sup> See', '<sup>4</sup> *OSCE Strategic'],
  ['footnote 4', '<sup>4</sup> *OSCE Strategic', '<sup>5</sup> *Border'],
  ['footnote 5', '<sup>5</sup> *Border', '<sup>6</sup> Among'],
  ['footnote 6', '<sup>6</sup> Among', null],
];

/** Every [start, end) span where `quote` occurs in the text. */
function occurrences(quote: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) spans.push([i, i + quote.length]);
  return spans;
}

describe('coverage of the source document', () => {
  it('the parts table tiles the document in order', () => {
    let previous = -1;
    for (const [part, start] of PARTS) {
      const at = text.indexOf(start);
      expect(at, `${part} not found`).toBeGreaterThan(previous);
      expect(text.indexOf(start, at + 1), `${part}: start text is not unique`).toBe(-1);
      previous = at;
    }
  });

  it.each(PARTS)('%s is quoted by at least one passage', (_, start, end) => {
    const from = text.indexOf(start);
    const to = end === null ? text.length : text.indexOf(end, from + start.length);
    expect(to).toBeGreaterThan(from);
    const inside = quotes.filter((q) => occurrences(q).some(([a, b]) => a >= from && b <= to));
    expect(inside.length).toBeGreaterThan(0);
  });
});
