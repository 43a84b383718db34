// RDF/JS terms <-> N-Triples / N-Quads text, and plain n3 terms from any RDF/JS-like term.
import { DataFactory } from 'n3';
import type { Literal, Quad, Term } from '@rdfjs/types';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

/** Escapes an IRI for `<...>` (N-Triples IRIREF forbids controls, space and `<>"{}|^\``). */
export function escapeIri(iri: string): string {
  return iri.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be matched here
    /[\u0000-\u0020<>"{}|^`\\]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'),
  );
}

/** Escapes a literal's lexical form for `"..."` (N-Triples ECHAR). */
export function escapeString(value: string): string {
  return value.replace(/["\\\n\r\t\b\f]/g, (c) => {
    switch (c) {
      case '"':
        return '\\"';
      case '\\':
        return '\\\\';
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      case '\b':
        return '\\b';
      default:
        return '\\f';
    }
  });
}

/** A blank node label valid in N-Triples; other labels are hex-encoded (still one label per node). */
function blankLabel(value: string): string {
  if (/^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/.test(value)) return value;
  return 'x' + [...new TextEncoder().encode(value)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A term in N-Triples syntax (quoted triples in the RDF 1.2 `<<( s p o )>>` form). */
export function termToNTriples(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<${escapeIri(term.value)}>`;
    case 'BlankNode':
      return `_:${blankLabel(term.value)}`;
    case 'Literal':
      return literalToNTriples(term);
    case 'Quad':
      return `<<( ${termToNTriples(term.subject)} ${termToNTriples(term.predicate)} ${termToNTriples(term.object)} )>>`;
    case 'Variable':
      return `?${term.value}`;
    default:
      return '';
  }
}

function literalToNTriples(term: Literal): string {
  const lexical = `"${escapeString(term.value)}"`;
  if (term.language) return `${lexical}@${term.language}`;
  if (term.datatype.value === XSD_STRING) return lexical;
  return `${lexical}^^<${escapeIri(term.datatype.value)}>`;
}

/**
 * Quads as N-Quads text, one statement per line. With `copyToDefaultGraph`, a statement in a named graph
 * is also written to the default graph, which then holds the union as a set (the RDF merge).
 */
export function quadsToNQuads(quads: Iterable<Quad>, copyToDefaultGraph = false): string {
  const lines: string[] = [];
  for (const q of quads) {
    const triple = `${termToNTriples(q.subject)} ${termToNTriples(q.predicate)} ${termToNTriples(q.object)}`;
    if (q.graph.termType === 'DefaultGraph') {
      lines.push(triple + ' .\n');
    } else {
      lines.push(`${triple} ${termToNTriples(q.graph)} .\n`);
      if (copyToDefaultGraph) lines.push(triple + ' .\n');
    }
  }
  return lines.join('');
}

/** A plain n3 term from any RDF/JS term (e.g. a WASM-backed Oxigraph term), safe to keep and to post. */
export function toN3Term(term: Term): Term {
  switch (term.termType) {
    case 'NamedNode':
      return DataFactory.namedNode(term.value);
    case 'BlankNode':
      return DataFactory.blankNode(term.value);
    case 'Literal':
      return DataFactory.literal(
        term.value,
        term.language
          ? term.language
          : term.datatype.value === RDF_LANG_STRING
            ? undefined
            : DataFactory.namedNode(term.datatype.value),
      );
    case 'DefaultGraph':
      return DataFactory.defaultGraph();
    case 'Variable':
      return DataFactory.variable(term.value);
    case 'Quad':
      return toN3Quad(term as Quad);
    default:
      throw new TypeError('unknown term type');
  }
}

export function toN3Quad(q: Quad): Quad {
  return DataFactory.quad(
    toN3Term(q.subject) as Quad['subject'],
    toN3Term(q.predicate) as Quad['predicate'],
    toN3Term(q.object) as Quad['object'],
    toN3Term(q.graph) as Quad['graph'],
  );
}
