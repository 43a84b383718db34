// No two node labels drawn over each other: sigma's label grid keeps one label per cell, yet long labels in
// neighbouring cells still collide. After a frame, labels that collide with a more important one are hidden.
import type { Renderer } from './sigma-renderer';

interface LabelBox {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  rank: number;
}

/** Sigma's own label measure (internal in 4.0.4), else an estimate of 0.6 em a character. */
function labelWidth(renderer: Renderer, data: { label?: string | null; labelSize?: number }): number {
  const internal = (renderer as unknown as { labelRenderer?: { measureNodeLabel?(d: unknown): { width: number } } })
    .labelRenderer;
  return internal?.measureNodeLabel?.(data).width ?? (data.label?.length ?? 0) * (data.labelSize ?? 14) * 0.6;
}

function boxesOf(renderer: Renderer, important: (key: string) => number): LabelBox[] {
  const boxes: LabelBox[] = [];
  for (const key of renderer.getNodeDisplayedLabels()) {
    const data = renderer.getNodeDisplayData(key);
    if (!data?.label) continue;
    const at = renderer.framedGraphToViewport(data);
    const half = (data.labelSize ?? 14) / 2 + 1;
    const x1 = at.x + data.size + 2;
    boxes.push({
      key,
      x1,
      y1: at.y - half,
      x2: x1 + labelWidth(renderer, data),
      y2: at.y + half,
      rank: important(key) * 1000 + data.size,
    });
  }
  return boxes.sort((a, b) => b.rank - a.rank);
}

/** The labels to hide so that none of those left overlap: the more important (then bigger) node keeps its label. */
export function collidingLabels(renderer: Renderer, important: (key: string) => number): string[] {
  const kept: LabelBox[] = [];
  const hidden: string[] = [];
  for (const box of boxesOf(renderer, important)) {
    if (kept.some((k) => box.x1 < k.x2 && k.x1 < box.x2 && box.y1 < k.y2 && k.y1 < box.y2)) hidden.push(box.key);
    else kept.push(box);
  }
  return hidden;
}
