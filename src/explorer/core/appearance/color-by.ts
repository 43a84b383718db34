// Node colours by any of the Appearance menu's attributes, with the legend that explains them (pure).
import { ENTITY_KINDS, KIND_LABELS, isEntityKind } from '../../../kg/kinds';
import type { KgGraph } from '../../../kg/to-graph';
import { valuesOf } from '../data/attribute-edges';
import { goalOf } from '../filters/sdg';
import { yearOf } from '../timeline/dated';
import { kindColor } from './colors';
import type { ColorBy } from './types';
import { attributeNumber, attributeText, isAttributeChoice, predicateOf } from './attributes';

export interface LegendEntry {
  label: string;
  color: string;
  /** Nodes drawn in this colour. */
  count: number;
}

export interface ColorAssignment {
  colors: Map<string, string>;
  legend: LegendEntry[];
}

/** Nodes the attribute says nothing about (no status, no year, no SDG link): light, so the others stand out. */
export const NO_VALUE_COLOR = '#d1d5db';
/** Categories beyond the palette share its last colour ("other values"). */
const CATEGORY_PALETTE = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#bcbd22',
  '#17becf',
  '#7f7f7f',
];
/** The official colours of the 17 SDGs (un.org), by goal number. */
const SDG_COLORS = [
  '#e5243b',
  '#dda63a',
  '#4c9f38',
  '#c5192d',
  '#ff3a21',
  '#26bde2',
  '#fcc30b',
  '#a21942',
  '#fd6925',
  '#dd1367',
  '#fd9d24',
  '#bf8b2e',
  '#3f7e44',
  '#0a97d9',
  '#56c02b',
  '#00689d',
  '#19486a',
];
/** Sequential ramp (light to dark blue) for years and degrees, in as many steps as the legend shows. */
const RAMP = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

/** Categorical values to colours: most frequent first, so the palette goes to the values that matter most. */
function byCategory(
  values: Map<string, string | null>,
  order?: (a: string, b: string) => number,
  colorOf?: (value: string, i: number) => string,
): ColorAssignment {
  const counts = new Map<string, number>();
  for (const v of values.values()) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  const ranked = [...counts.keys()].sort(
    order ?? ((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1)),
  );
  const last = CATEGORY_PALETTE.length - 1;
  const color = new Map(
    ranked.map((v, i) => [v, colorOf?.(v, i) ?? CATEGORY_PALETTE[Math.min(i, last)] ?? NO_VALUE_COLOR]),
  );
  const legend: LegendEntry[] = ranked
    .slice(0, colorOf ? ranked.length : last)
    .map((v) => ({ label: v, color: color.get(v) ?? NO_VALUE_COLOR, count: counts.get(v) ?? 0 }));
  const rest = ranked.slice(legend.length);
  if (rest.length)
    legend.push({
      label: `${rest.length} other values`,
      color: CATEGORY_PALETTE[last] ?? NO_VALUE_COLOR,
      count: rest.reduce((n, v) => n + (counts.get(v) ?? 0), 0),
    });
  return withNoValue(values, (v) => color.get(v), legend);
}

function withNoValue<T>(
  values: Map<string, T | null>,
  colorOf: (v: T) => string | undefined,
  legend: LegendEntry[],
): ColorAssignment {
  const colors = new Map<string, string>();
  let none = 0;
  for (const [key, v] of values) {
    const color = v === null ? undefined : colorOf(v);
    if (color === undefined) none++;
    colors.set(key, color ?? NO_VALUE_COLOR);
  }
  if (none > 0) legend.push({ label: 'No value', color: NO_VALUE_COLOR, count: none });
  return { colors, legend };
}

interface Bin {
  from: number;
  to: number;
  /** How the legend names the bin (else from its bounds). */
  label?: string;
}

/** At most RAMP.length equal-width bins of whole numbers from `lo` to `hi` (years). */
export function linearBins(lo: number, hi: number): Bin[] {
  const steps = Math.min(RAMP.length, hi - lo + 1);
  const width = (hi - lo + 1) / steps;
  return Array.from({ length: steps }, (_v, i) => ({
    from: Math.ceil(lo + i * width),
    to: Math.ceil(lo + (i + 1) * width) - 1,
  }));
}

/** Three significant digits at most, as a legend reads a measure ("1.23e+6" for big ones, "0.000123" for small). */
function shortNumber(n: number): string {
  return String(Number(n.toPrecision(3)));
}

/**
 * Equal-width bins for any numbers (an attribute of the data): whole-number bins when every value is whole, else
 * RAMP.length bins named by their bounds to three digits. The last bin takes its upper bound.
 */
export function rangeBins(values: readonly number[]): (lo: number, hi: number) => Bin[] {
  const whole = values.every((v) => Number.isInteger(v));
  return (lo, hi) => {
    if (whole) return linearBins(lo, hi);
    if (hi === lo) return [{ from: lo, to: hi, label: shortNumber(lo) }];
    const width = (hi - lo) / RAMP.length;
    // A value on a boundary goes to the lower bin (byRamp takes the first bin that holds it)
    return Array.from({ length: RAMP.length }, (_v, i) => {
      const from = lo + i * width;
      const to = i === RAMP.length - 1 ? hi : lo + (i + 1) * width;
      return { from, to, label: `${shortNumber(from)}–${shortNumber(to)}` };
    });
  };
}

/** Doubling bins (1, 2–3, 4–7, …, the last open) for counts such as degrees: most nodes have few links. */
export function doublingBins(hi: number): Bin[] {
  const bins: Bin[] = [{ from: 0, to: 0 }];
  for (let from = 1; from <= hi && bins.length < RAMP.length; from *= 2)
    bins.push({ from, to: bins.length === RAMP.length - 1 ? Infinity : from * 2 - 1 });
  return bins;
}

/** Numeric values on the light-to-dark ramp, one colour a bin; the legend lists the bins that hold a node. */
function byRamp(values: Map<string, number | null>, binsOf: (lo: number, hi: number) => Bin[]): ColorAssignment {
  const present = [...values.values()].filter((v): v is number => v !== null);
  if (present.length === 0) return withNoValue(values, () => undefined, []);
  const bins = binsOf(Math.min(...present), Math.max(...present));
  const colorOf = (i: number): string =>
    RAMP[bins.length === 1 ? RAMP.length - 1 : Math.round((i * (RAMP.length - 1)) / (bins.length - 1))] ??
    NO_VALUE_COLOR;
  const binOf = (v: number): number =>
    Math.max(
      0,
      bins.findIndex((b) => v >= b.from && v <= b.to),
    );
  const counts = bins.map(() => 0);
  for (const v of present) counts[binOf(v)] = (counts[binOf(v)] ?? 0) + 1;
  const label = (b: Bin): string =>
    b.label ?? (b.to === Infinity ? `${b.from} or more` : b.from >= b.to ? String(b.from) : `${b.from}–${b.to}`);
  const legend = bins
    .map((b, i) => ({ label: label(b), color: colorOf(i), count: counts[i] ?? 0 }))
    .filter((e) => e.count > 0);
  return withNoValue(values, (v) => colorOf(binOf(v)), legend);
}

/** The SDG goal a node is about: its own (a goal or target), else the one goal of the targets it links to. */
function sdgOf(graph: KgGraph, key: string): string | null {
  const own = goalOf(graph.getNodeAttributes(key));
  if (own !== null) return `SDG ${own}`;
  const goals = new Set<string>();
  graph.forEachNeighbor(key, (_n, attrs) => {
    const goal = goalOf(attrs);
    if (goal !== null) goals.add(goal);
  });
  if (goals.size === 0) return null;
  return goals.size === 1 ? `SDG ${[...goals][0] ?? ''}` : 'Several SDGs';
}

const sdgNumber = (label: string): number => (label.startsWith('SDG ') ? Number(label.slice(4)) : 99);

/**
 * An attribute of the data: a ramp when every value is a number, else a colour per value (most frequent first). A
 * predicate no node has (a link to other data) colours every node "No value".
 */
function byAttribute(graph: KgGraph, predicate: string): ColorAssignment {
  const numbers = new Map<string, number | null>();
  const texts = new Map<string, string | null>();
  graph.forEachNode((key, attrs) => {
    texts.set(key, attributeText(attrs, predicate));
    numbers.set(key, attributeNumber(attrs, predicate));
  });
  // Numbers only if every node with a value has a number
  const numeric = [...texts].every(([key, text]) => text === null || numbers.get(key) !== null);
  if (!numeric) return byCategory(texts);
  return byRamp(numbers, rangeBins([...numbers.values()].filter((v): v is number => v !== null)));
}

/** Colours and legend of every node of `graph` for `colorBy`. */
export function colorAssignment(graph: KgGraph, colorBy: ColorBy): ColorAssignment {
  const values = new Map<string, string | null>();
  const numbers = new Map<string, number | null>();
  if (isAttributeChoice(colorBy)) return byAttribute(graph, predicateOf(colorBy));
  if (colorBy === 'kind') {
    graph.forEachNode((key, attrs) => values.set(key, attrs.kind));
    const order = (a: string, b: string): number =>
      (isEntityKind(a) ? ENTITY_KINDS.indexOf(a) : 99) - (isEntityKind(b) ? ENTITY_KINDS.indexOf(b) : 99) ||
      (a < b ? -1 : 1);
    const { colors, legend } = byCategory(values, order, (kind) => kindColor(kind));
    return {
      colors,
      legend: legend.map((e) => ({ ...e, label: isEntityKind(e.label) ? KIND_LABELS[e.label] : e.label })),
    };
  }
  if (colorBy === 'status') {
    graph.forEachNode((key, attrs) => values.set(key, valuesOf(attrs.literals)[0] ?? null));
    return byCategory(values);
  }
  if (colorBy === 'sdg') {
    graph.forEachNode((key) => values.set(key, sdgOf(graph, key)));
    return byCategory(
      values,
      (a, b) => sdgNumber(a) - sdgNumber(b),
      (v) => SDG_COLORS[sdgNumber(v) - 1] ?? '#4b5563',
    );
  }
  if (colorBy === 'year') {
    graph.forEachNode((key, attrs) => numbers.set(key, yearOf(attrs)));
    return byRamp(numbers, linearBins);
  }
  graph.forEachNode((key) => numbers.set(key, graph.degree(key)));
  return byRamp(numbers, (_lo, hi) => doublingBins(hi));
}
