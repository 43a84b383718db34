// Readable names of predicates: the ontology's rdfs:label when the dataset has one, else the local name in words.
import type { Quad } from '@rdfjs/types';
import { localName } from '../../../kg/labels';
import { RDFS_LABEL } from '../../../rdf/vocab';

/** rdfs:label of every resource that has one (English or untagged preferred), by IRI. */
export function rdfsLabels(quads: readonly Quad[]): Map<string, string> {
  const best = new Map<string, { value: string; rank: number }>();
  for (const q of quads) {
    if (q.predicate.value !== RDFS_LABEL || q.object.termType !== 'Literal' || q.subject.termType !== 'NamedNode') continue;
    const lang = q.object.language.toLowerCase();
    const rank = lang === 'en' || lang.startsWith('en-') ? 0 : lang === '' ? 1 : 2;
    const seen = best.get(q.subject.value);
    // Lowest rank wins; ties go to the smallest value so the choice never depends on quad order.
    if (!seen || rank < seen.rank || (rank === seen.rank && q.object.value < seen.value)) {
      best.set(q.subject.value, { value: q.object.value, rank });
    }
  }
  return new Map([...best].map(([iri, { value }]) => [iri, value]));
}

/** "partnersWith" -> "partners with", "subOrganizationOf" -> "sub organization of", "has_part" -> "has part". */
export function readableLocalName(iri: string): string {
  const local = localName(iri);
  const words = local
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim();
  if (words === '') return local;
  // Lower-case words that were camel-case humps; keep acronyms (two or more capitals) as they are.
  return words
    .split(/\s+/)
    .map((w) => (/^[A-Z][a-z]/.test(w) ? w.toLowerCase() : w))
    .join(' ');
}

export function predicateLabel(iri: string, labels: ReadonlyMap<string, string>): string {
  return labels.get(iri) ?? readableLocalName(iri);
}
