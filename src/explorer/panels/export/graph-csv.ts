// Nodes and edges of the explorer graph as two CSV tables (for spreadsheets, Gephi's data laboratory, R, pandas).
import type { Quad } from '@rdfjs/types';
import type { KgGraph } from '../../../kg/to-graph';
import { KIND_LABELS } from '../../../kg/kinds';
import { toCsv } from '../../../query/csv';
import { OKG_CURATION_GRAPH, OKG_QUOTE, RDF_TYPE, RDFS_COMMENT } from '../../../rdf/vocab';
import { predicateLabel, rdfsLabels } from '../../core/appearance/labels';

export const NODE_COLUMNS = [
  'id',
  'label',
  'kind',
  'kind_label',
  'types',
  'alt_labels',
  'identifiers',
  'notations',
  'x',
  'y',
] as const;
export const EDGE_COLUMNS = [
  'id',
  'source',
  'source_label',
  'predicate',
  'relation',
  'target',
  'target_label',
  'passages',
  'quotes',
] as const;

/** Several values in one cell, separated by a space (IRIs hold no spaces) or by " | " for free text. */
const join = (values: readonly string[], separator: string): string => values.join(separator);

/** One row per node; `keep` limits the rows to some nodes (the visible ones); `positions`: the layout on the canvas. */
export function nodesCsv(
  graph: KgGraph,
  keep?: ReadonlySet<string>,
  positions?: ReadonlyMap<string, { x: number; y: number }>,
): string {
  const rows: (string | number | undefined)[][] = [];
  graph.forEachNode((key, a) => {
    if (keep && !keep.has(key)) return;
    const at = positions?.get(key) ?? a;
    rows.push([
      a.iri,
      a.label,
      a.kind,
      KIND_LABELS[a.kind],
      join(a.types, ' '),
      join(a.altLabels, ' | '),
      join(a.identifiers, ' | '),
      join(a.notations, ' | '),
      at.x,
      at.y,
    ]);
  });
  return toCsv(NODE_COLUMNS, rows);
}

/** What the edges table says about each graph an edge sits in: a passage's quote, a curation graph's rule. */
export interface EdgeEvidence {
  /** Graph IRI -> the text that supports a statement in it. */
  texts: ReadonlyMap<string, string>;
  /** Labels of properties from the data (rdfs:label), else their local names in words. */
  predicateLabels: ReadonlyMap<string, string>;
}

/** Reads the quotes, curation rules and property labels of a dataset once, for edgesCsv. */
export function edgeEvidence(quads: readonly Quad[]): EdgeEvidence {
  const curation = new Set<string>();
  for (const q of quads)
    if (q.predicate.value === RDF_TYPE && q.object.value === OKG_CURATION_GRAPH) curation.add(q.subject.value);
  const texts = new Map<string, string>();
  for (const q of quads) {
    if (q.object.termType !== 'Literal') continue;
    if (q.predicate.value === OKG_QUOTE) texts.set(q.subject.value, q.object.value);
    else if (q.predicate.value === RDFS_COMMENT && curation.has(q.subject.value))
      texts.set(q.subject.value, `Added by curation: ${q.object.value}`);
  }
  return { texts, predicateLabels: rdfsLabels(quads) };
}

/**
 * One row per edge (a distinct subject–predicate–object), with the labels of both ends and of the relation, the
 * passages that assert it and their quotes (one per line, in the order of the passages); with `keep`, only edges
 * between kept nodes.
 */
export function edgesCsv(graph: KgGraph, keep?: ReadonlySet<string>, evidence?: EdgeEvidence): string {
  const rows: string[][] = [];
  graph.forEachEdge((key, a, source, target, s, t) => {
    if (keep && !(keep.has(source) && keep.has(target))) return;
    const quotes = a.graphs.flatMap((g) => evidence?.texts.get(g) ?? []);
    rows.push([
      key,
      s.iri,
      s.label,
      a.predicate,
      predicateLabel(a.predicate, evidence?.predicateLabels),
      t.iri,
      t.label,
      join(a.graphs, ' '),
      join(quotes, '\n'),
    ]);
  });
  return toCsv(EDGE_COLUMNS, rows);
}
