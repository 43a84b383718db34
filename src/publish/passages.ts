// What a page says about the named graph behind a statement: the passage's quote and where it sits in its source.
import type { Quad } from '@rdfjs/types';
import { DCT_IS_PART_OF, NS, OKG_QUOTE } from '../rdf/vocab';
import type { DatasetIndex } from './dataset-index';
import { esc } from './html';
import { pageHref, resourceLink } from './links';
import { pageNameOf } from './names';

function literal(index: DatasetIndex, iri: string, predicate: string): string | undefined {
  for (const q of index.bySubject.get(iri) ?? [])
    if (q.predicate.value === predicate && q.object.termType === 'Literal') return q.object.value;
  return undefined;
}

function object(index: DatasetIndex, iri: string, predicate: string): string | undefined {
  for (const q of index.bySubject.get(iri) ?? [])
    if (q.predicate.value === predicate && q.object.termType === 'NamedNode') return q.object.value;
  return undefined;
}

export function quoteOf(index: DatasetIndex, graph: string): string | undefined {
  return literal(index, graph, OKG_QUOTE);
}

export function documentOf(index: DatasetIndex, graph: string): string | undefined {
  return object(index, graph, DCT_IS_PART_OF);
}

/** The named graphs that hold a statement (a statement can be backed by several passages). */
export function graphsOf(quads: readonly Quad[]): string[] {
  const graphs = new Set<string>();
  for (const q of quads) if (q.graph.termType === 'NamedNode') graphs.add(q.graph.value);
  return [...graphs].sort();
}

export interface BackingOptions {
  index: DatasetIndex;
  root: string;
  /** Whether the source document's text is published (then its page has an anchor per passage). */
  hasText: (documentIri: string) => boolean;
}

/**
 * The quote of each graph backing a statement, with links to the passage and to the sentence in its source; a graph
 * without a quote (the curators' own) is named with whom it is attributed to.
 */
export function renderBacking(graphs: readonly string[], options: BackingOptions): string {
  const { index, root } = options;
  return graphs
    .map((g) => {
      const quote = quoteOf(index, g);
      const doc = documentOf(index, g);
      const name = pageNameOf(g);
      const author = object(index, g, `${NS.prov}wasAttributedTo`);
      const docHref = doc && name && options.hasText(doc) ? pageHref(index, doc, root) : undefined;
      const links = [
        `${quote === undefined ? 'Graph' : 'Passage'} ${resourceLink(index, g, root)}`,
        doc ? `from ${resourceLink(index, doc, root)}` : '',
        author ? `by ${resourceLink(index, author, root)}` : '',
        docHref ? `<a href="${esc(`${docHref}#${name}`)}">the sentence in the source</a>` : '',
      ]
        .filter(Boolean)
        .join(' · ');
      return `${quote === undefined ? '' : `<blockquote>${esc(quote)}</blockquote>`}<p class="backing">${links}</p>`;
    })
    .join('');
}
