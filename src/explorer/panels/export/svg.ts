// The graph view as an SVG document: the drawn edges, nodes and labels, a title and a legend of what the colours say
// (the classes shown, or the Appearance menu's colour legend).
import { KIND_COLORS, KIND_LABELS, isEntityKind } from '../../../kg/kinds';
import type { SnapshotEdge, SnapshotNode, ViewSnapshot } from '../../view/view-snapshot';
import { escapeXml } from './xml-text';

export interface LegendEntry {
  label: string;
  /** None: a heading in the legend's flow (what the colours say), drawn without a swatch. */
  color: string | null;
}

const TITLE_BAND = 44;
const LEGEND_ROW = 20;
const PAD = 14;
const n = (value: number): string => (Number.isFinite(value) ? Number(value.toFixed(1)).toString() : '0');

/** The classes of the drawn nodes, in the explorer's class order, with their colours (not the faded ones). */
export function legendOf(nodes: readonly SnapshotNode[]): LegendEntry[] {
  const kinds = new Set(nodes.map((node) => node.kind));
  return Object.keys(KIND_LABELS)
    .filter((k) => kinds.has(k) && isEntityKind(k))
    .map((k) => ({
      label: KIND_LABELS[k as keyof typeof KIND_LABELS],
      color: KIND_COLORS[k as keyof typeof KIND_COLORS],
    }));
}

/** Legend entries flowed into rows that fit `width` (text width estimated at 0.6 em a character). */
function legendRows(entries: readonly LegendEntry[], width: number): { entry: LegendEntry; x: number; row: number }[] {
  const placed: { entry: LegendEntry; x: number; row: number }[] = [];
  let x = PAD;
  let row = 0;
  for (const entry of entries) {
    const w = 22 + entry.label.length * 7.2 + 16;
    if (x + w > width - PAD && x > PAD) [x, row] = [PAD, row + 1];
    placed.push({ entry, x, row });
    x += w;
  }
  return placed;
}

/** An edge as a path (a curve when it has parallels, a loop on itself) with its arrow head at the target's rim. */
function edgeShape(edge: SnapshotEdge, at: ReadonlyMap<string, SnapshotNode>): string {
  const s = at.get(edge.source);
  const t = at.get(edge.target);
  if (!s || !t) return '';
  const stroke = `stroke="${escapeXml(edge.color)}" stroke-width="${n(Math.max(0.5, edge.size))}" fill="none"`;
  if (s === t) {
    const r = s.radius * 1.6 + 6;
    return `<circle cx="${n(s.x)}" cy="${n(s.y - r)}" r="${n(r)}" ${stroke}/>`;
  }
  const [dx, dy] = [t.x - s.x, t.y - s.y];
  const length = Math.hypot(dx, dy) || 1;
  const bend =
    edge.parallelCount > 1 ? (edge.parallelIndex - (edge.parallelCount - 1) / 2) * Math.min(40, length * 0.25) : 0;
  const [cx, cy] = [(s.x + t.x) / 2 - (dy / length) * bend, (s.y + t.y) / 2 + (dx / length) * bend];
  // The arrow ends at the target's rim, along the curve's last tangent
  const [tx, ty] = [t.x - cx, t.y - cy];
  const tl = Math.hypot(tx, ty) || 1;
  const [ex, ey] = [t.x - (tx / tl) * t.radius, t.y - (ty / tl) * t.radius];
  const head = Math.max(5, edge.size * 4);
  const [bx, by] = [ex - (tx / tl) * head, ey - (ty / tl) * head];
  const [px, py] = [(-ty / tl) * head * 0.45, (tx / tl) * head * 0.45];
  const line =
    bend === 0 ? `M${n(s.x)} ${n(s.y)}L${n(bx)} ${n(by)}` : `M${n(s.x)} ${n(s.y)}Q${n(cx)} ${n(cy)} ${n(bx)} ${n(by)}`;
  return `<path d="${line}" ${stroke}/><path d="M${n(ex)} ${n(ey)}L${n(bx + px)} ${n(by + py)}L${n(bx - px)} ${n(by - py)}Z" fill="${escapeXml(edge.color)}"/>`;
}

function nodeShapes(nodes: readonly SnapshotNode[]): { circles: string[]; labels: string[] } {
  const circles = nodes.map(
    (node) =>
      `<circle cx="${n(node.x)}" cy="${n(node.y)}" r="${n(Math.max(1, node.radius))}" fill="${escapeXml(node.color)}"><title>${escapeXml(node.label ?? node.key)}</title></circle>`,
  );
  const labels = nodes
    .filter((node) => node.label !== null)
    .map(
      (node) =>
        `<text x="${n(node.x + node.radius + 3)}" y="${n(node.y + node.labelSize / 3)}" font-size="${n(node.labelSize)}" fill="${escapeXml(node.labelColor)}">${escapeXml(node.label ?? '')}</text>`,
    );
  return { circles, labels };
}

export interface SvgImage {
  svg: string;
  width: number;
  height: number;
}

/**
 * The image's legend: the colour legend shown over the graph when nodes are coloured by something else than their
 * class (headed by what it colours by, with counts), else the classes drawn.
 */
export function imageLegend(view: ViewSnapshot): LegendEntry[] {
  if (!view.colorLegend) return legendOf(view.nodes);
  return [
    { label: `${view.colorLegend.title}:`, color: null },
    ...view.colorLegend.entries.map((e) => ({ label: `${e.label} (${e.count})`, color: e.color })),
  ];
}

/** A standalone SVG document of the view: title on top, the drawing clipped to the view, the legend below. */
export function viewToSvg(view: ViewSnapshot, title: string): SvgImage {
  const legend = legendRows(imageLegend(view), view.width);
  const rows = legend.length === 0 ? 0 : (legend.at(-1)?.row ?? 0) + 1;
  const height = TITLE_BAND + view.height + PAD + rows * LEGEND_ROW + PAD;
  const at = new Map(view.nodes.map((node) => [node.key, node]));
  const { circles, labels } = nodeShapes(view.nodes);
  const legendTop = TITLE_BAND + view.height + PAD;
  const summary = `${view.nodes.length} entities and ${view.edges.length} relations shown`;
  const svg =
    [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${n(view.width)}" height="${n(height)}" viewBox="0 0 ${n(view.width)} ${n(height)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" role="img" aria-labelledby="svg-title">`,
      `<title id="svg-title">${escapeXml(title)}</title>`,
      `<desc>${escapeXml(summary)}</desc>`,
      `<defs><clipPath id="view-area"><rect x="0" y="0" width="${n(view.width)}" height="${n(view.height)}"/></clipPath></defs>`,
      `<rect width="100%" height="100%" fill="#ffffff"/>`,
      `<text x="${PAD}" y="28" font-size="18" font-weight="600" fill="#111827">${escapeXml(title)}</text>`,
      `<g transform="translate(0 ${TITLE_BAND})" clip-path="url(#view-area)">`,
      `<g class="edges">${view.edges.map((edge) => edgeShape(edge, at)).join('')}</g>`,
      `<g class="nodes">${circles.join('')}</g>`,
      `<g class="labels">${labels.join('')}</g>`,
      '</g>',
      `<line x1="0" y1="${TITLE_BAND + view.height}" x2="${n(view.width)}" y2="${TITLE_BAND + view.height}" stroke="#d9dee7"/>`,
      `<g class="legend" font-size="12" fill="#1f2937">${legend
        .map(({ entry, x, row }) => {
          const y = legendTop + row * LEGEND_ROW;
          if (entry.color === null)
            return `<text x="${n(x)}" y="${n(y + 10)}" font-weight="600">${escapeXml(entry.label)}</text>`;
          return `<circle cx="${n(x + 6)}" cy="${n(y + 6)}" r="6" fill="${escapeXml(entry.color)}"/><text x="${n(x + 18)}" y="${n(y + 10)}">${escapeXml(entry.label)}</text>`;
        })
        .join('')}</g>`,
      '</svg>',
    ].join('\n') + '\n';
  return { svg, width: view.width, height };
}
