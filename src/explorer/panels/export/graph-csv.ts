// Nodes and edges of the explorer graph as two CSV tables (for spreadsheets, Gephi's data laboratory, R, pandas).
import type { KgGraph } from '../../../kg/to-graph';
import { KIND_LABELS } from '../../../kg/kinds';
import { toCsv } from '../../../query/csv';

export const NODE_COLUMNS = ['id', 'label', 'kind', 'kind_label', 'types', 'alt_labels', 'identifiers', 'notations', 'x', 'y'] as const;
export const EDGE_COLUMNS = ['id', 'source', 'target', 'predicate', 'passages'] as const;

/** Several values in one cell, separated by a space (IRIs hold no spaces) or by " | " for free text. */
const join = (values: readonly string[], separator: string): string => values.join(separator);

/** One row per node; `keep` limits the rows to some nodes (the visible ones). */
export function nodesCsv(graph: KgGraph, keep?: ReadonlySet<string>): string {
  const rows: (string | number | undefined)[][] = [];
  graph.forEachNode((key, a) => {
    if (keep && !keep.has(key)) return;
    rows.push([
      a.iri, a.label, a.kind, KIND_LABELS[a.kind], join(a.types, ' '), join(a.altLabels, ' | '),
      join(a.identifiers, ' | '), join(a.notations, ' | '), a.x, a.y,
    ]);
  });
  return toCsv(NODE_COLUMNS, rows);
}

/** One row per edge (a distinct subject–predicate–object); with `keep`, only edges between kept nodes. */
export function edgesCsv(graph: KgGraph, keep?: ReadonlySet<string>): string {
  const rows: string[][] = [];
  graph.forEachEdge((key, a, source, target, sourceAttributes, targetAttributes) => {
    if (keep && !(keep.has(source) && keep.has(target))) return;
    rows.push([key, sourceAttributes.iri, targetAttributes.iri, a.predicate, join(a.graphs, ' ')]);
  });
  return toCsv(EDGE_COLUMNS, rows);
}
