// The newest action wins: a node chosen replaces a highlight, no node turns the focus off, Esc undoes the newest
// emphasis.
import { describe, expect, it } from 'vitest';
import { setFocusHops } from '../../../src/explorer/core/filters/producers';
import { SelectionActions } from '../../../src/explorer/controllers/selection-actions';
import { ID } from '../fixture';
import { fixtureData, names, newStore, recorder } from './harness';

function setup() {
  const store = newStore();
  const data = fixtureData();
  const deps = recorder<{
    frameAround(k: string): void;
    frameVisible(keys: readonly string[]): void;
    showDetailsTab(): void;
    highlighted(): void;
  }>(['frameAround', 'frameVisible', 'showDetailsTab', 'highlighted']);
  /** Framings waiting for the layout to settle (none while `settled`). */
  const waiting: (() => void)[] = [];
  const layout = { settled: true };
  const afterLayout = (run: () => void): void => void (layout.settled ? run() : waiting.push(run));
  return { store, deps, layout, waiting, actions: new SelectionActions(store, { ...deps, data, afterLayout }) };
}

describe('SelectionActions', () => {
  it('selects a node, framing it and showing its details as asked', () => {
    const { store, deps, actions } = setup();
    actions.select(ID + 'iom', { focus: true, showDetails: true });
    expect(store.get().selection.node).toBe(ID + 'iom');
    expect(deps.calls).toEqual([
      ['frameAround', [ID + 'iom']],
      ['showDetailsTab', []],
    ]);
    actions.select(ID + 'odihr', { focus: false, showDetails: false });
    expect(deps.calls.length).toBe(2);
  });

  it('treats a key not in the graph as no selection', () => {
    const { store, deps, actions } = setup();
    actions.select(ID + 'iom', { focus: false, showDetails: false });
    actions.select(ID + 'nowhere', { focus: true, showDetails: true });
    expect(store.get().selection.node).toBeNull();
    expect(deps.calls).toEqual([]);
  });

  it('clears a highlight when a node is chosen, and turns the focus off when none is', () => {
    const { store, deps, actions } = setup();
    actions.setHighlight({ nodes: [ID + 'iom'], edges: [] });
    expect(names(deps)).toEqual(['frameVisible', 'highlighted']);
    actions.select(ID + 'odihr', { focus: false, showDetails: false });
    expect(store.get().selection.highlight).toBeNull();
    expect(names(deps).at(-1)).toBe('highlighted');
    store.update('filters', setFocusHops(2));
    actions.select(null, { focus: false, showDetails: false });
    expect(store.get().filters.focusHops).toBe(0);
  });

  it("frames a highlight's nodes and its edges' ends", () => {
    const { deps, actions, store } = setup();
    const data = fixtureData();
    const edge = data.graph.edges(ID + 'odihr', ID + 'iom')[0]!;
    actions.setHighlight({ nodes: [ID + 'unhcr'], edges: [edge, 'no-such-edge'] });
    expect(deps.calls[0]).toEqual(['frameVisible', [[ID + 'unhcr', ID + 'odihr', ID + 'iom']]]);
    expect(store.get().selection.highlight?.nodes).toEqual([ID + 'unhcr']);
  });

  it('frames a highlight set while the layout runs once it settles, unless another replaced it', () => {
    const { deps, actions, layout, waiting } = setup();
    layout.settled = false;
    actions.setHighlight({ nodes: [ID + 'iom'], edges: [] });
    actions.setHighlight({ nodes: [ID + 'unhcr'], edges: [] });
    expect(names(deps)).toEqual(['highlighted', 'highlighted']);
    for (const run of waiting) run();
    expect(deps.calls.filter(([n]) => n === 'frameVisible')).toEqual([['frameVisible', [[ID + 'unhcr']]]]);
  });

  it('lights up a statement chosen on the graph: its edge, both ends and a caption naming them', () => {
    const { store, actions } = setup();
    const data = fixtureData();
    const edge = data.graph.edges(ID + 'odihr', ID + 'iom')[0]!;
    actions.chooseStatement(edge);
    const highlight = store.get().selection.highlight;
    expect(highlight).toMatchObject({ nodes: [ID + 'odihr', ID + 'iom'], edges: [edge], statement: edge });
    expect(highlight?.caption).toMatch(
      /^ODIHR — partners with — IOM$|Office .* — .* — International Organization for Migration/,
    );
    actions.chooseStatement('no-such-edge');
    expect(store.get().selection.highlight).toBe(highlight);
  });

  it('undoes with Esc: the highlight first, then the selection, then nothing', () => {
    const { store, deps, actions } = setup();
    actions.select(ID + 'iom', { focus: false, showDetails: false });
    actions.setHighlight({ nodes: [ID + 'odihr'], edges: [] });
    actions.escape();
    expect(store.get().selection).toEqual({ node: ID + 'iom', highlight: null });
    actions.escape();
    expect(store.get().selection.node).toBeNull();
    const before = names(deps).length;
    actions.escape();
    expect(store.get().selection).toEqual({ node: null, highlight: null });
    expect(names(deps).length).toBe(before);
  });
});
