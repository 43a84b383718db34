// RDF/XML for CONSTRUCT/DESCRIBE results (clients such as roqet and rdflib ask for it), written by Oxigraph.
import type { Quad, Term } from '@rdfjs/types';
import { ResultFormatError } from '../query/limits';
import { quadsToNQuads } from '../query/terms';
import { assertXmlText } from '../query/xml-chars';

/** This graph has no RDF/XML form: a predicate IRI that does not end in an XML name (`…/p/`, `…/123`). */
export class RdfXmlUnfitError extends ResultFormatError {
  override name = 'RdfXmlUnfitError';
}

/** A predicate is written as an element: namespace + a local part that is an XML name (ASCII subset, to be safe). */
const ELEMENT_LOCAL_NAME = /[A-Za-z_][A-Za-z0-9_.-]*$/;

function checkTerm(term: Term, role: string): void {
  if (term.termType === 'Literal') {
    assertXmlText(term.value, `a literal (${role})`);
    assertXmlText(term.language, `a language tag (${role})`);
    assertXmlText(term.datatype.value, `a datatype IRI (${role})`);
  } else if (term.termType === 'Quad') {
    throw new RdfXmlUnfitError('RDF/XML cannot carry quoted triples (RDF 1.2)');
  } else assertXmlText(term.value, `an IRI or blank node (${role})`);
}

/**
 * The triples as RDF/XML. Throws RdfXmlUnfitError or XmlCharacterError when RDF/XML cannot carry them (Oxigraph's
 * writer would write a broken element name or a raw control character): the caller then answers in another format.
 */
export async function writeRdfXml(quads: readonly Quad[]): Promise<string> {
  for (const quad of quads) {
    const match = ELEMENT_LOCAL_NAME.exec(quad.predicate.value);
    if (!match || match.index === 0) {
      throw new RdfXmlUnfitError(
        `RDF/XML cannot write the predicate <${quad.predicate.value}>: it does not end in an XML name`,
      );
    }
    checkTerm(quad.subject, 'subject');
    checkTerm(quad.predicate, 'predicate');
    checkTerm(quad.object, 'object');
  }
  // Loaded on first use: the server's main thread needs Oxigraph only for this
  const oxigraph = await import('oxigraph');
  const store = new oxigraph.Store();
  store.load(quadsToNQuads([...quads], false), { format: 'application/n-quads' });
  return store.dump({ format: 'application/rdf+xml', from_graph_name: oxigraph.defaultGraph() });
}
