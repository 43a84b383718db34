// A panel's URL parameter handle over the real store: reads, writes, and hears only changes it did not make.
import { describe, expect, it } from 'vitest';
import { defaultAppearance } from '../../../../src/explorer/core/appearance/types';
import { NO_FILTERS } from '../../../../src/explorer/core/filters/types';
import { replacePanels } from '../../../../src/explorer/core/panels/producers';
import { NO_PANELS } from '../../../../src/explorer/core/panels/types';
import { EMPTY_SELECTION } from '../../../../src/explorer/core/selection/types';
import { createStore } from '../../../../src/explorer/core/store';
import { urlParam } from '../../../../src/explorer/core/url/url-param';

const newStore = () =>
  createStore({
    selection: EMPTY_SELECTION,
    filters: NO_FILTERS,
    appearance: defaultAppearance('degree'),
    camera: null,
    panels: NO_PANELS,
  });

describe('urlParam', () => {
  it('reads and writes one parameter of the panels state', () => {
    const store = newStore();
    const q = urlParam(store, 'q');
    expect(q.get()).toBeNull();
    q.set('SELECT 1');
    expect(store.get().panels.params.get('q')).toBe('SELECT 1');
    q.set(null);
    expect(store.get().panels.params.has('q')).toBe(false);
  });

  it('tells its listener about restored values, not its own writes nor other parameters', () => {
    const store = newStore();
    const path = urlParam(store, 'path');
    const heard: (string | null)[] = [];
    const stop = path.onChange((v) => heard.push(v));
    path.set('a b');
    urlParam(store, 'q').set('x');
    store.update(
      'panels',
      replacePanels({
        tab: 'paths',
        params: new Map([
          ['path', 'c d'],
          ['q', 'x'],
        ]),
      }),
    );
    store.update('panels', replacePanels(NO_PANELS));
    stop();
    store.update('panels', replacePanels({ tab: null, params: new Map([['path', 'e f']]) }));
    expect(heard).toEqual(['c d', null]);
  });

  it.each(['tab', 'sel', 'cam', 'Q', '__proto__', 'a b', ''])('refuses the name %j', (name) => {
    expect(() => urlParam(newStore(), name)).toThrow(/cannot be a panel's URL parameter/);
  });
});
