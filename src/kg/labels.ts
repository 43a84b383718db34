// Display labels: the best human-readable name of a resource, and the local name of an IRI as the last resort.
import { RDFS_LABEL, SKOS_PREF_LABEL } from '../rdf/vocab';

export interface LiteralValue {
  value: string;
  /** Language tag in lower case, '' when none. */
  language: string;
  /** Datatype IRI (rdf:langString for tagged strings). */
  datatype: string;
}

/**
 * The local name of an IRI: after the last '#', '/' or ':'; percent-escapes decoded when valid.
 * Blank node keys (`_:b0`) are returned as they are.
 */
export function localName(iri: string): string {
  if (iri.startsWith('_:')) return iri;
  const trimmed = iri.replace(/[#/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('#'), trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':'));
  const local = cut >= 0 ? trimmed.slice(cut + 1) : trimmed;
  if (local === '') return iri;
  try {
    return decodeURIComponent(local);
  } catch {
    return local;
  }
}

function isEnglish(language: string): boolean {
  return language === 'en' || language.startsWith('en-');
}

/** Smallest value in code-point order, so the choice never depends on the order of the input. */
function first(values: LiteralValue[]): string | undefined {
  let best: string | undefined;
  for (const v of values) if (best === undefined || v.value < best) best = v.value;
  return best;
}

/**
 * Picks the label: rdfs:label@en, then skos:prefLabel@en, then an untagged rdfs:label or
 * skos:prefLabel, then one in any language, then the local name of the IRI.
 */
export function pickLabel(iri: string, literals: Readonly<Record<string, LiteralValue[]>>): string {
  const labels = literals[RDFS_LABEL] ?? [];
  const prefLabels = literals[SKOS_PREF_LABEL] ?? [];
  const candidates = [
    labels.filter((l) => isEnglish(l.language)),
    prefLabels.filter((l) => isEnglish(l.language)),
    labels.filter((l) => l.language === ''),
    prefLabels.filter((l) => l.language === ''),
    labels,
    prefLabels,
  ];
  for (const group of candidates) {
    const label = first(group);
    if (label !== undefined && label.trim() !== '') return label;
  }
  return localName(iri);
}
