// The search box's options: local matches up to the limit, "show all" with two or more, endpoint matches added once,
// wrapping arrows.
import { describe, expect, it } from 'vitest';
import { buildEntityGraph } from '../../../src/explorer/core/data/entity-graph';
import { buildSearchIndex, type Suggestion } from '../../../src/explorer/core/search/search-index';
import { SearchSuggestions } from '../../../src/explorer/ui/search-suggestions';
import { fixtureQuads, ID } from '../fixture';

const index = buildSearchIndex(buildEntityGraph(fixtureQuads()).graph);

function remote(key: string, label: string): Suggestion {
  return { key, label, kind: 'partner' } as Suggestion;
}

describe('SearchSuggestions', () => {
  it('suggests up to the limit and offers all matches when there are two or more', () => {
    const options = new SearchSuggestions(1);
    options.match(index, 'migration');
    expect(options.suggestions.length).toBe(1);
    expect(options.allMatches.length).toBeGreaterThan(1);
    expect(options.count()).toBe(2);
    expect(options.isShowAll(1)).toBe(true);
    expect(options.isShowAll(0)).toBe(false);
  });

  it('offers no "show all" for a single match, and nothing without an index', () => {
    const options = new SearchSuggestions(10);
    options.match(index, 'UNHCR');
    expect(options.suggestions.map((s) => s.key)).toEqual([ID + 'unhcr']);
    expect(options.hasShowAll()).toBe(false);
    options.match(null, 'UNHCR');
    expect(options.count()).toBe(0);
    expect(options.step(1)).toBe(-1);
  });

  it("adds an endpoint's matches after the local ones, once each, up to the limit", () => {
    const options = new SearchSuggestions(3);
    options.match(index, 'UNHCR');
    options.addRemote([
      remote(ID + 'unhcr', 'UNHCR again'),
      remote('urn:a', 'A'),
      remote('urn:b', 'B'),
      remote('urn:c', 'C'),
    ]);
    expect(options.suggestions.map((s) => s.key)).toEqual([ID + 'unhcr', 'urn:a', 'urn:b']);
    expect(options.indexOf('urn:b')).toBe(2);
    expect(options.indexOf(null)).toBe(-1);
  });

  it('moves the active option with wrapping', () => {
    const options = new SearchSuggestions(10);
    options.addRemote([remote('urn:a', 'A'), remote('urn:b', 'B')]);
    expect(options.step(1)).toBe(0);
    options.active = 1;
    expect(options.step(1)).toBe(0);
    options.active = 0;
    expect(options.step(-1)).toBe(1);
  });
});
