// URL state: what is shared round-trips exactly; whatever a hand-edited URL holds, decoding never throws.
import { describe, expect, it } from 'vitest';
import { decodeUrlState, encodeUrlState, type UrlState } from '../../../../src/explorer/core/url/url-state';
import { NO_FILTERS } from '../../../../src/explorer/core/filters/types';
import { NO_PANELS } from '../../../../src/explorer/core/panels/types';

const defaults = { sizeBy: 'degree' };

describe('URL state', () => {
  const states: [string, UrlState][] = [
    ['empty', { selection: null, filters: NO_FILTERS, appearance: {}, camera: null, panels: NO_PANELS }],
    [
      'everything',
      {
        selection: 'https://w3id.org/osce-kg/id/odihr',
        filters: {
          hiddenKinds: ['body', 'partner'],
          hiddenPredicates: ['http://www.w3.org/ns/org#memberOf', 'https://w3id.org/osce-kg/ontology#addresses'],
          sdgGoal: '10',
          focusHops: 2,
          status: 'planned',
          period: { from: 1990, to: 2005 },
          explore: {
            seed: 'https://w3id.org/osce-kg/id/odihr',
            expanded: ['https://w3id.org/osce-kg/id/odihr', 'https://w3id.org/osce-kg/id/osce'],
          },
        },
        appearance: { sizeBy: 'pagerank', colorBy: 'sdg', labels: 'more' },
        camera: { x: 0.25, y: 0.75, ratio: 0.5 },
        panels: {
          tab: 'paths',
          params: new Map([
            ['path', 'https://w3id.org/osce-kg/id/odihr https://w3id.org/osce-kg/id/iom'],
            ['q', 'SELECT * { ?s ?p ?o } # & = +'],
          ]),
        },
      },
    ],
    [
      'explore mode, nothing expanded yet',
      {
        selection: null,
        filters: { ...NO_FILTERS, explore: { seed: 'urn:x:a&b=c#d e', expanded: [] } },
        appearance: { sizeBy: 'year' },
        camera: null,
        panels: NO_PANELS,
      },
    ],
    [
      'colour and size by attributes of the data',
      {
        selection: null,
        filters: NO_FILTERS,
        appearance: { sizeBy: 'attr:http://example.org/population', colorBy: 'attr:http://example.org/region#x' },
        camera: null,
        panels: NO_PANELS,
      },
    ],
    [
      'IRI with & # and spaces',
      { selection: 'urn:x:a&b=c#d e', filters: NO_FILTERS, appearance: {}, camera: null, panels: NO_PANELS },
    ],
  ];
  it.each(states)('round-trips %s', (_name, state) => {
    const hash = encodeUrlState(state, defaults);
    expect(decodeUrlState(hash, 3)).toEqual(state);
  });

  it('writes nothing for the default state', () => {
    expect(
      encodeUrlState(
        { selection: null, filters: NO_FILTERS, appearance: { sizeBy: 'degree' }, camera: null, panels: NO_PANELS },
        defaults,
      ),
    ).toBe('');
    expect(
      encodeUrlState(
        {
          selection: null,
          filters: NO_FILTERS,
          appearance: { sizeBy: 'degree', colorBy: 'kind', labels: 'normal' },
          camera: null,
          panels: NO_PANELS,
        },
        defaults,
      ),
    ).toBe('');
  });

  const junk = [
    '#sel=&focus=-3&sdg=ten&cam=1,2&size=huge&color=pink&labels=lots&explore=',
    '#explore=%20&expanded=a',
    '#%E0%A4%A',
    '#cam=NaN,1,1&focus=99',
    '#hide=,,,&hidep=',
    '#color=attr:&size=attr:a%20b',
  ];
  it.each(junk)('decodes %s to safe values', (hash) => {
    const s = decodeUrlState(hash, 3);
    expect(s.selection).toBeNull();
    expect(s.camera).toBeNull();
    expect(s.filters.sdgGoal).toBeNull();
    expect(s.filters.focusHops).toBeLessThanOrEqual(3);
    expect(s.filters.hiddenKinds).toEqual([]);
    expect(s.filters.explore).toBeNull();
    expect(s.appearance.colorBy).toBeUndefined();
    expect(s.appearance.labels).toBeUndefined();
  });

  it('writes the tab and the panel parameters after the explorer keys, parameters in name order', () => {
    const hash = encodeUrlState(
      {
        selection: 'urn:x:a',
        filters: NO_FILTERS,
        appearance: {},
        camera: null,
        panels: {
          tab: 'matrix',
          params: new Map([
            ['z', '1'],
            ['cell', 'a b'],
          ]),
        },
      },
      defaults,
    );
    expect(hash).toBe('#sel=urn%3Ax%3Aa&tab=matrix&cell=a+b&z=1');
  });

  it('keeps well-formed unknown keys for the panels and drops the rest', () => {
    const s = decodeUrlState(
      '#tab=<script>&sel=urn:x&__proto__=1&constructor=2&Q=upper&cam=1,1,1&q=&path=a%20b&path=c%20d',
      3,
    );
    expect(s.panels.tab).toBeNull();
    expect([...s.panels.params]).toEqual([
      ['constructor', '2'],
      ['path', 'a b'],
    ]);
    expect(s.panels.params.has('sel')).toBe(false);
  });

  it('bounds how many panel parameters and how long a value a link may carry', () => {
    const many = Array.from({ length: 40 }, (_, i) => `p${i}=v`).join('&');
    expect(decodeUrlState(`#${many}`, 3).panels.params.size).toBe(16);
    expect(decodeUrlState(`#q=${'x'.repeat(20_001)}`, 3).panels.params.has('q')).toBe(false);
    expect(decodeUrlState(`#tab=${'a'.repeat(40)}`, 3).panels.tab).toBeNull();
  });
});
