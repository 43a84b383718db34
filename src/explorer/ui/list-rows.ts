// The List's rows (pure, unit-tested): visible entities and visible relations with labels, and the text filter.
import { KIND_LABELS, isEntityKind } from '../../kg/kinds';
import type { KgGraph } from '../../kg/to-graph';
import { predicateLabel } from '../core/appearance/labels';

export interface EntityRow {
  key: string;
  label: string;
  kind: string;
  degree: number;
}

export interface RelationRow {
  /** The edge key (`s|p|o`). */
  key: string;
  source: string;
  sourceLabel: string;
  predicate: string;
  relation: string;
  target: string;
  targetLabel: string;
}

/** Lower case without accents, so "cote" finds "Côte" and "ODIHR" finds "odihr". */
export function foldForFilter(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en');
}

/** True when every word of the filter occurs in one of the texts (an empty filter matches everything). */
export function matchesFilter(filter: string, texts: readonly string[]): boolean {
  const words = foldForFilter(filter)
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return true;
  const haystack = foldForFilter(texts.join('\u0000'));
  return words.every((w) => haystack.includes(w));
}

/** A row per visible node that matches the filter (by name, class or IRI). */
export function entityRows(graph: KgGraph, visible: Iterable<string>, filter = ''): EntityRow[] {
  const rows: EntityRow[] = [];
  for (const key of visible) {
    if (!graph.hasNode(key)) continue;
    const a = graph.getNodeAttributes(key);
    const kind = isEntityKind(a.kind) ? KIND_LABELS[a.kind] : a.kind;
    if (matchesFilter(filter, [a.label, kind, a.iri, ...a.altLabels]))
      rows.push({ key, label: a.label, kind, degree: graph.degree(key) });
  }
  return rows;
}

/** A row per visible edge that matches the filter (by either end's name or the relation's). */
export function relationRows(
  graph: KgGraph,
  visible: Iterable<string>,
  filter = '',
  predicateLabels?: ReadonlyMap<string, string>,
): RelationRow[] {
  const rows: RelationRow[] = [];
  for (const key of visible) {
    if (!graph.hasEdge(key)) continue;
    const [source, target] = graph.extremities(key);
    const sourceLabel = graph.getNodeAttribute(source, 'label');
    const targetLabel = graph.getNodeAttribute(target, 'label');
    const predicate = graph.getEdgeAttribute(key, 'predicate');
    const relation = predicateLabel(predicate, predicateLabels);
    if (matchesFilter(filter, [sourceLabel, relation, targetLabel]))
      rows.push({ key, source, sourceLabel, predicate, relation, target, targetLabel });
  }
  return rows;
}

/**
 * Sorts rows by one column, ties broken by the other columns given, then by key, so the order never depends on input
 * order.
 */
export function sortRows<R extends { key: string }>(
  rows: R[],
  value: (row: R) => string | number,
  ascending: boolean,
  ties: ((row: R) => string)[] = [],
): R[] {
  const compare = (x: string | number, y: string | number): number =>
    typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
  const dir = ascending ? 1 : -1;
  return rows.sort(
    (a, b) =>
      dir * compare(value(a), value(b)) ||
      ties.reduce((c, tie) => c || tie(a).localeCompare(tie(b)), 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
