// Pure counting for the Matrix panel: OSCE bodies × SDG targets (or themes), each cell the statements behind it.
import { pickLabel } from '../../../kg/labels';
import { edgeKey } from '../../../kg/keys';
import { keysOfType, type MatrixIndex } from './matrix-index';
import { ORGANIZED_BY, OSCE_BODY, shortName, type MatrixVariant } from './matrix-variants';

export interface PassageRef {
  /** IRI of the named graph (an okg:Passage, or an okg:CurationGraph) that asserts the statement. */
  passage: string;
  /** Its okg:quote, when the dataset holds one. */
  quote?: string;
  /** For a curation graph: the rule (its rdfs:comment) that added the statement, shown as a rule, never as a quote. */
  rule?: string;
}

export interface MatrixStatement {
  /** Node key of the resource that contributes: the body itself, or what it organized. */
  contributor: string;
  contributorLabel: string;
  via: 'direct' | 'organized';
  /** The column entity (target or theme). */
  target: string;
  /** Passages asserting `contributor <predicate> target`. */
  passages: PassageRef[];
  /** For `organized`: passages asserting `contributor okg:organizedBy body`. */
  linkPassages: PassageRef[];
  /** Graph edge keys (`s|p|o`) of the statement and, for `organized`, of the organizedBy link. */
  edges: string[];
}

export interface MatrixAxis {
  key: string;
  label: string;
  /** Short text: the SDG code for targets ("10.7"); for bodies and themes their shortest acronym, else the label. */
  code: string;
}

export interface Matrix {
  variant: MatrixVariant;
  /** Bodies with at least one statement, most statements first. */
  bodies: MatrixAxis[];
  /** Columns (targets, themes) with at least one statement, in the variant's order. */
  columns: MatrixAxis[];
  /** Bodies and columns in the dataset that no counted statement links (left out of the table). */
  emptyBodies: number;
  emptyColumns: number;
  /** Statements the filters hide (not counted). */
  hidden: number;
  statements(body: string, column: string): MatrixStatement[];
  count(body: string, column: string): number;
  rowTotal(body: string): number;
}

/** What the filters leave visible: a node or edge absent from the drawn graph is not hidden by them. */
export interface MatrixScope {
  node(key: string): boolean;
  edge(key: string): boolean;
}

const EVERYTHING: MatrixScope = { node: () => true, edge: () => true };
const CELL = '\u0000';

/** The statements of every body × column cell, before the filters, each with the edges it rests on. */
function collectStatements(
  index: MatrixIndex,
  variant: MatrixVariant,
  bodies: ReadonlySet<string>,
  typed: ReadonlySet<string>,
): Map<string, MatrixStatement[]> {
  const label = (key: string): string => pickLabel(key, index.literals.get(key) ?? {});
  const refs = (graphs: ReadonlySet<string>): PassageRef[] =>
    [...graphs]
      .sort()
      .map((passage) =>
        index.origins.originOf(passage) === 'curation'
          ? { passage, rule: index.comments.get(passage) ?? '' }
          : { passage, quote: index.quotes.get(passage) },
      );
  const organizers = index.links.get(ORGANIZED_BY) ?? new Map<string, Map<string, Set<string>>>();
  const cells = new Map<string, MatrixStatement[]>();
  const push = (body: string, statement: MatrixStatement): void => {
    const key = body + CELL + statement.target;
    cells.set(key, [...(cells.get(key) ?? []), statement]);
  };
  for (const [contributor, byColumn] of index.links.get(variant.predicate) ?? []) {
    for (const [target, graphs] of byColumn) {
      if (!variant.isColumn(target, typed)) continue;
      const statementEdge = edgeKey(contributor, variant.predicate, target);
      const base = { contributor, contributorLabel: label(contributor), target, passages: refs(graphs) };
      if (bodies.has(contributor))
        push(contributor, { ...base, via: 'direct', linkPassages: [], edges: [statementEdge] });
      for (const [body, linkGraphs] of organizers.get(contributor) ?? []) {
        if (!bodies.has(body) || body === contributor) continue;
        push(body, {
          ...base,
          via: 'organized',
          linkPassages: refs(linkGraphs),
          edges: [statementEdge, edgeKey(contributor, ORGANIZED_BY, body)],
        });
      }
    }
  }
  for (const list of cells.values()) list.sort(byDirectThenLabel);
  return cells;
}

function byDirectThenLabel(a: MatrixStatement, b: MatrixStatement): number {
  return (
    (a.via === b.via ? 0 : a.via === 'direct' ? -1 : 1) ||
    a.contributorLabel.localeCompare(b.contributorLabel) ||
    (a.contributor < b.contributor ? -1 : 1)
  );
}

/** Keeps the statements whose body, column, contributor and edges the filters leave visible; counts those dropped. */
function applyScope(
  cells: Map<string, MatrixStatement[]>,
  scope: MatrixScope,
): { kept: Map<string, MatrixStatement[]>; hidden: number } {
  const kept = new Map<string, MatrixStatement[]>();
  let hidden = 0;
  for (const [key, list] of cells) {
    const body = key.slice(0, key.indexOf(CELL));
    const visible = list.filter(
      (s) =>
        scope.node(body) && scope.node(s.target) && scope.node(s.contributor) && s.edges.every((e) => scope.edge(e)),
    );
    hidden += list.length - visible.length;
    if (visible.length > 0) kept.set(key, visible);
  }
  return { kept, hidden };
}

/** Builds the matrix of `variant` from the index; with `scope`, only what the filters leave visible is counted. */
export function computeMatrix(index: MatrixIndex, variant: MatrixVariant, scope: MatrixScope = EVERYTHING): Matrix {
  const bodies = keysOfType(index, OSCE_BODY);
  const typed = keysOfType(index, variant.columnType);
  const { kept: cells, hidden } = applyScope(collectStatements(index, variant, bodies, typed), scope);
  const totals = new Map<string, number>();
  const used = new Set<string>();
  for (const [key, list] of cells) {
    const [body = '', column = ''] = key.split(CELL);
    totals.set(body, (totals.get(body) ?? 0) + list.length);
    used.add(column);
  }
  const literals = (key: string) => index.literals.get(key) ?? {};
  const bodyAxis = [...totals.keys()]
    .map((key) => {
      const label = pickLabel(key, literals(key));
      return { key, label, code: shortName(literals(key)) ?? label };
    })
    .sort(
      (a, b) =>
        (totals.get(b.key) ?? 0) - (totals.get(a.key) ?? 0) ||
        a.label.localeCompare(b.label) ||
        (a.key < b.key ? -1 : 1),
    );
  const columnAxis = [...used]
    .map((key) => {
      const label = pickLabel(key, literals(key));
      return { key, label, code: variant.code(key, literals(key), label) };
    })
    .sort((a, b) => variant.compareCodes(a.code, b.code) || (a.key < b.key ? -1 : 1));
  return {
    variant,
    bodies: bodyAxis,
    columns: columnAxis,
    emptyBodies: bodies.size - bodyAxis.length,
    emptyColumns: new Set([...typed, ...used]).size - columnAxis.length,
    hidden,
    statements: (body, column) => cells.get(body + CELL + column) ?? [],
    count: (body, column) => cells.get(body + CELL + column)?.length ?? 0,
    rowTotal: (body) => totals.get(body) ?? 0,
  };
}

/** Node keys and edge keys to light up for a cell: the body, the column entity, every contributor, their edges. */
export function cellHighlight(
  body: string,
  column: string,
  statements: readonly MatrixStatement[],
): { nodes: string[]; edges: string[] } {
  const nodes = new Set<string>([body, column]);
  const edges = new Set<string>();
  for (const statement of statements) {
    nodes.add(statement.contributor);
    for (const edge of statement.edges) edges.add(edge);
  }
  return { nodes: [...nodes], edges: [...edges] };
}
