// Emphasis: the hovered node wins over the highlight; the highlight's caption shows unless a node is hovered.
import { describe, expect, it } from 'vitest';
import { selectNode, setHighlight } from '../../../src/explorer/core/selection/producers';
import { EmphasisController } from '../../../src/explorer/controllers/emphasis-controller';
import type { Emphasis } from '../../../src/explorer/view/emphasis';
import { ID } from '../fixture';
import { fixtureData, newStore, recorder } from './harness';

function setup() {
  const store = newStore();
  const view = recorder<{
    setEmphasis(e: Emphasis | null, fromHover?: boolean): void;
    setSelected(key: string | null): void;
  }>(['setEmphasis', 'setSelected']);
  const caption = { hidden: true, textContent: '' as string | null };
  const controller = new EmphasisController(store, fixtureData(), { view, caption });
  store.subscribe((domain) => controller.onStoreChange(domain));
  const last = (): [Emphasis | null, boolean] =>
    view.calls.filter(([n]) => n === 'setEmphasis').at(-1)![1] as [Emphasis | null, boolean];
  return { store, view, caption, controller, last };
}

describe('EmphasisController', () => {
  it('marks the selected node in sigma and emphasises it with its neighbours', () => {
    const { store, view, last } = setup();
    store.update('selection', selectNode(ID + 'odihr'));
    expect(view.calls[0]).toEqual(['setSelected', [ID + 'odihr']]);
    const [emphasis, fromHover] = last();
    expect(emphasis?.nodes.has(ID + 'odihr')).toBe(true);
    expect(emphasis?.nodes.has(ID + 'iom')).toBe(true);
    expect(fromHover).toBe(false);
  });

  it("shows a highlight's caption, hidden while a node is hovered and back after", () => {
    const { store, caption, controller, last } = setup();
    store.update('selection', setHighlight({ nodes: [ID + 'iom'], edges: [], caption: '1 result' }));
    expect(caption).toEqual({ hidden: false, textContent: '1 result' });
    controller.hover(ID + 'unhcr');
    expect(caption.hidden).toBe(true);
    expect(last()[1]).toBe(true);
    expect(last()[0]?.nodes.has(ID + 'unhcr')).toBe(true);
    controller.hover(null);
    expect(caption).toEqual({ hidden: false, textContent: '1 result' });
  });

  it('clears the emphasis when nothing is selected, highlighted or hovered', () => {
    const { controller, last, caption } = setup();
    controller.sync();
    expect(last()[0]).toBeNull();
    expect(caption.hidden).toBe(true);
  });
});
