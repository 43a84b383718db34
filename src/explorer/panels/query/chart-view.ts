// The bar chart of an aggregate result: plain SVG, one labelled bar per row, readable by screen readers.
import { h } from '../../ui/dom';
import type { ChartModel } from './chart-model';

const SVG = 'http://www.w3.org/2000/svg';
/** Drawn at the width it is shown at (px), so the 11px text stays 11px whatever the panel's width. */
const MIN_WIDTH = 280;
const VALUE_WIDTH = 56;
const ROW = 22;
const BAR = 16;
/** Roughly the width of one character of the labels' 11px font. */
const CHAR_WIDTH = 6.2;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A horizontal bar chart, width px wide; the scale runs from the chart's min to max, so negative values go left of
 * the 0 line. Labels cut to fit keep their full text in the bar's tooltip and in the chart's accessible name.
 */
export function chartElement(chart: ChartModel, caption: string, width: number): HTMLElement {
  const total = Math.max(MIN_WIDTH, Math.floor(width));
  const labelWidth = Math.min(220, Math.round(total * 0.4));
  const labelChars = Math.floor((labelWidth - 8) / CHAR_WIDTH);
  const span = chart.max - chart.min || 1;
  const plot = total - labelWidth - VALUE_WIDTH;
  const x = (value: number) => labelWidth + ((value - chart.min) / span) * plot;
  const height = chart.bars.length * ROW + 4;
  const root = svg('svg', {
    viewBox: `0 0 ${total} ${height}`,
    width: total,
    height,
    role: 'img',
    class: 'okg-qp-chart-svg',
  });
  const summary = chart.bars.map((b) => `${b.label}: ${b.text}`).join('; ');
  root.setAttribute('aria-label', `Bar chart of ?${chart.valueColumn} by ?${chart.labelColumn}. ${summary}`);
  chart.bars.forEach((bar, index) => {
    const y = index * ROW + 2;
    const from = x(Math.min(0, bar.value));
    const to = x(Math.max(0, bar.value));
    const group = svg('g', { class: 'okg-qp-bar' });
    group.append(
      svg('title', {}, `${bar.label}${bar.title ? ` (${bar.title})` : ''}: ${bar.text}`),
      svg('text', { x: labelWidth - 6, y: y + BAR - 4, 'text-anchor': 'end' }, cut(bar.label, labelChars)),
      svg('rect', { x: from, y, width: Math.max(to - from, 1), height: BAR, rx: 2 }),
      svg('text', { x: to + 4, y: y + BAR - 4, class: 'okg-qp-bar-value' }, bar.text),
    );
    root.append(group);
  });
  root.append(svg('line', { x1: x(0), x2: x(0), y1: 0, y2: height, class: 'okg-qp-chart-axis' }));
  return h('figure', { class: 'okg-qp-chart' }, [h('figcaption', { text: caption }), root]);
}
