// A shared link's selection: refused with a notice when not in the graph, framed once laid out when the link has no
// camera.
import { describe, expect, it } from 'vitest';
import { setCamera } from '../../../src/explorer/core/camera/producers';
import { selectNode } from '../../../src/explorer/core/selection/producers';
import { checkRestoredSelection } from '../../../src/explorer/controllers/restored-selection';
import { CurrentData } from '../../../src/explorer/controllers/current-data';
import { ID } from '../fixture';
import { fixtureData, newStore, SETTINGS } from './harness';

function run(node: string | null, options: { camera?: boolean; empty?: boolean; changeBeforeSettled?: boolean } = {}) {
  const store = newStore();
  store.update('selection', selectNode(node));
  if (options.camera) store.update('camera', setCamera({ x: 0.5, y: 0.5, ratio: 1 }));
  const notices: string[] = [];
  const framed: string[] = [];
  checkRestoredSelection(store, {
    graph: options.empty ? new CurrentData(SETTINGS).graph : fixtureData().graph,
    notice: (m) => notices.push(m),
    frameAround: (k) => framed.push(k),
    whenLayoutSettled: (callback) => {
      if (options.changeBeforeSettled) store.update('selection', selectNode(ID + 'osce'));
      callback();
    },
  });
  return { store, notices, framed };
}

describe('checkRestoredSelection', () => {
  it('refuses a node not in the graph, saying which', () => {
    const { store, notices, framed } = run(ID + 'nowhere');
    expect(store.get().selection.node).toBeNull();
    expect(notices).toEqual([`The link selects ${ID}nowhere, which is not in this graph: nothing is selected.`]);
    expect(framed).toEqual([]);
  });

  it('keeps it in remote mode (empty graph at start: the endpoint loads it)', () => {
    const { store, notices } = run(ID + 'nowhere', { empty: true });
    expect(store.get().selection.node).toBe(ID + 'nowhere');
    expect(notices).toEqual([]);
  });

  it('frames the selection once laid out, unless the link has its own camera or the selection changed', () => {
    expect(run(ID + 'iom').framed).toEqual([ID + 'iom']);
    expect(run(ID + 'iom', { camera: true }).framed).toEqual([]);
    expect(run(ID + 'iom', { changeBeforeSettled: true }).framed).toEqual([]);
    expect(run(null).framed).toEqual([]);
  });
});
