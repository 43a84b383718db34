// Labels the explorer shows: of properties (one function for every panel) and short node labels for the canvas.
import type { Quad } from '@rdfjs/types';
import { localName } from '../../../kg/labels';
import { RDFS_LABEL } from '../../../rdf/vocab';

/** rdfs:label of every resource that has one (English or untagged preferred), by IRI. */
export function rdfsLabels(quads: readonly Quad[]): Map<string, string> {
  const best = new Map<string, { value: string; rank: number }>();
  for (const q of quads) {
    if (q.predicate.value !== RDFS_LABEL || q.object.termType !== 'Literal' || q.subject.termType !== 'NamedNode')
      continue;
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

/**
 * The one label of a property, wherever the explorer shows one (edges, filters, Details, paths, query results): its
 * label in the data when known, else its local name in words ("hasURL" -> "has URL").
 */
export function predicateLabel(iri: string, labels?: ReadonlyMap<string, string>): string {
  const known = labels?.get(iri);
  return known !== undefined && known !== '' ? known : readableLocalName(iri);
}

/** Short label for the canvas, so neighbouring labels do not run into each other. */
export function shortLabel(label: string, altLabels: readonly string[], max = 30): string {
  if (label.length <= max) return label;
  const acronym = [...altLabels]
    .filter((a) => a.length <= 16)
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
  if (acronym) return acronym;
  const cut = label.lastIndexOf(' ', max - 1);
  return label.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:.–-]+$/, '') + '…';
}
