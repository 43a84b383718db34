// URL state: what is shared round-trips exactly; whatever a hand-edited URL holds, decoding never throws.
import { describe, expect, it } from 'vitest';
import { decodeUrlState, encodeUrlState, type UrlState } from '../../src/explorer/core/url/url-state';
import { NO_FILTERS } from '../../src/explorer/core/filters/types';

const defaults = { sizeBy: 'degree' };

describe('URL state', () => {
  const states: [string, UrlState][] = [
    ['empty', { selection: null, filters: NO_FILTERS, appearance: {}, camera: null }],
    ['everything', {
      selection: 'https://w3id.org/osce-kg/id/odihr',
      filters: { hiddenKinds: ['body', 'partner'], hiddenPredicates: ['http://www.w3.org/ns/org#memberOf', 'https://w3id.org/osce-kg/ontology#addresses'], sdgGoal: '10', focusHops: 2, status: 'planned', period: { from: 1990, to: 2005 } },
      appearance: { sizeBy: 'pagerank' },
      camera: { x: 0.25, y: 0.75, ratio: 0.5 },
    }],
    ['IRI with & # and spaces', { selection: 'urn:x:a&b=c#d e', filters: NO_FILTERS, appearance: {}, camera: null }],
  ];
  it.each(states)('round-trips %s', (_name, state) => {
    const hash = encodeUrlState(state, defaults);
    expect(decodeUrlState(hash, 3)).toEqual(state);
  });

  it('writes nothing for the default state', () => {
    expect(encodeUrlState({ selection: null, filters: NO_FILTERS, appearance: { sizeBy: 'degree' }, camera: null }, defaults)).toBe('');
  });

  const junk = ['#sel=&focus=-3&sdg=ten&cam=1,2&size=huge', '#%E0%A4%A', '#cam=NaN,1,1&focus=99', '#hide=,,,&hidep='];
  it.each(junk)('decodes %s to safe values', (hash) => {
    const s = decodeUrlState(hash, 3);
    expect(s.selection).toBeNull();
    expect(s.camera).toBeNull();
    expect(s.filters.sdgGoal).toBeNull();
    expect(s.filters.focusHops).toBeLessThanOrEqual(3);
    expect(s.filters.hiddenKinds).toEqual([]);
  });
});
