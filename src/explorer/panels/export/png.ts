// The graph view as a PNG: every canvas layer of the sigma container composed onto one canvas, on the page background.

/** Thrown when the view has no canvas to export or the composed image stays empty. */
export class PngExportError extends Error {
  override name = 'PngExportError';
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

function backgroundOf(element: HTMLElement): string {
  for (let node: HTMLElement | null = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}

/**
 * Draws the layers in DOM order (sigma stacks them that way) at their device-pixel size. sigma's WebGL stage
 * is created without preserveDrawingBuffer, so its pixels are only readable in the frame that drew them: we
 * make sigma redraw (it refreshes on window resize) and copy the canvases in a later callback of the same
 * animation frame, before the browser presents and clears the buffer.
 */
export async function composeView(container: HTMLElement): Promise<HTMLCanvasElement> {
  const layers = [...container.querySelectorAll('canvas')].filter((c) => c.width > 0 && c.height > 0);
  if (layers.length === 0) throw new PngExportError('the graph view has no canvas to export');
  const box = container.getBoundingClientRect();
  const ratio = Math.max(...layers.map((c) => c.width / Math.max(1, c.getBoundingClientRect().width)));
  const out = document.createElement('canvas');
  out.width = Math.round(box.width * ratio);
  out.height = Math.round(box.height * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) throw new PngExportError('no 2D canvas context');

  await new Promise<void>((resolve) => {
    // sigma schedules its refresh in requestAnimationFrame on resize; ours is queued after it, same frame
    window.dispatchEvent(new Event('resize'));
    requestAnimationFrame(() => {
      ctx.fillStyle = backgroundOf(container);
      ctx.fillRect(0, 0, out.width, out.height);
      for (const layer of container.querySelectorAll('canvas')) {
        const rect = layer.getBoundingClientRect();
        if (layer.width === 0 || layer.height === 0 || rect.width === 0) continue;
        if (getComputedStyle(layer).visibility === 'hidden') continue;
        ctx.drawImage(layer, (rect.left - box.left) * ratio, (rect.top - box.top) * ratio, rect.width * ratio, rect.height * ratio);
      }
      resolve();
    });
  });
  await nextFrame();
  return out;
}

/** Number of pixels that differ from the top-left one, up to `limit`: 0 means a blank image. */
export function drawnPixels(canvas: HTMLCanvasElement, limit = 50): number {
  const ctx = canvas.getContext('2d');
  if (!ctx) return 0;
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  let count = 0;
  for (let i = 4; i < data.length && count < limit; i += 4) {
    if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) count++;
  }
  return count;
}

export async function viewToPng(container: HTMLElement): Promise<Blob> {
  const canvas = await composeView(container);
  if (drawnPixels(canvas) === 0) throw new PngExportError('the graph view came out blank (nothing drawn, or the drawing could not be read)');
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new PngExportError('the browser could not encode the PNG'))), 'image/png');
  });
}
