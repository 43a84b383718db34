// Benchmark helpers, loaded only when a benchmark asks (window.__osceKg.bench()): frame times of the explorer's
// renderer and of bare sigma (default settings, no styles) drawing the same graph in a canvas of the same size.
import Sigma from 'sigma';
import type { Renderer } from './view/sigma-renderer';
import type { RenderGraph } from './view/rendering-graph';

interface Drawable {
  getCamera(): { getState(): { ratio: number }; setState(state: { ratio?: number; angle?: number }): unknown };
  once(event: 'afterRender', listener: () => void): unknown;
}

/** Mean ms per frame over n camera moves, each awaited until sigma has drawn it (or 10 s, whichever first). */
export async function measureFrames(renderer: Drawable, n: number): Promise<number> {
  const camera = renderer.getCamera();
  const base = camera.getState().ratio;
  const frame = (i: number) => new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 10_000);
    renderer.once('afterRender', () => {
      clearTimeout(timer);
      resolve();
    });
    camera.setState({ ratio: base * (1 + 0.002 * ((i % 2) + 1)) });
  });
  await frame(0); // warm-up
  const t0 = performance.now();
  for (let i = 1; i <= n; i++) await frame(i);
  const ms = (performance.now() - t0) / n;
  camera.setState({ ratio: base });
  return ms;
}

export async function compareWithBareSigma(renderer: Renderer, graph: RenderGraph, container: HTMLElement, n: number) {
  const explorer = await measureFrames(renderer as unknown as Drawable, n);
  const host = document.createElement('div');
  const rect = container.getBoundingClientRect();
  Object.assign(host.style, { position: 'fixed', left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px`, zIndex: '50', background: '#fff' });
  document.body.appendChild(host);
  const copy = graph.copy();
  const t0 = performance.now();
  const bare = new Sigma(copy, host);
  // The constructor may draw synchronously; one animation frame later the first frame is on screen either way.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const bareFirstFrame = performance.now() - t0;
  const bareMs = await measureFrames(bare as unknown as Drawable, n);
  bare.kill();
  host.remove();
  return { explorerMsPerFrame: explorer, bareMsPerFrame: bareMs, ratio: explorer / bareMs, bareFirstFrameMs: bareFirstFrame, nodes: graph.order, edges: graph.size };
}
