// The panels' context: reads of the data and store, actions routed to the app, and the changes relayed to listeners.
import { describe, expect, it } from 'vitest';
import type { ChangeKind } from '../../../src/explorer/context';
import { setKindVisible } from '../../../src/explorer/core/filters/producers';
import { selectNode, setHighlight } from '../../../src/explorer/core/selection/producers';
import { ChangeListeners } from '../../../src/explorer/controllers/change-listeners';
import { createExplorerContext, relayStoreChanges } from '../../../src/explorer/controllers/explorer-context';
import type { RemoteSession } from '../../../src/explorer/remote/session';
import { PageDrop } from '../../../src/explorer/ui/page-drop';
import type { ViewSnapshot } from '../../../src/explorer/view/view-snapshot';
import { ID, SOURCE_TEXT } from '../fixture';
import { fixtureData, newStore } from './harness';

function setup() {
  const store = newStore();
  const data = fixtureData();
  const listeners = new ChangeListeners();
  const asked: unknown[][] = [];
  const snapshot = {} as ViewSnapshot;
  const drop = new PageDrop();
  const context = createExplorerContext({
    store,
    data,
    listeners,
    remote: {} as RemoteSession,
    loader: { setQuads: async (...args) => void asked.push(['setQuads', ...args]) },
    selection: {
      select: (...args) => asked.push(['select', ...args]),
      setHighlight: (h) => asked.push(['setHighlight', h]),
    },
    visibility: () => ({ nodes: new Set([ID + 'iom']), edges: new Set(['e1']) }),
    canvasContainer: () => ({ id: 'graph' }) as HTMLElement,
    viewSnapshot: () => snapshot,
    drop,
    showInSource: (iri) => asked.push(['showInSource', iri]),
    shownPassage: () => ID + 'p1',
  });
  return { store, data, listeners, asked, context, snapshot, drop };
}

describe('createExplorerContext', () => {
  it('reads the current data and the store', () => {
    const { store, data, context, snapshot } = setup();
    data.texts = new Map([['sources/doc.txt', SOURCE_TEXT]]);
    expect(context.getGraph()).toBe(data.graph);
    expect(context.getQuads()).toBe(data.quads);
    store.update('selection', selectNode(ID + 'iom'));
    expect(context.getSelectedNode()).toBe(ID + 'iom');
    expect(context.visibleNodes()).toEqual([ID + 'iom']);
    expect(context.visibleEdges()).toEqual(['e1']);
    expect(context.getViewSnapshot()).toBe(snapshot);
    expect(context.sourceText(ID + 'doc')).toBe(SOURCE_TEXT);
  });

  it('reads the highlight from the store', () => {
    const { store, context } = setup();
    const highlight = { nodes: [ID + 'iom'], edges: [] };
    store.update('selection', setHighlight(highlight));
    expect(context.getHighlight()).toBe(highlight);
  });

  it('hands files dropped on the page to the Import panel, also those dropped before it registered', () => {
    const { context, drop } = setup();
    const early = new File(['<a> <b> <c> .'], 'early.nt');
    drop.hand(early);
    const taken: string[] = [];
    context.takeDroppedFiles((file, how) => taken.push(`${file.name} ${how.dropped}`));
    drop.hand(new File([''], 'late.ttl'));
    expect(taken).toEqual(['early.nt true', 'late.ttl true']);
  });

  it("keeps the period in the store's filters", () => {
    const { store, context } = setup();
    expect(context.getPeriod()).toBeNull();
    context.setPeriod({ from: 1990, to: 2005 });
    expect(store.get().filters.period).toEqual({ from: 1990, to: 2005 });
    expect(context.getPeriod()).toEqual({ from: 1990, to: 2005 });
  });

  it('routes selections, highlights, loads and source views to the app', async () => {
    const { asked, context } = setup();
    context.selectNode(ID + 'iom');
    context.setHighlight(null);
    await context.setQuads([], 'merge');
    context.showInSource(ID + 'p1');
    expect(asked).toEqual([
      ['select', ID + 'iom', { focus: true, showDetails: false }],
      ['setHighlight', null],
      ['setQuads', [], 'merge', undefined],
      ['showInSource', ID + 'p1'],
    ]);
    expect(context.shownPassage()).toBe(ID + 'p1');
  });
});

describe('relayStoreChanges', () => {
  it('tells of filter changes and of another node selected, not of a highlight or the same node again', () => {
    const { store, listeners, context } = setup();
    store.subscribe(relayStoreChanges(store, listeners));
    const told: ChangeKind[] = [];
    const stop = context.onChange((kind) => told.push(kind));
    store.update('selection', selectNode(ID + 'iom'));
    store.update('selection', setHighlight({ nodes: [], edges: [] }));
    store.update('filters', setKindVisible('partner', false));
    expect(told).toEqual(['selection', 'filters']);
    stop();
    store.update('selection', selectNode(null));
    expect(told).toEqual(['selection', 'filters']);
  });
});
