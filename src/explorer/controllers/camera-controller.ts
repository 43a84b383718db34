// The camera both ways: sigma's moves go to the store (and the URL), the store's camera (a shared link) goes to sigma;
// and the framings.
import { setCamera } from '../core/camera/producers';
import type { CameraState, CameraView } from '../core/camera/types';
import type { Domain, Store } from '../core/store';
import type { GraphView } from '../view/sigma-view';
import type { CurrentData } from './current-data';

/** Closer than this in graph units (and zoom ratio), two cameras are the same: no move. */
const SAME_CAMERA = 1e-4;

export interface CameraDeps {
  view: Pick<GraphView, 'getCamera' | 'setCamera' | 'frameNodes'>;
  data: Pick<CurrentData, 'graph'>;
  visibleNodes(): ReadonlySet<string>;
  /** True while the URL's state is being applied: a restored filter does not move the camera. */
  restoringUrl(): boolean;
}

export class CameraController {
  /** Set while the store's camera is given to sigma, whose move event must not write it back. */
  private fromStore = false;
  private framedFilters = { sdgGoal: null as string | null, focusHops: 0 };

  constructor(
    private readonly store: Store,
    private readonly deps: CameraDeps,
  ) {}

  /** Sigma's camera moved (the user, or a framing): the store follows. */
  cameraMoved(view: CameraView): void {
    if (!this.fromStore) this.store.update('camera', setCamera(view));
  }

  /** Moves sigma to the store's camera (after a URL restore); none stored leaves the camera where it is. */
  sync(): void {
    this.apply(this.store.get().camera);
  }

  fitAll(): void {
    this.deps.view.setCamera(null);
  }

  /** The camera shows a node with its (visible) neighbours, labels inside the canvas. */
  frameAround(key: string): void {
    this.frameVisible([key, ...this.deps.data.graph.neighbors(key)]);
  }

  /** Frames those of `keys` that are visible. */
  frameVisible(keys: readonly string[]): void {
    const visible = this.deps.visibleNodes();
    this.deps.view.frameNodes(keys.filter((k) => visible.has(k)));
  }

  onStoreChange(domain: Domain): void {
    if (domain === 'filters') this.frameNarrowedFilters();
  }

  /** An SDG goal or a focus chosen: the camera shows what is left (all of the graph once they are off). */
  private frameNarrowedFilters(): void {
    const { sdgGoal, focusHops } = this.store.get().filters;
    const before = this.framedFilters;
    this.framedFilters = { sdgGoal, focusHops };
    if (this.deps.restoringUrl() || (before.sdgGoal === sdgGoal && before.focusHops === focusHops)) return;
    const visible = this.deps.visibleNodes();
    if (visible.size === this.deps.data.graph.order) this.deps.view.setCamera(null);
    else this.deps.view.frameNodes([...visible]);
  }

  private apply(camera: CameraState): void {
    if (camera === null) return;
    const now = this.deps.view.getCamera();
    const same =
      Math.abs(now.x - camera.x) < SAME_CAMERA &&
      Math.abs(now.y - camera.y) < SAME_CAMERA &&
      Math.abs(now.ratio - camera.ratio) < SAME_CAMERA;
    if (same) return;
    this.fromStore = true;
    try {
      this.deps.view.setCamera(camera);
    } finally {
      this.fromStore = false;
    }
  }
}
