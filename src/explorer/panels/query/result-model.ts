// The results table as data (pure): one cell per value, labelled from the graph, with sort keys and sorting.
import { blankKey, safeKey } from '../../../kg/keys';
import type { KgGraph } from '../../../kg/to-graph';
import { PREFIXES } from '../../../rdf/vocab';
import type { WireResult, WireTerm } from './protocol';

export type CellKind = 'iri' | 'bnode' | 'literal' | 'triple' | 'empty';

export interface Cell {
  kind: CellKind;
  /** What the table shows: the node's label, a prefixed name, or the literal's lexical form. */
  text: string;
  /** The full value (IRI, datatype or language) for a tooltip. */
  title: string;
  /** Graph node key when the value is a node of the graph (then it can be selected). */
  nodeKey?: string;
  /** Numeric value of numeric literals, for sorting. */
  number?: number;
}

export interface TableModel {
  columns: string[];
  rows: Cell[][];
  truncated: boolean;
  kind: WireResult['kind'];
}

export type SortDirection = 'ascending' | 'descending';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const NUMERIC = new Set(
  [
    'integer',
    'decimal',
    'double',
    'float',
    'int',
    'long',
    'short',
    'byte',
    'nonNegativeInteger',
    'positiveInteger',
    'negativeInteger',
    'nonPositiveInteger',
    'unsignedInt',
    'unsignedLong',
    'unsignedShort',
    'unsignedByte',
  ].map((t) => XSD + t),
);

/** `okg:partnersWith` for IRIs in a known namespace whose local part is a plain name, else undefined. */
export function compactIri(iri: string, prefixes: Readonly<Record<string, string>> = PREFIXES): string | undefined {
  let best: [string, string] | undefined;
  for (const [prefix, ns] of Object.entries(prefixes)) {
    if (iri.startsWith(ns) && (!best || ns.length > best[1].length)) best = [prefix, ns];
  }
  if (!best) return undefined;
  const local = iri.slice(best[1].length);
  return /^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u.test(local) && !local.endsWith('.') ? `${best[0]}:${local}` : undefined;
}

export interface LabelSource {
  graph: KgGraph;
  /** rdfs:labels of resources that are not graph nodes (ontology properties and classes). */
  labels: ReadonlyMap<string, string>;
}

export function toCell(term: WireTerm | undefined, source: LabelSource): Cell {
  if (!term) return { kind: 'empty', text: '', title: '' };
  switch (term.type) {
    case 'uri': {
      const key = safeKey(term.value);
      if (source.graph.hasNode(key)) {
        return { kind: 'iri', text: source.graph.getNodeAttribute(key, 'label'), title: term.value, nodeKey: key };
      }
      const text = source.labels.get(term.value) ?? compactIri(term.value) ?? term.value;
      return { kind: 'iri', text, title: term.value };
    }
    case 'bnode': {
      const key = blankKey(term.value);
      const nodeKey = source.graph.hasNode(key) ? key : undefined;
      const text = nodeKey ? source.graph.getNodeAttribute(key, 'label') : `_:${term.value}`;
      return nodeKey ? { kind: 'bnode', text, title: key, nodeKey } : { kind: 'bnode', text, title: key };
    }
    case 'literal': {
      const lang = term['xml:lang'];
      const title = lang ? `@${lang}` : term.datatype ? (compactIri(term.datatype) ?? term.datatype) : 'xsd:string';
      const cell: Cell = { kind: 'literal', text: term.value, title };
      if (term.datatype && NUMERIC.has(term.datatype)) {
        const n = Number(term.value);
        if (!Number.isNaN(n)) cell.number = n;
      }
      return cell;
    }
    case 'triple': {
      const parts = [term.value.subject, term.value.predicate, term.value.object].map((t) => toCell(t, source).text);
      return { kind: 'triple', text: `<< ${parts.join(' ')} >>`, title: 'quoted triple' };
    }
  }
}

export function buildTableModel(result: WireResult, source: LabelSource): TableModel {
  switch (result.kind) {
    case 'boolean':
      return {
        kind: 'boolean',
        columns: ['answer'],
        rows: [[{ kind: 'literal', text: String(result.value), title: 'xsd:boolean' }]],
        truncated: false,
      };
    case 'bindings':
      return {
        kind: 'bindings',
        columns: result.variables,
        rows: result.rows.map((row) => result.variables.map((v) => toCell(row[v], source))),
        truncated: result.truncated,
      };
    case 'quads': {
      const hasGraphs = result.quads.some((q) => q.graph !== undefined);
      const columns = hasGraphs ? ['subject', 'predicate', 'object', 'graph'] : ['subject', 'predicate', 'object'];
      return {
        kind: 'quads',
        columns,
        rows: result.quads.map((q) => {
          const cells = [toCell(q.subject, source), toCell(q.predicate, source), toCell(q.object, source)];
          if (hasGraphs) cells.push(toCell(q.graph, source));
          return cells;
        }),
        truncated: result.truncated,
      };
    }
  }
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareCells(a: Cell, b: Cell): number {
  if (a.number !== undefined && b.number !== undefined) return a.number - b.number;
  // Numbers before text, so a numeric column with a few odd values still reads in order.
  if (a.number !== undefined) return -1;
  if (b.number !== undefined) return 1;
  return collator.compare(a.text, b.text) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}

/** Rows sorted by one column (stable); empty cells always go last, whatever the direction. */
export function sortRows(rows: readonly Cell[][], column: number, direction: SortDirection): Cell[][] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      const a = x.row[column];
      const b = y.row[column];
      const aEmpty = !a || a.kind === 'empty';
      const bEmpty = !b || b.kind === 'empty';
      if (aEmpty || bEmpty) return aEmpty === bEmpty ? x.index - y.index : aEmpty ? 1 : -1;
      return sign * compareCells(a, b) || x.index - y.index;
    })
    .map(({ row }) => row);
}
