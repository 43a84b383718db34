// Two overview pages: every resource with a page (by class), and the dataset (counts, dumps, endpoint, VoID).
import type { DatasetStats } from '../kg/stats';
import { KIND_LABELS, kindOfTypes } from '../kg/kinds';
import type { DatasetIndex } from './dataset-index';
import { DUMPS } from './dataset-description';
import { esc, page } from './html';
import { resourceLink } from './links';
import { ontologyAnchor } from './ontology-page';

/** `id/index.html`: links to every page, grouped by kind, so that a crawler reaches all of them. */
export function renderResourceIndex(
  index: DatasetIndex,
  names: readonly { name: string; iri: string }[],
  sdgs: readonly { code: string; iri: string }[] = [],
): string {
  const groups = new Map<string, string[]>();
  for (const { iri } of names) {
    const kind = KIND_LABELS[kindOfTypes(index.types(iri))];
    const list = groups.get(kind);
    if (list) list.push(iri);
    else groups.set(kind, [iri]);
  }
  const sections = [...groups]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kind, iris]) => {
      const items = iris
        .map((iri) => ({ iri, label: index.label(iri) }))
        .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
      return `<h2>${esc(kind)} (${iris.length})</h2>\n<ul>${items.map(({ iri }) => `<li>${resourceLink(index, iri, '../')}</li>`).join('\n')}</ul>`;
    });
  // The UN's goals and targets are not minted here, but have a page of what the graph says about them
  const sdgSection = sdgs.length
    ? `<h2>UN SDG goals and targets (${sdgs.length})</h2>\n<ul>${sdgs.map(({ code, iri }) => `<li><a href="../sdg/${esc(code)}.html">${esc(code)}</a>: ${esc(index.label(iri))}</li>`).join('\n')}</ul>`
    : '';
  return page({
    title: 'All resources',
    root: '../',
    body: `<h1>All resources (${names.length})</h1>\n${[...sections, sdgSection].filter(Boolean).join('\n')}`,
  });
}

function countTable(index: DatasetIndex, caption: string, head: string, counts: DatasetStats['classes']): string {
  const rows = counts.map((c) => {
    const anchor = ontologyAnchor(index, c.iri);
    const term = anchor
      ? `<a href="ontology.html#${esc(anchor)}">${esc(index.label(c.iri))}</a>`
      : esc(index.label(c.iri));
    return `<tr><td>${term} <code>${esc(c.iri)}</code></td><td>${c.count}</td></tr>`;
  });
  return `<table><caption>${caption}</caption><thead><tr><th scope="col">${head}</th><th scope="col">Count</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

/** `void.html`: the dataset for people, with the same figures as the VoID description. */
export function renderDatasetPage(index: DatasetIndex, stats: DatasetStats, sparqlEndpoint?: string): string {
  const body = [
    '<h1>The dataset</h1>',
    `<p>${stats.triples} distinct triples (${stats.quads} quads in ${stats.namedGraphs} named graphs) about ${stats.subjects} subjects.</p>`,
    '<h2>Downloads</h2>',
    `<ul>${DUMPS.map((d) => `<li><a href="${d.file}" type="${d.mediaType}">${d.file}</a> (${d.mediaType})</li>`).join('')}</ul>`,
    '<p>Dataset description (VoID and DCAT): <a href="void.ttl" type="text/turtle">void.ttl</a>.</p>',
    sparqlEndpoint ? `<p>SPARQL endpoint: <code>${esc(sparqlEndpoint)}</code></p>` : '',
    '<h2>Instances by class</h2>',
    countTable(index, 'Instances by class', 'Class', stats.classes),
    '<h2>Statements by property</h2>',
    countTable(index, 'Statements by property', 'Property', stats.predicates),
  ]
    .filter(Boolean)
    .join('\n');
  return page({
    title: 'The dataset',
    root: '',
    body,
    alternates: [{ href: 'void.ttl', type: 'text/turtle', label: 'VoID' }],
  });
}
