// Data changes: a small replace or merge takes effect before setQuads returns, the app catches up in order, panels are
// told.
import { describe, expect, it } from 'vitest';
import { selectNode, setHighlight } from '../../../src/explorer/core/selection/producers';
import { CurrentData } from '../../../src/explorer/controllers/current-data';
import { DataLoader } from '../../../src/explorer/controllers/data-loader';
import { fixtureQuads, ID } from '../fixture';
import { names, newStore, recorder, SETTINGS } from './harness';

function setup() {
  const store = newStore();
  const data = new CurrentData(SETTINGS);
  const view = recorder<{
    setGraph(g: unknown): void;
    setCamera(c: unknown): void;
    beginBulkLoad(): void;
    endBulkLoad(): void;
    setEdgesDrawn(d: boolean): void;
    holdFrames(hold: boolean): void;
  }>(['setGraph', 'setCamera', 'beginBulkLoad', 'endBulkLoad', 'setEdgesDrawn', 'holdFrames']);
  const layout = recorder<{ kill(): void; attach(): void }>(['kill', 'attach']);
  const firstLayout = recorder<{ cancel(): void; run(g: unknown, mode?: string): void }>(['cancel', 'run']);
  const steps: string[] = [];
  const loader = new DataLoader({
    store,
    data,
    view,
    layout,
    firstLayout,
    settings: SETTINGS,
    catchUp: [
      () => steps.push('filters'),
      () => steps.push('search'),
      () => steps.push(`sync ${store.get().selection.node}`),
    ],
    changed: () => steps.push('data'),
  });
  return { store, data, view, layout, firstLayout, steps, loader };
}

describe('DataLoader', () => {
  it('loads the first dataset at once: layouts stopped, first layout run in full, view given the graph, no panel told', () => {
    const { data, view, layout, firstLayout, steps, loader } = setup();
    loader.loadFirst(fixtureQuads());
    expect(data.graph.hasNode(ID + 'odihr')).toBe(true);
    expect(names(layout)).toEqual(['kill', 'attach']);
    expect(firstLayout.calls).toEqual([
      ['cancel', []],
      ['run', [data.renderGraph, 'full']],
    ]);
    expect(view.calls).toEqual([['setGraph', [data.renderGraph]]]);
    expect(steps).toEqual(['filters', 'search', 'sync null']);
  });

  it('replaces before returning: highlight cleared, selection pruned, camera fitted, panels told', async () => {
    const { store, data, view, steps, loader } = setup();
    loader.loadFirst(fixtureQuads());
    store.update('selection', selectNode(ID + 'odihr'));
    store.update('selection', setHighlight({ nodes: [ID + 'iom'], edges: [] }));
    const done = loader.setQuads(
      fixtureQuads().filter((q) => q.subject.value !== ID + 'odihr' && q.object.value !== ID + 'odihr'),
      'replace',
    );
    expect(data.graph.hasNode(ID + 'odihr')).toBe(false);
    expect(store.get().selection).toEqual({ node: null, highlight: null });
    expect(names(view).slice(-1)).toEqual(['setCamera']);
    expect(steps.slice(-4)).toEqual(['filters', 'search', 'sync null', 'data']);
    await done;
  });

  it('merges keeping the positions and the camera: only overlaps are removed', async () => {
    const { data, view, firstLayout, loader } = setup();
    loader.loadFirst(fixtureQuads().filter((q) => q.subject.value !== ID + 'unhcr'));
    const before = data.renderGraph.getNodeAttributes(ID + 'odihr');
    await loader.setQuads(
      fixtureQuads().filter((q) => q.subject.value === ID + 'unhcr'),
      'merge',
    );
    expect(data.graph.hasNode(ID + 'unhcr')).toBe(true);
    expect(data.renderGraph.getNodeAttributes(ID + 'odihr')).toMatchObject({ x: before.x, y: before.y });
    expect(firstLayout.calls.at(-1)?.[1][1]).toBe('overlaps');
    expect(names(view)).not.toContain('setCamera');
  });
});
