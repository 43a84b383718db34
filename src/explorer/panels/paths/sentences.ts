// A path between two entities as readable steps (pure): "ODIHR — works with → IOM", with the quotes behind each step.
import type { Quad } from '@rdfjs/types';
import type { KgPath } from '../../../kg/paths';
import type { KgGraph } from '../../../kg/to-graph';
import { OKG_QUOTE } from '../../../rdf/vocab';
import { predicateLabel, rdfsLabels } from '../../core/appearance/labels';

export interface EntityRef {
  key: string;
  /** Acronym when the entity has one, else its label. */
  name: string;
  /** Full label. */
  label: string;
}

export interface Relation {
  edge: string;
  predicate: string;
  predicateLabel: string;
  /** True when the edge points from the step's `from` to its `to`. */
  forward: boolean;
  quotes: { passage: string; text: string }[];
}

export interface PathStep {
  from: EntityRef;
  to: EntityRef;
  relations: Relation[];
}

export interface PathLookup {
  predicateLabels: ReadonlyMap<string, string>;
  /** okg:quote of each passage. */
  quotes: ReadonlyMap<string, string>;
}

export function buildLookup(quads: readonly Quad[]): PathLookup {
  const quotes = new Map<string, string>();
  for (const q of quads)
    if (q.predicate.value === OKG_QUOTE && q.object.termType === 'Literal') quotes.set(q.subject.value, q.object.value);
  return { predicateLabels: rdfsLabels(quads), quotes };
}

const ACRONYM = /^[A-Z][A-Za-z0-9/&.-]{1,15}$/;

export function entityRef(graph: KgGraph, key: string): EntityRef {
  const attrs = graph.getNodeAttributes(key);
  const acronyms = attrs.altLabels.filter(
    (a) => ACRONYM.test(a) && /[A-Z].*[A-Z]/.test(a) && a.length < attrs.label.length,
  );
  acronyms.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  return { key, name: acronyms[0] ?? attrs.label, label: attrs.label };
}

/** Steps of a path found by src/kg/paths, with names, predicate labels and the quotes behind each edge. */
export function describePath(graph: KgGraph, path: KgPath, lookup: PathLookup): PathStep[] {
  return path.steps.map((step) => ({
    from: entityRef(graph, step.from),
    to: entityRef(graph, step.to),
    relations: step.edges.map((edge) => ({
      edge: edge.key,
      predicate: edge.predicate,
      predicateLabel: predicateLabel(edge.predicate, lookup.predicateLabels),
      forward: edge.forward,
      quotes: edge.graphs.flatMap((passage) => {
        const text = lookup.quotes.get(passage);
        return text === undefined ? [] : [{ passage, text }];
      }),
    })),
  }));
}

/** "ODIHR — works with → IOM" (edge from ODIHR) or "IOM ← organized by — Panel discussion" (edge to IOM). */
export function stepSentence(step: PathStep, relation: Relation): string {
  return relation.forward
    ? `${step.from.name} — ${relation.predicateLabel} → ${step.to.name}`
    : `${step.from.name} ← ${relation.predicateLabel} — ${step.to.name}`;
}

/** The whole path in one line, the first relation of each step: "ODIHR — works with → IOM — ... → X". */
export function pathSentence(steps: readonly PathStep[]): string {
  const first = steps[0];
  if (first === undefined) return '';
  let text = first.from.name;
  for (const step of steps) {
    const r = step.relations[0];
    const label = r ? r.predicateLabel : 'related to';
    text += r && !r.forward ? ` ← ${label} — ${step.to.name}` : ` — ${label} → ${step.to.name}`;
  }
  return text;
}
