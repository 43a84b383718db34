// Sizes, colours and label density follow the appearance state, computed only when they change; toolbar and legend
// follow.
import { describe, expect, it } from 'vitest';
import { setColorBy, setLabelDensity, setSizeBy } from '../../../src/explorer/core/appearance/producers';
import { AppearanceController, type AppearanceTargets } from '../../../src/explorer/controllers/appearance-controller';
import { KIND_COLORS } from '../../../src/kg/kinds';
import { ID, SDG } from '../fixture';
import { fixtureData, names, newStore, recorder, SETTINGS } from './harness';
import { Parser } from 'n3';
import { CurrentData } from '../../../src/explorer/controllers/current-data';
import { loadData } from '../../../src/explorer/view/large-load';

function setUp(data = fixtureData()) {
  const store = newStore();
  const toolbar = recorder<AppearanceTargets['toolbar']>(['setAppearance', 'setAttributes']);
  const view = recorder<AppearanceTargets['view']>(['setLabelGrid']);
  const legend = recorder<AppearanceTargets['legend']>(['show']);
  const controller = new AppearanceController(store, data, { toolbar, view, legend }, SETTINGS);
  store.subscribe((domain) => controller.onStoreChange(domain));
  return { store, data, toolbar, view, legend, controller };
}

describe('AppearanceController', () => {
  it('resizes by PageRank when chosen, and does not recompute sizes the graph already has', () => {
    const { store, data, toolbar } = setUp();
    const byDegree = data.graph.nodes().map((k) => data.renderGraph.getNodeAttribute(k, 'size'));
    store.update('appearance', setSizeBy('pagerank'));
    expect(data.sizedBy).toBe('pagerank');
    expect(data.graph.nodes().map((k) => data.renderGraph.getNodeAttribute(k, 'size'))).not.toEqual(byDegree);
    expect(toolbar.calls.filter(([name]) => name === 'setAppearance').at(-1)).toEqual([
      'setAppearance',
      [{ sizeBy: 'pagerank', colorBy: 'kind', labels: 'normal' }],
    ]);
    data.renderGraph.setNodeAttribute(ID + 'iom', 'size', 123);
    store.update('appearance', setLabelDensity('more'));
    expect(data.renderGraph.getNodeAttribute(ID + 'iom', 'size')).toBe(123);
  });

  it('recolours by SDG goal with a legend, and back by class with none', () => {
    const { store, data, legend } = setUp();
    store.update('appearance', setColorBy('sdg'));
    expect(data.renderGraph.getNodeAttribute(SDG + '10.7', 'color')).toBe('#dd1367');
    const [title, entries] = legend.calls.at(-1)?.[1] as [string, { label: string }[]];
    expect(title).toBe('SDG goal');
    expect(entries.map((e) => e.label)).toContain('SDG 10');
    store.update('appearance', setColorBy('kind'));
    expect(data.renderGraph.getNodeAttribute(ID + 'odihr', 'color')).toBe(KIND_COLORS.body);
    expect(legend.calls.at(-1)?.[1]).toEqual(['Class', null]);
  });

  it('hands sigma the label grid of the density chosen, decluttering off for "all"', () => {
    const { store, view } = setUp();
    store.update('appearance', setLabelDensity('all'));
    expect(names(view)).toEqual(['setLabelGrid']);
    expect(view.calls[0]?.[1]).toEqual([
      { labelDensity: 100, labelGridCellSize: 20, labelRenderedSizeThreshold: 0 },
      false,
    ]);
  });

  it('offers the data’s own attributes, colours by a category and sizes by a number, with a legend', () => {
    const data = new CurrentData(SETTINGS);
    const quads = new Parser().parse(`
      @prefix ex: <http://example.org/> .
      ex:a ex:region "North" ; ex:population 100 ; ex:note "free text a" .
      ex:b ex:region "South" ; ex:population 1000.5 ; ex:note "free text b" .
      ex:c ex:region "North" ; ex:population 50 .
      ex:d ex:knows ex:a .
    `);
    data.adopt(loadData(data.quadSet.replace(quads), new Map(), 'degree', SETTINGS));
    const { store, toolbar, legend } = setUp(data);
    store.update('appearance', setLabelDensity('more'));
    const [color, size] = toolbar.calls.find(([name]) => name === 'setAttributes')?.[1] as [string[][], string[][]];
    // ex:note: free text (no two nodes share a value), not offered
    expect(color).toEqual([
      ['attr:http://example.org/population', 'population'],
      ['attr:http://example.org/region', 'region'],
    ]);
    expect(size).toEqual([['attr:http://example.org/population', 'population']]);
    store.update('appearance', setColorBy('attr:http://example.org/region'));
    const [title, entries] = legend.calls.at(-1)?.[1] as [string, { label: string; count: number }[]];
    expect(title).toBe('region');
    expect(entries.map((e) => [e.label, e.count])).toEqual([
      ['North', 2],
      ['South', 1],
      ['No value', 1],
    ]);
    const colorOf = (k: string) => data.renderGraph.getNodeAttribute('http://example.org/' + k, 'color');
    expect(colorOf('a')).toBe(colorOf('c'));
    expect(colorOf('a')).not.toBe(colorOf('b'));
    store.update('appearance', setSizeBy('attr:http://example.org/population'));
    const sizeOf = (k: string) => data.renderGraph.getNodeAttribute('http://example.org/' + k, 'size');
    expect(sizeOf('b')).toBeGreaterThan(sizeOf('a'));
    expect(sizeOf('a')).toBeGreaterThan(sizeOf('c'));
    // No population: the smallest size, as the node with the least
    expect(sizeOf('d')).toBe(sizeOf('c'));
  });
});
