// The ontology's documentation: every class and property the dataset describes, with labels, comments, domains, ranges.
import type { Quad } from '@rdfjs/types';
import { NS, OKG, PREFIXES, RDF_TYPE, RDFS_COMMENT } from '../rdf/vocab';
import type { DatasetIndex } from './dataset-index';
import { esc, page } from './html';
import { resourceLink } from './links';

const CLASS_TYPES = new Set([NS.owl + 'Class', NS.rdfs + 'Class']);
const PROPERTY_TYPES = new Set([
  NS.owl + 'ObjectProperty',
  NS.owl + 'DatatypeProperty',
  NS.owl + 'AnnotationProperty',
  NS.rdf + 'Property',
]);
const SCHEMA_PREDICATES = new Set([
  NS.rdfs + 'domain',
  NS.rdfs + 'range',
  NS.rdfs + 'subClassOf',
  NS.rdfs + 'subPropertyOf',
]);
export const ONTOLOGY_IRI = OKG.slice(0, -1);

interface Terms {
  classes: string[];
  properties: string[];
  others: string[];
  all: Set<string>;
}
const cache = new WeakMap<DatasetIndex, Terms>();

/**
 * The terms the ontology page documents: typed as a class or property, given a domain/range, or in the okg namespace.
 */
export function ontologyTerms(index: DatasetIndex): Terms {
  let terms = cache.get(index);
  if (terms) return terms;
  const classes: string[] = [];
  const properties: string[] = [];
  const others: string[] = [];
  for (const s of index.subjects) {
    const quads = index.bySubject.get(s) ?? [];
    const types = index.types(s);
    const isClass =
      types.some((t) => CLASS_TYPES.has(t)) || quads.some((q) => q.predicate.value === NS.rdfs + 'subClassOf');
    const isProperty =
      types.some((t) => PROPERTY_TYPES.has(t)) ||
      quads.some((q) => SCHEMA_PREDICATES.has(q.predicate.value) && q.predicate.value !== NS.rdfs + 'subClassOf');
    if (ontologyAnchorOf(s) === undefined) continue;
    if (isClass) classes.push(s);
    else if (isProperty) properties.push(s);
    else if (s.startsWith(OKG)) others.push(s);
  }
  terms = { classes, properties, others, all: new Set([...classes, ...properties, ...others]) };
  cache.set(index, terms);
  return terms;
}

/** `OSCEBody` for an okg term (so `…/ontology#OSCEBody` lands on it), `org:memberOf` for another prefix's. */
function ontologyAnchorOf(iri: string): string | undefined {
  const local = (ns: string): string | undefined => {
    const rest = iri.slice(ns.length);
    return /^[A-Za-z_][\w.-]*$/.test(rest) ? rest : undefined;
  };
  if (iri.startsWith(OKG)) return local(OKG);
  for (const [prefix, ns] of Object.entries(PREFIXES)) {
    if (ns !== OKG && iri.startsWith(ns) && local(ns)) return `${prefix}:${local(ns)}`;
  }
  return undefined;
}

/** The anchor of a term on the ontology page, if the page documents it. */
export function ontologyAnchor(index: DatasetIndex, iri: string): string | undefined {
  return ontologyTerms(index).all.has(iri) ? ontologyAnchorOf(iri) : undefined;
}

/** The ontology's own statements: its header and every documented term's description (for `/ontology.ttl`). */
export function ontologyQuads(index: DatasetIndex): Quad[] {
  const { all } = ontologyTerms(index);
  return [ONTOLOGY_IRI, ...all].flatMap((s) =>
    (index.bySubject.get(s) ?? []).filter((q) => q.graph.termType === 'DefaultGraph'),
  );
}

function termLink(index: DatasetIndex, iri: string): string {
  const anchor = ontologyAnchor(index, iri);
  return anchor ? `<a href="#${esc(anchor)}">${esc(index.label(iri))}</a>` : resourceLink(index, iri, '');
}

function termSection(index: DatasetIndex, iri: string): string {
  const quads = index.bySubject.get(iri) ?? [];
  const objects = (p: string): string[] =>
    [
      ...new Set(
        quads.filter((q) => q.predicate.value === p && q.object.termType === 'NamedNode').map((q) => q.object.value),
      ),
    ].sort();
  const texts = (p: string): string[] => [
    ...new Set(
      quads.filter((q) => q.predicate.value === p && q.object.termType === 'Literal').map((q) => q.object.value),
    ),
  ];
  const row = (term: string, iris: string[]): string =>
    iris.length ? `<dt>${term}</dt><dd>${iris.map((i) => termLink(index, i)).join(', ')}</dd>` : '';
  const fields = [
    row('Type', objects(RDF_TYPE)),
    row('Subclass of', objects(NS.rdfs + 'subClassOf')),
    row('Domain', objects(NS.rdfs + 'domain')),
    row('Range', objects(NS.rdfs + 'range')),
  ].join('');
  return `<section aria-labelledby="${esc(ontologyAnchorOf(iri)!)}"><h3 id="${esc(ontologyAnchorOf(iri)!)}">${esc(index.label(iri))}</h3>
<p class="iri">${esc(iri)}</p>${texts(RDFS_COMMENT)
    .map((c) => `<p>${esc(c)}</p>`)
    .join('')}${fields ? `<dl class="fields">${fields}</dl>` : ''}</section>`;
}

export function renderOntologyPage(index: DatasetIndex): string {
  const { classes, properties, others } = ontologyTerms(index);
  const header = index.bySubject.get(ONTOLOGY_IRI) ?? [];
  const text = (p: string): string | undefined =>
    header.find((q) => q.predicate.value === p && q.object.termType === 'Literal')?.object.value;
  const title = text(NS.dcterms + 'title') ?? 'Ontology';
  const part = (heading: string, id: string, iris: string[]): string =>
    iris.length
      ? `<h2 id="${id}">${heading} (${iris.length})</h2>\n${iris.map((i) => termSection(index, i)).join('\n')}`
      : '';
  const body = [
    `<h1>${esc(title)}</h1>`,
    `<p class="iri">${esc(ONTOLOGY_IRI)}</p>`,
    text(RDFS_COMMENT) ? `<p>${esc(text(RDFS_COMMENT)!)}</p>` : '',
    text(NS.owl + 'versionInfo') ? `<p>Version ${esc(text(NS.owl + 'versionInfo')!)}</p>` : '',
    '<ul class="formats" aria-label="The ontology in other formats"><li><a href="ontology.ttl" type="text/turtle">Turtle</a></li></ul>',
    `<nav aria-label="Contents"><ul><li><a href="#classes">Classes</a></li><li><a href="#properties">Properties</a></li>${others.length ? '<li><a href="#others">Other terms</a></li>' : ''}</ul></nav>`,
    part('Classes', 'classes', classes),
    part('Properties', 'properties', properties),
    part('Other terms', 'others', others),
  ]
    .filter(Boolean)
    .join('\n');
  return page({
    title,
    root: '',
    body,
    alternates: [{ href: 'ontology.ttl', type: 'text/turtle', label: 'Turtle' }],
    canonical: ONTOLOGY_IRI,
  });
}
