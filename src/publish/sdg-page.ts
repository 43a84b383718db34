// The page of a UN SDG goal or target the graph uses: its official text, and the OSCE's bodies and work that serve it,
// each with the passages that say so; the UN's own IRI stays the resource's name and is linked.
import type { Quad } from '@rdfjs/types';
import { KIND_LABELS, kindOfTypes } from '../kg/kinds';
import { safeExternalHref } from '../kg/safe-links';
import { NS, OKG, RDFS_LABEL, SKOS_NOTATION, SKOS_PREF_LABEL } from '../rdf/vocab';
import type { DatasetIndex } from './dataset-index';
import { esc, page } from './html';
import { pageHref, resourceLink } from './links';
import { sdgCodeOf } from './names';
import { graphsOf, quoteOf, renderBacking, type BackingOptions } from './passages';

const ROOT = '../';
const CONTRIBUTES_TO = `${OKG}contributesTo`;
const BROADER = `${NS.skos}broader`;
const DERIVED_FROM = `${NS.prov}wasDerivedFrom`;

/** Every SDG goal and target the graph says something about, by code (the `sdg/{code}.html` pages). */
export function sdgPages(index: DatasetIndex): { code: string; iri: string }[] {
  const found = new Map<string, string>();
  for (const iri of [...index.bySubject.keys(), ...index.byObject.keys()]) {
    const code = sdgCodeOf(iri);
    if (code !== undefined) found.set(code, iri);
  }
  const order = (code: string): number[] =>
    code.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : 100 + part.charCodeAt(0)));
  return [...found]
    .map(([code, iri]) => ({ code, iri }))
    .sort((a, b) => {
      const [x, y] = [order(a.code), order(b.code)];
      return (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? -1) - (y[1] ?? -1);
    });
}

function text(index: DatasetIndex, iri: string, predicate: string): Quad | undefined {
  return (index.bySubject.get(iri) ?? []).find(
    (q) => q.predicate.value === predicate && q.object.termType === 'Literal',
  );
}

/** A curation graph's reasons: the passages it was derived from, with their quotes. */
function derivedFrom(index: DatasetIndex, graph: string, backing: BackingOptions): string {
  const passages = [
    ...new Set(
      (index.bySubject.get(graph) ?? [])
        .filter((q) => q.predicate.value === DERIVED_FROM && q.object.termType === 'NamedNode')
        .map((q) => q.object.value),
    ),
  ].sort();
  const quoted = passages.filter((p) => quoteOf(index, p) !== undefined);
  return quoted.length ? `<p class="backing">Derived from:</p>${renderBacking(quoted, backing)}` : '';
}

function byKind(
  index: DatasetIndex,
  subjects: readonly string[],
  after: (subject: string) => string = () => '',
): string {
  const groups = new Map<string, string[]>();
  for (const subject of subjects) {
    const kind = KIND_LABELS[kindOfTypes(index.types(subject))];
    const list = groups.get(kind);
    if (list) list.push(subject);
    else groups.set(kind, [subject]);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kind, list]) => {
      const items = list
        .sort((a, b) => (index.label(a) < index.label(b) ? -1 : 1))
        .map((s) => `<li>${resourceLink(index, s, ROOT)}${after(s)}</li>`);
      return `<h3>${esc(kind)} (${list.length})</h3>\n<ul>${items.join('')}</ul>`;
    })
    .join('\n');
}

/**
 * What contributes to `iri`, by the graph that says so (a passage, or a curation graph with the passages it was
 * derived from), so that each quote is shown once above everything it backs.
 */
function contributors(index: DatasetIndex, iri: string, backing: BackingOptions): string {
  const byGraph = new Map<string, Set<string>>();
  for (const q of index.byObject.get(iri) ?? []) {
    if (q.predicate.value !== CONTRIBUTES_TO || q.subject.termType !== 'NamedNode') continue;
    const graph = q.graph.termType === 'NamedNode' ? q.graph.value : '';
    const set = byGraph.get(graph);
    if (set) set.add(q.subject.value);
    else byGraph.set(graph, new Set([q.subject.value]));
  }
  if (byGraph.size === 0) return '<p>Nothing in the graph is said to contribute to it.</p>';
  return [...byGraph]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([graph, subjects]) => {
      const said =
        graph === ''
          ? '<p class="backing">Stated without a source.</p>'
          : `${renderBacking([graph], backing)}${derivedFrom(index, graph, backing)}`;
      return `<div class="served">${said}\n${byKind(index, [...subjects])}</div>`;
    })
    .join('\n');
}

function notation(index: DatasetIndex, iri: string): string {
  return text(index, iri, SKOS_NOTATION)?.object.value ?? sdgCodeOf(iri) ?? index.label(iri);
}

/** Who contributes to an SDG IRI (distinct subjects). */
function servedBy(index: DatasetIndex, iri: string): string[] {
  return [
    ...new Set(
      (index.byObject.get(iri) ?? [])
        .filter((q) => q.predicate.value === CONTRIBUTES_TO && q.subject.termType === 'NamedNode')
        .map((q) => q.subject.value),
    ),
  ];
}

/** A goal's targets that the graph holds, and what serves them (the quotes are on each target's page). */
function targetsOf(index: DatasetIndex, goal: string): string {
  const targets = [
    ...new Set(
      (index.byObject.get(goal) ?? [])
        .filter((q) => q.predicate.value === BROADER && q.subject.termType === 'NamedNode')
        .map((q) => q.subject.value),
    ),
  ].sort((a, b) => (notation(index, a) < notation(index, b) ? -1 : 1));
  if (targets.length === 0) return '';
  const link = (t: string): string => {
    const href = pageHref(index, t, ROOT);
    return href ? `<a href="${esc(href)}">${esc(notation(index, t))}</a>` : esc(notation(index, t));
  };
  const items = targets.map(
    (t) =>
      `<li>${link(t)}: ${esc(index.label(t))} <span class="kind">(served by ${servedBy(index, t).length})</span></li>`,
  );
  const via = new Map<string, string[]>();
  for (const t of targets) for (const s of servedBy(index, t)) via.set(s, [...(via.get(s) ?? []), t]);
  const work =
    via.size === 0
      ? ''
      : `<section aria-labelledby="through"><h2 id="through">What serves its targets (${via.size})</h2>
${byKind(index, [...via.keys()], (s) => ` <span class="kind">(${(via.get(s) ?? []).map(link).join(', ')})</span>`)}</section>`;
  return `<section aria-labelledby="targets"><h2 id="targets">Its targets in the graph (${targets.length})</h2><ul>${items.join('')}</ul></section>\n${work}`;
}

/** The text as the reference quotes it, when a passage backs it; else as the graph has it. */
function officialText(official: Quad, backing: BackingOptions): string {
  const graphs = graphsOf([official]).filter((g) => quoteOf(backing.index, g) !== undefined);
  return graphs.length ? renderBacking(graphs, backing) : `<blockquote>${esc(official.object.value)}</blockquote>`;
}

/** The page `sdg/{code}.html` of a goal or target (the caller answers 404 for an IRI the graph lacks). */
export function renderSdgPage(
  index: DatasetIndex,
  iri: string,
  hasText: (documentIri: string) => boolean = () => false,
): string {
  const code = sdgCodeOf(iri) ?? '';
  const isGoal = !code.includes('.');
  const backing: BackingOptions = { index, root: ROOT, hasText };
  const official = text(index, iri, SKOS_PREF_LABEL) ?? text(index, iri, RDFS_LABEL);
  const title = `SDG ${isGoal ? 'Goal' : 'target'} ${notation(index, iri)}`;
  const goal = (index.bySubject.get(iri) ?? []).find(
    (q) => q.predicate.value === BROADER && q.object.termType === 'NamedNode',
  );
  const un = safeExternalHref(iri);
  const body = [
    `<h1>${esc(title)}</h1>`,
    `<p class="kind">${esc(KIND_LABELS[kindOfTypes(index.types(iri))])} of the UN's 2030 Agenda${goal ? ` · in ${resourceLink(index, goal.object.value, ROOT)}` : ''}</p>`,
    `<p class="iri">${esc(iri)}</p>`,
    official
      ? `<section aria-labelledby="text"><h2 id="text">Official text</h2>${officialText(official, backing)}</section>`
      : '',
    un
      ? `<ul class="formats" aria-label="Elsewhere"><li><a href="${esc(un)}" rel="external">The UN SDG KOS entry</a></li></ul>`
      : '',
    isGoal ? targetsOf(index, iri) : '',
    // A goal is mostly served through its targets: its own section only when something serves it directly
    isGoal && servedBy(index, iri).length === 0
      ? ''
      : `<section aria-labelledby="served"><h2 id="served">What serves it</h2>\n${contributors(index, iri, backing)}</section>`,
  ]
    .filter(Boolean)
    .join('\n');
  return page({
    title: `${title}: ${official?.object.value ?? ''}`.replace(/: $/, ''),
    root: ROOT,
    body,
    canonical: iri,
    description: official?.object.value,
  });
}
