// The 404 answer for a name the graph lacks, in the format asked for (a page, an empty RDF document, a JSON note).
import { ID } from '../rdf/vocab';
import { esc, page } from './html';
import type { PageFormat } from './names';

/**
 * `root`: the relative path from the page to the site's root ('../' under /id/). `inlineStyle` for a page served at
 * any path (the static site's 404.html), which no relative link to the stylesheet fits.
 */
export function notFoundBody(format: PageFormat, name: string | undefined, root = '../', inlineStyle = false): string {
  const iri = name === undefined ? 'this address' : ID + name;
  switch (format) {
    case 'html':
      return page({
        title: 'Not found',
        root,
        inlineStyle,
        body: `<h1>Not found</h1>\n<p>The graph says nothing about ${name === undefined ? esc(iri) : `<code>${esc(iri)}</code>`}.</p>\n<p>See <a href="${root}id/index.html">all resources</a>.</p>`,
      });
    case 'jsonld':
      return `${JSON.stringify({ '@graph': [], error: `not found: ${iri}` }, null, 2)}\n`;
    default:
      // A comment: a valid, empty Turtle / N-Triples / TriG document
      return `# not found: ${iri.replace(/[\r\n]/g, ' ')}\n`;
  }
}
