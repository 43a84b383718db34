// The HTML page of one resource: label, class, names, identifiers, links elsewhere, and every statement in and out
// with the quotes that back it; a passage lists what it supports, a source document shows its text.
import type { Quad } from '@rdfjs/types';
import { KIND_LABELS, kindOfTypes } from '../kg/kinds';
import { safeExternalHref } from '../kg/safe-links';
import { termKey } from '../rdf/term-key';
import { DCT_DATE, DCT_IDENTIFIER, RDF_TYPE, RDFS_COMMENT, SKOS_ALT_LABEL, SKOS_NOTATION } from '../rdf/vocab';
import type { DatasetIndex } from './dataset-index';
import { esc, langText, page, type Alternate } from './html';
import { resourceLink } from './links';
import { PAGE_FORMATS, PAGE_MEDIA_TYPES, pageNameOf } from './names';
import { graphsOf, renderBacking, type BackingOptions } from './passages';
import { schemaOrgDescription } from './schema-org';
import { renderSourceText } from './source-text';
import { ontologyAnchor } from './ontology-page';

export interface EntityPageOptions {
  index: DatasetIndex;
  /** The text of a source document, when it is published with the pages. */
  sourceText?: (documentIri: string) => string | undefined;
}

const ROOT = '../';
const FORMAT_LABELS = {
  html: 'HTML',
  ttl: 'Turtle',
  nt: 'N-Triples',
  jsonld: 'JSON-LD',
  trig: 'TriG (with provenance)',
} as const;

/** The page's links to its other representations (also sent as `Link` headers by the server). */
export function alternatesOf(name: string): Alternate[] {
  return PAGE_FORMATS.filter((f) => f !== 'html').map((f) => ({
    href: `${name}.${f}`,
    type: PAGE_MEDIA_TYPES[f],
    label: FORMAT_LABELS[f],
  }));
}

function literals(quads: readonly Quad[], predicate: string): string[] {
  return [
    ...new Set(
      quads
        .filter((q) => q.predicate.value === predicate && q.object.termType === 'Literal')
        .map((q) => q.object.value),
    ),
  ].sort();
}

function valueHtml(index: DatasetIndex, term: Quad['object']): string {
  if (term.termType === 'Literal') return langText(term.value, term.language);
  return resourceLink(index, term.termType === 'BlankNode' ? `_:${term.value}` : term.value, ROOT);
}

function predicateHtml(index: DatasetIndex, predicate: string): string {
  const anchor = ontologyAnchor(index, predicate);
  const label = esc(index.label(predicate));
  return anchor
    ? `<a href="${ROOT}ontology.html#${esc(anchor)}" title="${esc(predicate)}">${label}</a>`
    : `<span title="${esc(predicate)}">${label}</span>`;
}

/** A list with at least one element: each group starts with the statement that made it. */
type NonEmpty<T> = [T, ...T[]];

/** Statements grouped by predicate then by the other end, each with the graphs that hold it. */
function grouped(quads: readonly Quad[], other: (q: Quad) => Quad['object']): Map<string, Map<string, NonEmpty<Quad>>> {
  const groups = new Map<string, Map<string, NonEmpty<Quad>>>();
  for (const q of quads) {
    let byValue = groups.get(q.predicate.value);
    if (!byValue) groups.set(q.predicate.value, (byValue = new Map<string, NonEmpty<Quad>>()));
    const k = termKey(other(q));
    const list = byValue.get(k);
    if (list) list.push(q);
    else byValue.set(k, [q]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function statementsSection(title: string, quads: readonly Quad[], incoming: boolean, backing: BackingOptions): string {
  if (quads.length === 0) return '';
  const { index } = backing;
  const other = (q: Quad): Quad['object'] => (incoming ? q.subject : q.object);
  const parts = [...grouped(quads, other)].map(([predicate, byValue]) => {
    const heading = incoming ? `… ${predicateHtml(index, predicate)} this resource` : predicateHtml(index, predicate);
    const items = [...byValue.values()].map(
      (list) => `<li>${valueHtml(index, other(list[0]))}${renderBacking(graphsOf(list), backing)}</li>`,
    );
    return `<h3>${heading} <span class="kind">(${byValue.size})</span></h3>\n<ul class="values">${items.join('\n')}</ul>`;
  });
  return `<section aria-labelledby="${incoming ? 'in' : 'out'}"><h2 id="${incoming ? 'in' : 'out'}">${title}</h2>\n${parts.join('\n')}</section>`;
}

function graphSection(index: DatasetIndex, iri: string): string {
  const contents = index.byGraph.get(iri) ?? [];
  if (contents.length === 0) return '';
  const rows = contents.map(
    (q) =>
      `<tr><td>${valueHtml(index, q.subject as Quad['object'])}</td><td>${predicateHtml(index, q.predicate.value)}</td><td>${valueHtml(index, q.object)}</td></tr>`,
  );
  return `<section aria-labelledby="supports"><h2 id="supports">Statements this ${index.types(iri).length ? 'resource' : 'graph'} supports (${contents.length})</h2>
<table><thead><tr><th scope="col">Subject</th><th scope="col">Relation</th><th scope="col">Object</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}

function externalLinks(out: readonly Quad[]): string {
  const iris = new Set<string>();
  for (const q of out)
    if (q.object.termType === 'NamedNode' && pageNameOf(q.object.value) === undefined && q.predicate.value !== RDF_TYPE)
      iris.add(q.object.value);
  const items = [...iris]
    .sort()
    .map((target) => {
      const href = safeExternalHref(target);
      if (!href) return '';
      const where = target.startsWith('http://www.wikidata.org/entity/')
        ? 'Wikidata: '
        : target.startsWith('http://metadata.un.org/sdg')
          ? 'UN SDG KOS: '
          : '';
      return `<li>${where}<a href="${esc(href)}" rel="external">${esc(target)}</a></li>`;
    })
    .filter(Boolean);
  return items.length
    ? `<section aria-labelledby="elsewhere"><h2 id="elsewhere">Elsewhere</h2><ul>${items.join('')}</ul></section>`
    : '';
}

/** The whole page of `iri` (which must have a page name: the caller answers 404 otherwise). */
export function renderEntityPage(options: EntityPageOptions, iri: string): string {
  const { index } = options;
  const name = pageNameOf(iri) ?? '';
  const out = index.bySubject.get(iri) ?? [];
  const incoming = index.byObject.get(iri) ?? [];
  const types = index.types(iri);
  const hasText = (doc: string): boolean => options.sourceText?.(doc) !== undefined;
  const backing: BackingOptions = { index, root: ROOT, hasText };
  const label = index.label(iri);
  const kind = KIND_LABELS[kindOfTypes(types)];
  const classes = types.map((t) => {
    const anchor = ontologyAnchor(index, t);
    return anchor ? `<a href="${ROOT}ontology.html#${esc(anchor)}">${esc(index.label(t))}</a>` : esc(index.label(t));
  });
  const field = (term: string, values: string[]): string =>
    values.length ? `<dt>${term}</dt>${values.map((v) => `<dd>${esc(v)}</dd>`).join('')}` : '';
  const fields = [
    field('Also called', literals(out, SKOS_ALT_LABEL)),
    field('Identifier', [...literals(out, DCT_IDENTIFIER), ...literals(out, SKOS_NOTATION)]),
    field('Date', literals(out, DCT_DATE)),
  ].join('');
  const text = options.sourceText?.(iri);
  const alternates = alternatesOf(name);
  const body = [
    `<h1>${esc(label)}</h1>`,
    // The kind's name only when no class label says the same
    `<p class="kind">${types.some((t) => index.label(t) === kind) ? '' : `${esc(kind)}${classes.length ? ' · ' : ''}`}${classes.join(', ')}</p>`,
    `<p class="iri">${esc(iri)}</p>`,
    fields ? `<dl class="fields">${fields}</dl>` : '',
    ...literals(out, RDFS_COMMENT).map((c) => `<p>${esc(c)}</p>`),
    `<ul class="formats" aria-label="This page in other formats"><li><a href="${ROOT}index.html#sel=${esc(encodeURIComponent(iri))}">Open in the explorer</a></li>${alternates.map((a) => `<li><a href="${esc(a.href)}" type="${esc(a.type)}">${esc(a.label)}</a></li>`).join('')}</ul>`,
    externalLinks(out),
    statementsSection('Statements', out, false, backing),
    statementsSection('Referred to by', incoming, true, backing),
    graphSection(index, iri),
    text === undefined
      ? ''
      : `<section aria-labelledby="text"><h2 id="text">Text</h2>${renderSourceText(index, iri, text)}</section>`,
  ]
    .filter(Boolean)
    .join('\n');
  const comment = literals(out, RDFS_COMMENT)[0];
  return page({
    title: label,
    root: ROOT,
    body,
    alternates,
    canonical: iri,
    description: comment ?? `${kind}: ${label}`,
    jsonLd: schemaOrgDescription(index, iri, iri),
  });
}
