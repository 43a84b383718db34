// JSON-LD to quads through the `jsonld` package, offline: remote contexts are refused, never fetched.
import type { Quad, Quad_Graph, Quad_Object, Quad_Predicate, Quad_Subject, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { RdfError, RdfSyntaxError, RemoteContextError } from './errors';
import { DEFAULT_JSONLD_BUDGET, meteredContextResolver, type JsonLdBudget } from './jsonld-budget';
import { refusingEventHandler } from './jsonld-events';
import { checkJsonLdDocument, positionOfText } from './jsonld-guard';
import { loadJsonLd, refusingLoader, type JsonLdTerm } from './jsonld-module';
import { jsonErrorOffset } from './json-error-offset';
import { positionOfOffset } from './text-position';

const { namedNode, blankNode, literal, defaultGraph, quad } = DataFactory;
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

const XSD_DOUBLE = 'http://www.w3.org/2001/XMLSchema#double';
// Stands in for xsd:double on string values during toRDF (see protectDoubles)
const DOUBLE_STANDIN = 'urn:osce-kg:internal:xsd-double';

let documentCounter = 0;

/**
 * jsonld.js rewrites any xsd:double string ("1e3") to canonical form ("1.0E3"), which JSON-LD 1.1
 * only asks for native numbers: the lexical form would change. Swap the datatype out and back.
 */
function protectDoubles(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) protectDoubles(item);
  } else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record['@value'] === 'string' && record['@type'] === XSD_DOUBLE) {
      record['@type'] = DOUBLE_STANDIN;
      return;
    }
    for (const key in record) {
      if (key !== '@value') protectDoubles(record[key]);
    }
  }
}

/** Where JSON.parse failed: located by our own scan, since engines differ in what their messages say. */
function jsonErrorPosition(text: string): { line: number; column: number } {
  const offset = jsonErrorOffset(text);
  return positionOfOffset(text, offset < 0 ? 0 : offset);
}

export interface JsonLdParseOptions {
  file?: string;
  baseIRI: string;
  blankNodePrefix?: string;
  budget?: Partial<JsonLdBudget>;
}

export async function parseJsonLd(text: string, options: JsonLdParseOptions): Promise<Quad[]> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new RdfSyntaxError(`invalid JSON: ${message}`, { file: options.file, ...jsonErrorPosition(text) });
  }
  // Depth, keys the library drops, lone surrogates: refused before the library runs
  const { nodes } = checkJsonLdDocument(doc, text, options.file);
  const jsonld = await loadJsonLd();
  const { loader, refused } = refusingLoader(options.file);
  const budget = { ...DEFAULT_JSONLD_BUDGET, ...options.budget };
  const { resolver, exceeded } = meteredContextResolver(budget, nodes, {
    file: options.file,
    ...positionOfText(text, '"@context"'),
  });
  const { handler, refusal } = refusingEventHandler(text, options.file);
  let raw;
  try {
    const shared = { base: options.baseIRI, documentLoader: loader, contextResolver: resolver, eventHandler: handler };
    const expanded = await jsonld.expand(doc, shared);
    protectDoubles(expanded);
    raw = await jsonld.toRDF(expanded, { ...shared, skipExpansion: true });
  } catch (error) {
    const url = refused();
    if (url !== undefined) throw new RemoteContextError(url, options.file);
    const cause = exceeded() ?? refusal();
    if (cause) throw cause;
    if (error instanceof RdfError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    // jsonld's errors carry no position: point at the document's start
    throw new RdfSyntaxError(`invalid JSON-LD: ${message}`, { file: options.file, line: 1, column: 1 });
  }
  // Blank node labels restart at b0 in every document, so each document gets its own prefix
  const prefix = options.blankNodePrefix ?? `j${documentCounter++}_`;
  const toTerm = (term: JsonLdTerm): Term => {
    switch (term.termType) {
      case 'NamedNode':
        return namedNode(term.value);
      case 'BlankNode':
        return blankNode(prefix + term.value.replace(/^_:/, ''));
      case 'Literal':
        if (term.language) return literal(term.value, term.language);
        if (!term.datatype || term.datatype.value === RDF_LANG_STRING) return literal(term.value);
        return literal(
          term.value,
          namedNode(term.datatype.value === DOUBLE_STANDIN ? XSD_DOUBLE : term.datatype.value),
        );
      default:
        return defaultGraph();
    }
  };
  return raw.map((q) =>
    quad(
      toTerm(q.subject) as Quad_Subject,
      toTerm(q.predicate) as Quad_Predicate,
      toTerm(q.object) as Quad_Object,
      toTerm(q.graph) as Quad_Graph,
    ),
  );
}
