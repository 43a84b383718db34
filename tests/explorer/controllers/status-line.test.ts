// The status line: an error stays and is an alert; a notice goes when a node is next selected (not on clearing).
import { describe, expect, it } from 'vitest';
import { selectNode } from '../../../src/explorer/core/selection/producers';
import { StatusLine } from '../../../src/explorer/controllers/status-line';
import { ID } from '../fixture';
import { newStore } from './harness';

function element() {
  const attrs: Record<string, string> = {};
  return {
    hidden: true,
    textContent: '' as string | null,
    dataset: {} as DOMStringMap,
    attrs,
    setAttribute: (n: string, v: string) => void (attrs[n] = v),
  };
}

describe('StatusLine', () => {
  it('shows an error as an alert that stays', () => {
    const store = newStore();
    const el = element();
    new StatusLine(el, store).showError('The graph could not be loaded.');
    store.update('selection', selectNode(ID + 'iom'));
    expect(el).toMatchObject({
      hidden: false,
      textContent: 'The graph could not be loaded.',
      attrs: { role: 'alert' },
    });
  });

  it('hides a notice when a node is next selected', () => {
    const store = newStore();
    const el = element();
    new StatusLine(el, store).showNotice('The link selects x, which is not in this graph.');
    expect(el).toMatchObject({ hidden: false, dataset: { notice: 'true' } });
    store.update('selection', selectNode(null));
    store.update('selection', selectNode(ID + 'iom'));
    expect(el.hidden).toBe(true);
  });
});
