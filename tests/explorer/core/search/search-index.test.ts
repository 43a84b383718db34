// Search: labels, acronyms, identifiers and notations; exact terms first, then whole words in any order (MiniSearch).
import { describe, expect, it } from 'vitest';
import { buildEntityGraph } from '../../../../src/explorer/core/data/entity-graph';
import { buildSearchIndex, normalizeText } from '../../../../src/explorer/core/search/search-index';
import { fixtureQuads, ID, SDG } from '../../fixture';
import { stripSdgWords } from '../../../../src/explorer/core/search/search-terms';

const index = buildSearchIndex(buildEntityGraph(fixtureQuads()).graph);

describe('search index', () => {
  const cases: [string, string, string | null][] = [
    ['ODIHR', ID + 'odihr', 'ODIHR'],
    ['odihr', ID + 'odihr', 'ODIHR'],
    ['MC.DEC/3/16', ID + 'mc-dec-3-16', 'MC.DEC/3/16'],
    ['mc.dec/3', ID + 'mc-dec-3-16', 'MC.DEC/3/16'],
    ['10.7', SDG + '10.7', '10.7'],
    ['International Organization', ID + 'iom', null],
    ['cafe', ID + 'cafe', null],
    ['  osce   MINISTERIAL ', ID + 'mc', null],
    ['Ministerial Council', ID + 'mc', null],
    ['council ministerial', ID + 'mc', null],
  ];
  it.each(cases)('%s finds %s first', (query, key, matched) => {
    const [first] = index.search(query, 10);
    expect(first?.key).toBe(key);
    expect(first?.matched).toBe(matched);
  });

  it('ranks an exact acronym above a mere substring', () => {
    const keys = index.search('OSCE', 10).map((s) => s.key);
    expect(keys[0]).toBe(ID + 'osce');
    expect(keys).toContain(ID + 'mc');
  });

  it('respects the limit and answers nothing for blank or unmatched queries', () => {
    expect(index.search('o', 2)).toHaveLength(2);
    expect(index.search('   ', 10)).toEqual([]);
    expect(index.search('zzzz-no-such-thing', 10)).toEqual([]);
  });

  it('never indexes the ontology', () => {
    expect(index.search('OSCE body', 10).map((s) => s.key)).not.toContain('https://w3id.org/osce-kg/ontology#OSCEBody');
  });

  it('normalizes accents, case and spaces', () => {
    expect(normalizeText('  Café   DIPLOMACY ')).toBe('cafe diplomacy');
  });

  const extra = buildSearchIndex(
    buildEntityGraph(
      fixtureQuads(`
    id:pilot a okg:Activity ; rdfs:label "Pilot project on labor mobility"@en .
    id:ilo a okg:PartnerOrganization ; rdfs:label "International Labour Organization"@en ; skos:altLabel "ILO"@en .
    id:centre a okg:Activity ; rdfs:label "Training center programme"@en .
  `),
    ).graph,
  );
  const keys = (query: string) => extra.search(query, 50).map((s) => s.key);

  it('matches whole words: "ILO" is not the middle of "pilot"', () => {
    expect(keys('ILO')[0]).toBe(ID + 'ilo');
    expect(keys('ILO')).not.toContain(ID + 'pilot');
  });

  it('makes British and American spellings one', () => {
    expect(keys('labour')).toEqual(expect.arrayContaining([ID + 'pilot', ID + 'ilo']));
    expect(keys('labor organization')).toEqual([ID + 'ilo']);
    expect(keys('international labour organisation')[0]).toBe(ID + 'ilo');
    expect(keys('training centre program')).toEqual([ID + 'centre']);
  });

  it('takes words in any order, prefixes and a typo', () => {
    expect(keys('office democratic')).toEqual([ID + 'odihr']);
    expect(keys('mobility labor')).toEqual([ID + 'pilot']);
    expect(keys('pil')).toContain(ID + 'pilot');
    expect(keys('mobilty')).toContain(ID + 'pilot');
  });

  it('reads SDG notations', () => {
    for (const q of ['Goal 10', 'SDG 10', 'sdg10']) expect(stripSdgWords(q)).toBe('10');
    for (const q of ['SDG 10.7', 'target 10.7', 'SDG target 10.7']) {
      expect(stripSdgWords(q)).toBe('10.7');
      expect(index.search(q, 10)[0]?.key).toBe(SDG + '10.7');
    }
    expect(index.search('Goal 10', 10)[0]?.key).toBe(SDG + '10');
  });

  it('gives every match without a limit', () => {
    expect(extra.search('labour').length).toBeGreaterThanOrEqual(2);
  });
});

describe('search index: words in markup', () => {
  it('splits words at symbols too: "<b>EVIL</b>" holds the word "evil"', async () => {
    const { Parser } = await import('n3');
    const quads = new Parser().parse(
      '<https://example.org/e> a <https://w3id.org/osce-kg/ontology#OSCEBody> ; ' +
        '<http://www.w3.org/2000/01/rdf-schema#label> "<img src=x>"@en ; <http://www.w3.org/2004/02/skos/core#altLabel> "<b>EVIL</b>" .',
    );
    const markup = buildSearchIndex(buildEntityGraph(quads).graph);
    expect(markup.search('evil').map((s) => s.key)).toEqual(['https://example.org/e']);
  });
});
