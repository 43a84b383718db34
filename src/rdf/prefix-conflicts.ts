// Finds prefixes that would make prefixed output ambiguous, so writers can leave them out.
import type { Quad, Term } from '@rdfjs/types';
import { Literal as N3Literal } from 'n3';

/**
 * Prefix names that are also the scheme of an IRI in the quads (`okg:` as an absolute IRI would be
 * written as, and read back as, a prefixed name); with `slashSuffix`, also prefixes whose namespace
 * is followed by `//` in some IRI (JSON-LD reads `p://x` as an absolute IRI, not a compact one).
 * Cheap on large inputs: most IRIs are ruled out by their first character.
 */
export function conflictingPrefixes(
  quads: readonly Quad[],
  prefixes: Record<string, string>,
  slashSuffix = false,
): Set<string> {
  const names = Object.keys(prefixes).filter((name) => name !== '');
  const firsts = new Set(names.map((name) => name.charCodeAt(0)));
  const conflicts = new Set<string>();
  const check = (text: string, start: number) => {
    if (firsts.has(text.charCodeAt(start))) {
      const colon = text.indexOf(':', start);
      for (const name of names) {
        if (colon - start === name.length && text.startsWith(name, start)) conflicts.add(name);
      }
    }
    if (slashSuffix) {
      const iri = start === 0 ? text : text.slice(start);
      for (const [name, ns] of Object.entries(prefixes)) {
        if (name === '') continue;
        if (iri.startsWith(ns) && iri.startsWith('//', ns.length)) conflicts.add(name);
      }
    }
  };
  const visit = (term: Term) => {
    if (term.termType === 'NamedNode') {
      check(term.value, 0);
    } else if (term.termType === 'Literal') {
      if (term instanceof N3Literal) {
        // n3 keeps `"lexical"^^datatype` as the id: read the datatype in place rather than allocating a term
        const id = term.id;
        const close = id.lastIndexOf('"');
        if (id.charCodeAt(close + 1) === 94 /* ^ */) check(id, close + 3);
      } else {
        check(term.datatype.value, 0);
      }
    }
  };
  for (const q of quads) {
    visit(q.subject);
    visit(q.predicate);
    visit(q.object);
    visit(q.graph);
  }
  return conflicts;
}

/** The prefixes without the conflicting ones. */
export function withoutConflicts(
  quads: readonly Quad[],
  prefixes: Record<string, string>,
  slashSuffix = false,
): Record<string, string> {
  const conflicts = conflictingPrefixes(quads, prefixes, slashSuffix);
  if (conflicts.size === 0) return prefixes;
  return Object.fromEntries(Object.entries(prefixes).filter(([name]) => !conflicts.has(name)));
}
