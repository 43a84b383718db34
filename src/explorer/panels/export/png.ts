// The graph view as a PNG at 1×, 2× or 4×: the SVG of the view (title, drawing, legend) rasterised by the browser.

/** Thrown when the browser cannot draw or encode the image. */
export class PngExportError extends Error {
  override name = 'PngExportError';
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new PngExportError("the browser could not draw the view's SVG"));
    image.src = url;
  });
}

/** Draws `svg` (of `width` × `height` CSS pixels) at `scale` device pixels per CSS pixel: text and lines stay sharp. */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new PngExportError('no 2D canvas context');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new PngExportError('the browser could not encode the PNG'))),
        'image/png',
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
