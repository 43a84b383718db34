// Passage positions as Web Annotation selectors: computing them, writing the generated file, and checking them.
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { checkSelectors } from '../../src/rdf/selector-checks';
import { codePointOffset, selectorsAt, utf16Offset } from '../../src/rdf/selectors';
import { selectorsFile } from '../../src/rdf/selectors-file';
import { validateDataset } from '../../src/rdf/validate';

const PREFIXES = `@prefix okg: <https://w3id.org/osce-kg/ontology#> . @prefix id: <https://w3id.org/osce-kg/id/> .
@prefix dcterms: <http://purl.org/dc/terms/> . @prefix oa: <http://www.w3.org/ns/oa#> .
`;
const DOC = 'https://w3id.org/osce-kg/id/doc';
const TEXT = 'The OSCE works with IOM. The report was shared. Later, the OSCE works with ILO.';
const sourceText = (iri: string) => (iri === DOC ? TEXT : undefined);
const trig = (body: string) => new Parser({ format: 'application/trig' }).parse(PREFIXES + body);
const passage = (quote: string, selectors = '') =>
  `id:p a okg:Passage ; dcterms:isPartOf id:doc ; okg:quote ${JSON.stringify(quote)} ${selectors}.`;
const position = (start: number, end: number) =>
  `; oa:hasSelector [ a oa:TextPositionSelector ; oa:start ${start} ; oa:end ${end} ] `;
const quoteSel = (exact: string, prefix: string, suffix: string) =>
  `; oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact ${JSON.stringify(exact)} ; oa:prefix ${JSON.stringify(prefix)} ; oa:suffix ${JSON.stringify(suffix)} ] `;

describe('selectorsAt', () => {
  it('gives the exact text, up to 32 characters of context each side, and code-point offsets', () => {
    const s = selectorsAt(TEXT, 'The report was shared.', TEXT.indexOf('The report'));
    expect(s).toEqual({
      exact: 'The report was shared.',
      prefix: 'The OSCE works with IOM. ',
      suffix: ' Later, the OSCE works with ILO.',
      start: 25,
      end: 47,
    });
  });

  it('counts code points, not UTF-16 units (an emoji before the quote is one character)', () => {
    const text = 'a😀b quote';
    const s = selectorsAt(text, 'quote', text.indexOf('quote'));
    expect([s.start, s.end, s.prefix]).toEqual([4, 9, 'a😀b ']);
    expect(codePointOffset(text, text.indexOf('quote'))).toBe(4);
    expect(utf16Offset(text, 4)).toBe(text.indexOf('quote'));
  });
});

describe('checkSelectors', () => {
  it('accepts a unique quote without selectors, and correct selectors', () => {
    expect(checkSelectors(trig(passage('The report was shared.')), sourceText)).toEqual([]);
    expect(
      checkSelectors(
        trig(
          passage('The report was shared.', position(25, 47) + quoteSel('The report was shared.', 'IOM. ', ' Later')),
        ),
        sourceText,
      ),
    ).toEqual([]);
  });

  it('reports a wrong offset, saying where the quote is', () => {
    const issues = checkSelectors(trig(passage('The report was shared.', position(26, 48))), sourceText);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: 'violation',
      check: 'selector',
      focus: 'https://w3id.org/osce-kg/id/p',
    });
    expect(issues[0]?.message).toContain('it is at 25..47');
  });

  it('reports a quote that occurs twice and is not pinned, and accepts it once a position or context pins it', () => {
    const ambiguous = checkSelectors(trig(passage('OSCE works with')), sourceText);
    expect(ambiguous.map((i) => i.message)).toEqual([expect.stringContaining('occurs 2 times')]);
    expect(checkSelectors(trig(passage('OSCE works with', position(59, 74))), sourceText)).toEqual([]);
    expect(
      checkSelectors(trig(passage('OSCE works with', quoteSel('OSCE works with', 'Later, the ', ' ILO'))), sourceText),
    ).toEqual([]);
  });

  it('reports a context that does not surround the quote, and an exact that is not the quote', () => {
    const issues = checkSelectors(
      trig(passage('The report was shared.', quoteSel('The report was shared.', 'UNHCR. ', ''))),
      sourceText,
    );
    expect(issues.map((i) => i.path)).toEqual(['http://www.w3.org/ns/oa#prefix']);
    const other = checkSelectors(trig(passage('The report was shared.', quoteSel('The report', '', ''))), sourceText);
    expect(other.map((i) => i.path)).toEqual(['http://www.w3.org/ns/oa#exact']);
  });

  it('runs inside validateDataset (a wrong offset makes the dataset fail)', async () => {
    const report = await validateDataset({
      data: trig(passage('The report was shared.', position(0, 22))),
      shapes: [],
      sourceText,
    });
    expect(report.conforms).toBe(false);
    expect(report.issues.some((i) => i.check === 'selector')).toBe(true);
  });
});

describe('selectorsFile', () => {
  it('writes one quote and one position selector per passage, deterministically, and the result checks clean', () => {
    const data = trig(passage('The report was shared.'));
    const first = selectorsFile(data, sourceText);
    expect(selectorsFile(data, sourceText).trig).toBe(first.trig);
    expect(first.trig).toContain('oa:start 25 ; oa:end 47');
    const regenerated = [...data, ...new Parser({ format: 'application/trig' }).parse(first.trig)];
    expect(checkSelectors(regenerated, sourceText)).toEqual([]);
  });

  it('takes the first occurrence of an ambiguous new quote (and says so), and keeps a position chosen before', () => {
    const fresh = selectorsFile(trig(passage('OSCE works with')), sourceText);
    expect(fresh.ambiguous).toEqual(['https://w3id.org/osce-kg/id/p']);
    expect(fresh.trig).toContain('oa:start 4 ;');
    const kept = selectorsFile(trig(passage('OSCE works with', position(59, 74))), sourceText);
    expect(kept.ambiguous).toEqual([]);
    expect(kept.trig).toContain('oa:start 59 ; oa:end 74');
  });
});
