// Where a term links to from a published page: its own page (relative), an external http(s) page, or nowhere.
import { safeExternalHref } from '../kg/safe-links';
import type { DatasetIndex } from './dataset-index';
import { isKnown } from './dataset-index';
import { esc } from './html';
import { pageNameOf, sdgCodeOf } from './names';

/**
 * The relative href of a resource's page from a page in `id/` or `sdg/` (root '../') or at the root (''), if it has
 * one: minted names under `id/`, the UN's SDG goals and targets under `sdg/` (a page of what the graph says of them).
 */
export function pageHref(index: DatasetIndex, iri: string, root: string, suffix = '.html'): string | undefined {
  if (!isKnown(index, iri)) return undefined;
  const name = pageNameOf(iri);
  if (name !== undefined) return `${root}id/${name}${suffix}`;
  const code = suffix === '.html' ? sdgCodeOf(iri) : undefined;
  return code === undefined ? undefined : `${root}sdg/${code}.html`;
}

/** A link to a resource, labelled with its label: its page, else the IRI itself when safe to follow, else text. */
export function resourceLink(index: DatasetIndex, iri: string, root: string): string {
  if (iri.startsWith('_:')) return `<span>${esc(index.label(iri))}</span>`;
  const label = esc(index.label(iri));
  const own = pageHref(index, iri, root);
  if (own) return `<a href="${esc(own)}">${label}</a>`;
  const external = safeExternalHref(iri);
  return external
    ? `<a href="${esc(external)}" rel="external">${label}</a>`
    : `<span title="${esc(iri)}">${label}</span>`;
}
