// Where a term links to from a published page: its own page (relative), an external http(s) page, or nowhere.
import { safeExternalHref } from '../kg/safe-links';
import type { DatasetIndex } from './dataset-index';
import { isKnown } from './dataset-index';
import { esc } from './html';
import { pageNameOf } from './names';

/** The relative href of a resource's page from a page in `id/` (root '../') or at the root (''), if it has one. */
export function pageHref(index: DatasetIndex, iri: string, root: string, suffix = '.html'): string | undefined {
  const name = pageNameOf(iri);
  return name !== undefined && isKnown(index, iri) ? `${root}id/${name}${suffix}` : undefined;
}

/** A link to a resource, labelled with its label: its page, else the IRI itself when safe to follow, else text. */
export function resourceLink(index: DatasetIndex, iri: string, root: string): string {
  if (iri.startsWith('_:')) return `<span>${esc(index.label(iri))}</span>`;
  const label = esc(index.label(iri));
  const own = pageHref(index, iri, root);
  if (own) return `<a href="${esc(own)}">${label}</a>`;
  const external = safeExternalHref(iri);
  return external ? `<a href="${esc(external)}" rel="external">${label}</a>` : `<span title="${esc(iri)}">${label}</span>`;
}
