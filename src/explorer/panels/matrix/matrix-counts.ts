// Pure counting for the Matrix panel: OSCE bodies × SDG targets, each cell the okg:contributesTo statements behind it.
import type { Quad, Term } from '@rdfjs/types';
import { statementOrigins } from '../../../rdf/statement-origin';
import { NS, OKG, OKG_QUOTE, RDF_TYPE, RDFS_COMMENT, SKOS_ALT_LABEL, SKOS_NOTATION } from '../../../rdf/vocab';
import { pickLabel, type LiteralValue } from '../../../kg/labels';
import { blankKey, edgeKey, safeKey } from '../../../kg/keys';

export const OSCE_BODY = OKG + 'OSCEBody';
export const SDG_TARGET = NS.sdgo + 'Target';
export const CONTRIBUTES_TO = OKG + 'contributesTo';
export const ORGANIZED_BY = OKG + 'organizedBy';

/** Stated in the panel, so that readers know exactly what a number means. */
export const MATRIX_DEFINITION =
  'Each cell counts the distinct okg:contributesTo statements that link the SDG target either to the OSCE body ' +
  'itself or to an activity, event or publication the body carries out (X okg:organizedBy body). ' +
  'A statement asserted by several passages counts once; opening the cell lists every passage quoted for it, or the curation rule that added it.';

/** A UN SDG target IRI (`http://metadata.un.org/sdg/10.7`), accepted as a target even when untyped. */
const SDG_TARGET_IRI = /^http:\/\/metadata\.un\.org\/sdg\/(\d+\.[0-9a-z]+)$/;

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
  target: string;
  /** Passages asserting `contributor okg:contributesTo target`. */
  passages: PassageRef[];
  /** For `organized`: passages asserting `contributor okg:organizedBy body`. */
  linkPassages: PassageRef[];
  /** Graph edge keys (`s|p|o`) of the statement and, for `organized`, of the organizedBy link. */
  edges: string[];
}

export interface MatrixAxis {
  key: string;
  label: string;
  /** Short text: the SDG code for targets ("10.7"); for bodies their shortest acronym ("ODIHR"), else the label. */
  code: string;
}

export interface SdgMatrix {
  /** Bodies with at least one statement, most statements first. */
  bodies: MatrixAxis[];
  /** Targets with at least one statement, in SDG order (10.2 < 10.7 < 10.10 < 10.a). */
  targets: MatrixAxis[];
  /** Bodies and targets in the dataset that no statement links (left out of the table). */
  emptyBodies: number;
  emptyTargets: number;
  statements(body: string, target: string): MatrixStatement[];
  count(body: string, target: string): number;
  rowTotal(body: string): number;
}

function keyOf(term: Term): string | undefined {
  if (term.termType === 'NamedNode') return safeKey(term.value);
  if (term.termType === 'BlankNode') return blankKey(term.value);
  return undefined;
}

function graphOf(quad: Quad): string | undefined {
  const g = quad.graph;
  if (g.termType === 'NamedNode') return g.value;
  if (g.termType === 'BlankNode') return blankKey(g.value);
  return undefined;
}

function targetCode(key: string, notations: LiteralValue[] | undefined): string | undefined {
  const match = SDG_TARGET_IRI.exec(key);
  if (match) return match[1];
  const plain = notations?.map((n) => n.value).filter((n) => /^\d+\.[0-9a-z]+$/i.test(n)).sort();
  return plain?.[0];
}

/** The shortest acronym or short name (ties: code-point order), for compact captions. */
function shortName(altLabels: LiteralValue[] | undefined): string | undefined {
  const names = [...new Set(altLabels?.map((l) => l.value) ?? [])];
  names.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  return names[0];
}

const CELL = '\u0000';

/** Builds the matrix from the dataset's quads; the result depends only on the set of quads. */
export function computeMatrix(quads: readonly Quad[]): SdgMatrix {
  const bodies = new Set<string>();
  const targets = new Set<string>();
  const contributions = new Map<string, Map<string, Set<string>>>(); // contributor -> target -> passages
  const organizers = new Map<string, Map<string, Set<string>>>(); // organized thing -> body -> passages
  const quotes = new Map<string, string>();
  const comments = new Map<string, string>();
  const origins = statementOrigins(quads);
  const literals = new Map<string, Record<string, LiteralValue[]>>();

  for (const quad of quads) {
    const s = keyOf(quad.subject);
    if (s === undefined) continue;
    const p = quad.predicate.value;
    const o = quad.object;
    if (o.termType === 'Literal') {
      if (p === OKG_QUOTE) quotes.set(s, o.value);
      else if (p === RDFS_COMMENT) comments.set(s, o.value);
      let record = literals.get(s);
      if (!record) literals.set(s, (record = {}));
      (record[p] ??= []).push({ value: o.value, language: o.language.toLowerCase(), datatype: o.datatype.value });
      continue;
    }
    const ok = keyOf(o);
    if (ok === undefined) continue;
    const graph = graphOf(quad);
    if (p === RDF_TYPE) {
      if (o.value === OSCE_BODY) bodies.add(s);
      else if (o.value === SDG_TARGET) targets.add(s);
    } else if (p === CONTRIBUTES_TO || p === ORGANIZED_BY) {
      const index = p === CONTRIBUTES_TO ? contributions : organizers;
      let inner = index.get(s);
      if (!inner) index.set(s, (inner = new Map()));
      let passages = inner.get(ok);
      if (!passages) inner.set(ok, (passages = new Set()));
      if (graph !== undefined) passages.add(graph);
    }
  }

  const isTarget = (key: string): boolean => targets.has(key) || SDG_TARGET_IRI.test(key);
  const label = (key: string): string => pickLabel(key, literals.get(key) ?? {});
  const refs = (passages: Set<string>): PassageRef[] =>
    [...passages].sort().map((passage) => (origins.originOf(passage) === 'curation'
      ? { passage, rule: comments.get(passage) ?? '' }
      : { passage, quote: quotes.get(passage) }));

  const cells = new Map<string, MatrixStatement[]>();
  const push = (body: string, statement: MatrixStatement): void => {
    const key = body + CELL + statement.target;
    const list = cells.get(key);
    if (list) list.push(statement);
    else cells.set(key, [statement]);
  };

  for (const [contributor, byTarget] of contributions) {
    for (const [target, passages] of byTarget) {
      if (!isTarget(target)) continue;
      const contributionEdge = edgeKey(contributor, CONTRIBUTES_TO, target);
      const base = { contributor, contributorLabel: label(contributor), target, passages: refs(passages) };
      if (bodies.has(contributor)) {
        push(contributor, { ...base, via: 'direct', linkPassages: [], edges: [contributionEdge] });
      }
      for (const [body, linkPassages] of organizers.get(contributor) ?? []) {
        if (!bodies.has(body) || body === contributor) continue;
        push(body, {
          ...base,
          via: 'organized',
          linkPassages: refs(linkPassages),
          edges: [contributionEdge, edgeKey(contributor, ORGANIZED_BY, body)],
        });
      }
    }
  }
  for (const list of cells.values()) {
    list.sort((a, b) => (a.via === b.via ? 0 : a.via === 'direct' ? -1 : 1) || a.contributorLabel.localeCompare(b.contributorLabel) || (a.contributor < b.contributor ? -1 : 1));
  }

  const totals = new Map<string, number>();
  const usedTargets = new Set<string>();
  for (const [key, list] of cells) {
    const [body, target] = key.split(CELL);
    totals.set(body, (totals.get(body) ?? 0) + list.length);
    usedTargets.add(target);
  }

  const bodyAxis: MatrixAxis[] = [...totals.keys()].map((key) => {
    const text = label(key);
    return { key, label: text, code: shortName(literals.get(key)?.[SKOS_ALT_LABEL]) ?? text };
  });
  bodyAxis.sort((a, b) => (totals.get(b.key) ?? 0) - (totals.get(a.key) ?? 0) || a.label.localeCompare(b.label) || (a.key < b.key ? -1 : 1));

  const targetAxis: MatrixAxis[] = [...usedTargets].map((key) => {
    const text = label(key);
    return { key, label: text, code: targetCode(key, literals.get(key)?.[SKOS_NOTATION]) ?? text };
  });
  targetAxis.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }) || (a.key < b.key ? -1 : 1));

  const allTargets = new Set([...targets, ...usedTargets]);
  return {
    bodies: bodyAxis,
    targets: targetAxis,
    emptyBodies: bodies.size - bodyAxis.length,
    emptyTargets: allTargets.size - targetAxis.length,
    statements: (body, target) => cells.get(body + CELL + target) ?? [],
    count: (body, target) => cells.get(body + CELL + target)?.length ?? 0,
    rowTotal: (body) => totals.get(body) ?? 0,
  };
}

/** Node keys and edge keys to light up for a cell: the body, the target, every contributor, their edges. */
export function cellHighlight(body: string, target: string, statements: readonly MatrixStatement[]): { nodes: string[]; edges: string[] } {
  const nodes = new Set<string>([body, target]);
  const edges = new Set<string>();
  for (const statement of statements) {
    nodes.add(statement.contributor);
    for (const edge of statement.edges) edges.add(edge);
  }
  return { nodes: [...nodes], edges: [...edges] };
}
