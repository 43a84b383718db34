// Search: labels, acronyms, identifiers and notations, ranked exact > prefix > word prefix > anywhere.
import { describe, expect, it } from 'vitest';
import { buildEntityGraph } from '../../src/explorer/core/data/entity-graph';
import { buildSearchIndex, normalizeText } from '../../src/explorer/core/search/search-index';
import { fixtureQuads, ID, SDG } from './fixture';

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
    ['Ministerial Council', ID + 'mc-dec-3-16', null],
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
});
