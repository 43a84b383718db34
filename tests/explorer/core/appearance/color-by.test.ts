// Colour by any attribute (core/appearance/color-by.ts) with its legend, and label density levels.
import { describe, expect, it } from 'vitest';
import { buildEntityGraph } from '../../../../src/explorer/core/data/entity-graph';
import {
  colorAssignment,
  doublingBins,
  linearBins,
  NO_VALUE_COLOR,
} from '../../../../src/explorer/core/appearance/color-by';
import { labelGridFor } from '../../../../src/explorer/core/appearance/label-density';
import { LABEL_DENSITIES } from '../../../../src/explorer/core/appearance/types';
import { KIND_COLORS } from '../../../../src/kg/kinds';
import { DEFAULT_SETTINGS } from '../../../../src/explorer/settings';
import { fixtureQuads, ID, SDG } from '../../fixture';

const { graph } = buildEntityGraph(fixtureQuads());

describe('colorAssignment', () => {
  it('colours by class as the filters legend does, counts per class', () => {
    const { colors, legend } = colorAssignment(graph, 'kind');
    expect(colors.get(ID + 'odihr')).toBe(KIND_COLORS.body);
    expect(legend.find((e) => e.label === 'OSCE body')?.count).toBe(
      graph.filterNodes((_k, a) => a.kind === 'body').length,
    );
  });

  it('colours by SDG goal: the goal and its targets, and the nodes linked to one goal; others have no value', () => {
    const { colors, legend } = colorAssignment(graph, 'sdg');
    expect(colors.get(SDG + '10.7')).toBe('#dd1367');
    expect(colors.get(ID + 'odihr')).toBe('#dd1367');
    expect(colors.get(ID + 'iom')).toBe(NO_VALUE_COLOR);
    expect(legend.map((e) => e.label)).toContain('SDG 10');
    expect(legend.at(-1)?.label).toBe('No value');
    // Every node is counted once in the legend.
    expect(legend.reduce((n, e) => n + e.count, 0)).toBe(graph.order);
  });

  it('colours by year and by degree on a light-to-dark ramp, each node in one bin of the legend', () => {
    for (const by of ['year', 'degree', 'status'] as const) {
      const { colors, legend } = colorAssignment(graph, by);
      expect(colors.size).toBe(graph.order);
      expect(legend.reduce((n, e) => n + e.count, 0)).toBe(graph.order);
      for (const c of colors.values()) expect(legend.map((e) => e.color)).toContain(c);
    }
  });

  it('bins years evenly and counts in doubling bins', () => {
    expect(linearBins(2000, 2001)).toEqual([
      { from: 2000, to: 2000 },
      { from: 2001, to: 2001 },
    ]);
    expect(linearBins(1990, 2019)).toHaveLength(5);
    expect(linearBins(1990, 2019).at(-1)?.to).toBe(2019);
    expect(doublingBins(40)).toEqual([
      { from: 0, to: 0 },
      { from: 1, to: 1 },
      { from: 2, to: 3 },
      { from: 4, to: 7 },
      { from: 8, to: Infinity },
    ]);
  });
});

describe('labelGridFor', () => {
  it('goes from fewer labels to all of them, decluttering until "all"', () => {
    const grids = LABEL_DENSITIES.map((l) => labelGridFor(l, DEFAULT_SETTINGS));
    for (let i = 1; i < grids.length; i++) {
      expect(grids[i]!.labelDensity / grids[i]!.labelGridCellSize ** 2).toBeGreaterThan(
        grids[i - 1]!.labelDensity / grids[i - 1]!.labelGridCellSize ** 2,
      );
      expect(grids[i]!.labelRenderedSizeThreshold).toBeLessThanOrEqual(grids[i - 1]!.labelRenderedSizeThreshold);
    }
    expect(labelGridFor('normal', DEFAULT_SETTINGS)).toMatchObject({
      labelDensity: DEFAULT_SETTINGS.labelDensity,
      declutter: true,
    });
    expect(labelGridFor('all', DEFAULT_SETTINGS)).toMatchObject({ labelRenderedSizeThreshold: 0, declutter: false });
  });
});
