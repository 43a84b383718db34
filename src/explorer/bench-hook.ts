// Benchmark helpers, loaded only when a benchmark asks (window.__osceKg.bench()): frame times of the explorer's
// renderer and of bare sigma (default settings, no styles) drawing the same graph in a canvas of the same size.
import Sigma from 'sigma';
import type { Renderer } from './view/sigma-renderer';
import type { RenderGraph } from './view/rendering-graph';

interface Drawable {
  getCamera(): { getState(): { ratio: number }; setState(state: { ratio?: number; angle?: number }): unknown };
  once(event: 'afterRender', listener: () => void): unknown;
}

/** One frame: nudges the camera and waits until sigma has drawn it and the browser has shown it (or 60 s). */
async function timeFrame(renderer: Drawable, base: number, i: number): Promise<number> {
  const camera = renderer.getCamera();
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 60_000);
    renderer.once('afterRender', () => {
      clearTimeout(timer);
      resolve();
    });
    camera.setState({ ratio: base * (1 + 0.002 * ((i % 2) + 1)) });
  });
  // The next animation frame starts once the compositor has taken this one: on software WebGL that is the raster.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - t0;
}

/** Explorer vs bare sigma on the same graph: median ms per frame, the median per-turn ratio, and each frame's time. */
export interface FrameComparison {
  explorerMsPerFrame: number;
  bareMsPerFrame: number;
  ratio: number;
  explorerFrames: number[];
  bareFrames: number[];
  bareFirstFrameMs: number;
  nodes: number;
  edges: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  // No values give NaN
  return sorted.length % 2
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
}

/**
 * Frame times of the explorer and of bare sigma, in turns (explorer, bare, explorer, …) so that a change in machine
 * load hits both alike; the ratio is the median of the per-turn ratios. Both stay alive the whole time, bare sigma's
 * canvas on top of the explorer's.
 */
export async function compareWithBareSigma(
  renderer: Renderer,
  graph: RenderGraph,
  container: HTMLElement,
  n: number,
): Promise<FrameComparison> {
  const explorer = renderer as unknown as Drawable;
  const host = document.createElement('div');
  const rect = container.getBoundingClientRect();
  Object.assign(host.style, {
    position: 'fixed',
    left: `${rect.left}px`,
    top: `${rect.top}px`,
    width: `${rect.width}px`,
    height: `${rect.height}px`,
    zIndex: '50',
    background: '#fff',
  });
  document.body.appendChild(host);
  const t0 = performance.now();
  const bare = new Sigma(graph.copy(), host) as unknown as Drawable & { kill(): void };
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const bareFirstFrameMs = performance.now() - t0;
  const explorerBase = explorer.getCamera().getState().ratio;
  const bareBase = bare.getCamera().getState().ratio;
  try {
    // Warm-up turn: the first frame after a change of camera state may rebuild caches on either side.
    await timeFrame(explorer, explorerBase, 0);
    await timeFrame(bare, bareBase, 0);
    const explorerMs: number[] = [];
    const bareMs: number[] = [];
    for (let i = 1; i <= n; i++) {
      explorerMs.push(await timeFrame(explorer, explorerBase, i));
      bareMs.push(await timeFrame(bare, bareBase, i));
    }
    return {
      explorerMsPerFrame: median(explorerMs),
      bareMsPerFrame: median(bareMs),
      ratio: median(explorerMs.map((ms, i) => ms / (bareMs[i] ?? Number.NaN))),
      explorerFrames: explorerMs.map(Math.round),
      bareFrames: bareMs.map(Math.round),
      bareFirstFrameMs,
      nodes: graph.order,
      edges: graph.size,
    };
  } finally {
    explorer.getCamera().setState({ ratio: explorerBase });
    bare.kill();
    host.remove();
  }
}
