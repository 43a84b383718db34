// Timeline: dated entities by year, the period filter on the graph and in the URL.
import { describe, expect, it } from 'vitest';
import { buildEntityGraph } from '../../../../src/explorer/core/data/entity-graph';
import { setPeriod } from '../../../../src/explorer/core/filters/producers';
import { NO_FILTERS } from '../../../../src/explorer/core/filters/types';
import { NO_PANELS } from '../../../../src/explorer/core/panels/types';
import { computeVisibility } from '../../../../src/explorer/core/filters/visibility';
import { countByYear, datedNodes, parsePeriod } from '../../../../src/explorer/core/timeline/dated';
import { decodeUrlState, encodeUrlState } from '../../../../src/explorer/core/url/url-state';
import { fixtureQuads, ID } from '../../fixture';

const extra = `
id:ev1 a okg:Event ; rdfs:label "Old event"@en ; dcterms:date "1975"^^xsd:gYear .
id:ev2 a okg:Event ; rdfs:label "Later event"@en ; dcterms:date "2003-07"^^xsd:gYearMonth , "2005"^^xsd:gYear .
id:pub a okg:Publication ; rdfs:label "Undated"@en ; dcterms:date "sometime" .
`;
const { graph } = buildEntityGraph(fixtureQuads(extra));

describe('dated entities', () => {
  it('reads the year of xsd:date, xsd:gYear and xsd:gYearMonth, the earliest when there are several', () => {
    expect(datedNodes(graph)).toEqual(
      new Map([
        [ID + 'mc-dec-3-16', 2016],
        [ID + 'ev1', 1975],
        [ID + 'ev2', 2003],
      ]),
    );
  });

  it('counts per year over the whole span, empty years included', () => {
    const counts = countByYear([2003, 2001, 2003]);
    expect(counts).toEqual([
      { year: 2001, count: 1 },
      { year: 2002, count: 0 },
      { year: 2003, count: 2 },
    ]);
    expect(countByYear([])).toEqual([]);
  });

  it('parses periods and refuses reversed or malformed ones', () => {
    expect(parsePeriod('1990-2005')).toEqual({ from: 1990, to: 2005 });
    expect(parsePeriod('2001')).toEqual({ from: 2001, to: 2001 });
    for (const bad of ['2005-1990', '90-05', 'x', '', null, '1990-2005-2010']) expect(parsePeriod(bad)).toBeNull();
  });
});

describe('period filter', () => {
  it('hides dated entities outside the period and keeps undated ones', () => {
    const v = computeVisibility(graph, { ...NO_FILTERS, period: { from: 2000, to: 2010 } }, null);
    expect(v.nodes.has(ID + 'ev2')).toBe(true);
    expect(v.nodes.has(ID + 'ev1')).toBe(false);
    expect(v.nodes.has(ID + 'mc-dec-3-16')).toBe(false);
    expect(v.nodes.has(ID + 'odihr')).toBe(true);
    expect(v.nodes.has(ID + 'pub')).toBe(true);
    expect(v.nodes.size).toBe(graph.order - 2);
  });

  it('changes state only when the period changes', () => {
    const state = setPeriod({ from: 1990, to: 2000 })(NO_FILTERS);
    expect(state.period).toEqual({ from: 1990, to: 2000 });
    expect(setPeriod({ from: 1990, to: 2000 })(state)).toBe(state);
    expect(setPeriod(null)(state)).toEqual(NO_FILTERS);
  });

  it('round-trips through the URL and ignores a bad one', () => {
    const state = {
      selection: null,
      filters: { ...NO_FILTERS, period: { from: 1990, to: 2005 } },
      appearance: {},
      camera: null,
      panels: NO_PANELS,
    };
    const hash = encodeUrlState(state, { sizeBy: 'degree' });
    expect(hash).toBe('#period=1990-2005');
    expect(decodeUrlState(hash, 3)).toEqual(state);
    expect(decodeUrlState('#period=2005-1990', 3).filters.period).toBeNull();
  });
});
