// Where the camera goes to show a set of nodes inside the canvas, their labels included (pure: viewport arithmetic).

/** A node as drawn now: its centre in viewport pixels, its radius and the width its label takes to its right. */
export interface DrawnNode {
  x: number;
  y: number;
  size: number;
  labelWidth: number;
}

/** Zoom by `scale` (above 1: closer) about the viewport point that becomes the canvas centre. */
export interface FrameMove {
  scale: number;
  centre: { x: number; y: number };
}

/** Pixels kept free around the framed nodes, so nothing touches the canvas edge. */
const PADDING = 24;

interface Extent {
  at: number;
  before: number;
  after: number;
}

/** Width the items take once their centres are spread `scale` times: discs and labels keep their pixel size. */
function span(items: readonly Extent[], scale: number): { low: number; high: number } {
  let [low, high] = [Infinity, -Infinity];
  for (const i of items) {
    low = Math.min(low, i.at * scale - i.before);
    high = Math.max(high, i.at * scale + i.after);
  }
  return { low, high };
}

/**
 * The largest scale (up to maxScale) at which the items fit in `room` pixels (binary search: span grows with scale).
 */
function fittingScale(items: readonly Extent[], room: number, maxScale: number): number {
  const fits = (s: number) => {
    const { low, high } = span(items, s);
    return high - low <= room;
  };
  if (fits(maxScale)) return maxScale;
  let [lo, hi] = [0, maxScale];
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return Math.max(lo, 1e-6);
}

/** The viewport point (before the move) to bring to the canvas centre so the items sit centred at this scale. */
function centreAt(items: readonly Extent[], scale: number): number {
  const { low, high } = span(items, scale);
  return (low + high) / 2 / scale;
}

/**
 * The camera move that shows every node and its label inside a width × height canvas, zooming in no more than
 * `maxScale` times. Null when there is nothing to frame.
 */
export function frameMove(
  nodes: readonly DrawnNode[],
  width: number,
  height: number,
  maxScale: number,
): FrameMove | null {
  if (nodes.length === 0) return null;
  const [roomX, roomY] = [Math.max(1, width - 2 * PADDING), Math.max(1, height - 2 * PADDING)];
  const labelled = nodes.map((n) => ({ at: n.x, before: n.size, after: n.size + n.labelWidth }));
  // Labels wider than the canvas (a phone, a panel beside the graph) fit at no zoom, which would send the camera off
  // to infinity: then the discs are framed and the labels cut at the edge.
  const smallest = span(labelled, 0);
  const xs =
    smallest.high - smallest.low <= roomX ? labelled : nodes.map((n) => ({ at: n.x, before: n.size, after: n.size }));
  const ys = nodes.map((n) => ({ at: n.y, before: n.size, after: n.size }));
  const scale = Math.min(fittingScale(xs, roomX, maxScale), fittingScale(ys, roomY, maxScale));
  return { scale, centre: { x: centreAt(xs, scale), y: centreAt(ys, scale) } };
}

/** Label width in pixels as sigma draws it (about 0.6 em a character), capped as labels are cut. */
export function labelWidth(label: string | null | undefined, fontSize: number): number {
  return label ? Math.min(label.length, 60) * fontSize * 0.6 + 4 : 0;
}
