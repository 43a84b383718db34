// Quads to compacted JSON-LD, with the project's prefixes as the (inline) context.
import type { Quad, Term } from '@rdfjs/types';
import { withoutConflicts } from './prefix-conflicts';
import { loadJsonLd, refusingLoader, type JsonLdQuad, type JsonLdTerm } from './jsonld-module';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

function toJsonLdTerm(term: Term): JsonLdTerm {
  if (term.termType === 'Literal') {
    return term.language
      ? {
          termType: 'Literal',
          value: term.value,
          language: term.language,
          datatype: { termType: 'NamedNode', value: RDF_LANG_STRING },
        }
      : {
          termType: 'Literal',
          value: term.value,
          datatype: { termType: 'NamedNode', value: term.datatype.value || XSD_STRING },
        };
  }
  return { termType: term.termType, value: term.termType === 'DefaultGraph' ? '' : term.value };
}

/** Compacted JSON-LD text; exact (no native number or boolean conversion), so it parses back to the same quads. */
export async function serializeJsonLd(quads: readonly Quad[], prefixes: Record<string, string>): Promise<string> {
  const jsonld = await loadJsonLd();
  const dataset: JsonLdQuad[] = quads.map((q) => ({
    subject: toJsonLdTerm(q.subject),
    predicate: toJsonLdTerm(q.predicate),
    object: toJsonLdTerm(q.object),
    graph: toJsonLdTerm(q.graph),
  }));
  const expanded = await jsonld.fromRDF(dataset, { useNativeTypes: false });
  const { loader } = refusingLoader();
  const context = { ...withoutConflicts(quads, prefixes, true) };
  const compacted = await jsonld.compact(expanded, context, { documentLoader: loader, compactToRelative: false });
  return JSON.stringify(compacted, null, 2) + '\n';
}
