// A fast JSON-LD 1.1 writer for small descriptions: node objects grouped by subject, named graphs kept (`@graph`).
import type { Quad, Term } from '@rdfjs/types';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';
/** A local name that a `prefix:local` key may carry without ever reading as something else. */
const PLAIN_LOCAL = /^[A-Za-z_][A-Za-z0-9_-]*$/;

type JsonValue = { '@id': string } | { '@value': string; '@language'?: string; '@type'?: string };
type NodeObject = Record<string, string | JsonValue[]>;

function idOf(term: Term): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
}

function valueOf(term: Term): JsonValue {
  if (term.termType !== 'Literal') return { '@id': idOf(term) };
  if (term.language) return { '@value': term.value, '@language': term.language };
  const type = term.datatype.value;
  return type === XSD_STRING || type === RDF_LANG_STRING
    ? { '@value': term.value }
    : { '@value': term.value, '@type': type };
}

/** Compacts a predicate IRI with the prefixes when the result cannot be misread; the full IRI otherwise. */
function compactKey(iri: string, prefixes: readonly [string, string][]): string {
  for (const [prefix, ns] of prefixes) {
    if (iri.startsWith(ns) && PLAIN_LOCAL.test(iri.slice(ns.length))) return `${prefix}:${iri.slice(ns.length)}`;
  }
  return iri;
}

function nodesOf(quads: readonly Quad[], prefixes: readonly [string, string][]): NodeObject[] {
  const nodes = new Map<string, NodeObject>();
  for (const q of quads) {
    const id = idOf(q.subject);
    let node = nodes.get(id);
    if (!node) nodes.set(id, (node = { '@id': id }));
    // rdf:type stays an ordinary property (not `@type`), so every IRI is written the same way.
    const key = compactKey(q.predicate.value, prefixes);
    const list = (node[key] ??= []) as JsonValue[];
    list.push(valueOf(q.object));
  }
  return [...nodes.values()];
}

/**
 * Writes quads as a JSON-LD document whose context holds only prefixes. Named graphs become `{"@id": g, "@graph": …}`
 * objects so provenance survives; any JSON-LD 1.1 processor reads back exactly the same quads.
 */
export function writeJsonLd(quads: readonly Quad[], prefixes: Readonly<Record<string, string>>): string {
  const usable = Object.entries(prefixes)
    .filter(([p]) => PLAIN_LOCAL.test(p))
    .sort((a, b) => b[1].length - a[1].length);
  const context = Object.fromEntries(usable);
  const byGraph = new Map<string, Quad[]>();
  const defaults: Quad[] = [];
  for (const q of quads) {
    if (q.graph.termType === 'DefaultGraph') defaults.push(q);
    else {
      const g = idOf(q.graph);
      const list = byGraph.get(g);
      if (list) list.push(q);
      else byGraph.set(g, [q]);
    }
  }
  const top = nodesOf(defaults, usable);
  const byId = new Map(top.map((n) => [n['@id'] as string, n]));
  for (const [g, inGraph] of byGraph) {
    const graphNodes = nodesOf(inGraph, usable);
    const holder = byId.get(g);
    if (holder) (holder as Record<string, unknown>)['@graph'] = graphNodes;
    else top.push({ '@id': g, '@graph': graphNodes } as unknown as NodeObject);
  }
  return `${JSON.stringify({ '@context': context, '@graph': top }, null, 2)}\n`;
}
