// The camera both ways without echo, framings restricted to visible nodes, and narrowed filters framed (not while a URL
// is restored).
import { describe, expect, it } from 'vitest';
import { setCamera } from '../../../src/explorer/core/camera/producers';
import type { CameraView } from '../../../src/explorer/core/camera/types';
import { setSdgGoal } from '../../../src/explorer/core/filters/producers';
import { CameraController } from '../../../src/explorer/controllers/camera-controller';
import { ID } from '../fixture';
import { fixtureData, names, newStore } from './harness';

function setup(visible?: Set<string>) {
  const store = newStore();
  const data = fixtureData();
  const calls: [string, unknown][] = [];
  let camera: CameraView = { x: 0.5, y: 0.5, ratio: 1 };
  let restoring = false;
  const controller = new CameraController(store, {
    data,
    view: {
      getCamera: () => camera,
      setCamera: (view) => {
        calls.push(['setCamera', view]);
        // Sigma tells of its own move, as the real view does.
        if (view) controller.cameraMoved((camera = view));
      },
      frameNodes: (keys) => void calls.push(['frameNodes', [...keys].sort()]),
    },
    visibleNodes: () => visible ?? new Set(data.graph.nodes()),
    restoringUrl: () => restoring,
  });
  store.subscribe((domain) => controller.onStoreChange(domain));
  return { store, data, calls, controller, setRestoring: (on: boolean) => (restoring = on) };
}

describe('CameraController', () => {
  it("writes sigma's moves to the store", () => {
    const { store, controller } = setup();
    controller.cameraMoved({ x: 0.25, y: 0.75, ratio: 0.5 });
    expect(store.get().camera).toMatchObject({ x: 0.25, y: 0.75, ratio: 0.5 });
  });

  it("moves sigma to the store's camera without writing it back, and not at all when it is already there", () => {
    const { store, calls, controller } = setup();
    let writes = 0;
    store.update('camera', setCamera({ x: 0.1, y: 0.2, ratio: 2 }));
    store.subscribe((domain) => void (domain === 'camera' && writes++));
    controller.sync();
    expect(names({ calls: calls.map(([n, a]) => [n, [a]]) })).toEqual(['setCamera']);
    expect(writes).toBe(0);
    controller.sync();
    expect(calls.length).toBe(1);
  });

  it('frames a node with its neighbours, leaving out hidden ones', () => {
    const { calls, controller, data } = setup(new Set([ID + 'odihr', ID + 'iom']));
    controller.frameAround(ID + 'odihr');
    expect(data.graph.neighbors(ID + 'odihr').length).toBeGreaterThan(1);
    expect(calls).toEqual([['frameNodes', [ID + 'iom', ID + 'odihr']]]);
  });

  it('frames what an SDG goal leaves, fits all when it is off, and stays put while a URL is restored', () => {
    const narrowed = new Set([ID + 'odihr']);
    const { store, calls, setRestoring } = setup(narrowed);
    store.update('filters', setSdgGoal('10'));
    expect(calls).toEqual([['frameNodes', [ID + 'odihr']]]);
    setRestoring(true);
    store.update('filters', setSdgGoal('16'));
    expect(calls.length).toBe(1);
  });

  it('fits the whole graph when everything is visible again', () => {
    const { store, calls } = setup();
    store.update('filters', setSdgGoal('10'));
    expect(calls).toEqual([['setCamera', null]]);
  });
});
