// schema.org JSON-LD for an entity page, so that search engines know what the page is about.
import { kindOfTypes, type EntityKind } from '../kg/kinds';
import { safeExternalHref } from '../kg/safe-links';
import { DCT_DATE, DCT_IDENTIFIER, NS, RDFS_COMMENT, SKOS_ALT_LABEL, SKOS_NOTATION } from '../rdf/vocab';
import type { DatasetIndex } from './dataset-index';

const SCHEMA_TYPE: Readonly<Record<EntityKind, string>> = {
  body: 'Organization',
  partner: 'Organization',
  country: 'Country',
  region: 'Place',
  decision: 'Legislation',
  framework: 'Legislation',
  activity: 'CreativeWork',
  event: 'Event',
  publication: 'CreativeWork',
  theme: 'DefinedTerm',
  goal: 'DefinedTerm',
  target: 'DefinedTerm',
  post: 'Thing',
  city: 'City',
  agent: 'Thing',
  passage: 'Quotation',
  source: 'CreativeWork',
  other: 'Thing',
};

const SAME_AS = new Set([NS.owl + 'sameAs', NS.rdfs + 'seeAlso', NS.skos + 'exactMatch']);

/** `{ "@context": "https://schema.org", "@type": …, name, alternateName, description, identifier, sameAs, url }`. */
export function schemaOrgDescription(index: DatasetIndex, iri: string, pageUrl?: string): Record<string, unknown> {
  const values = (predicate: string): string[] =>
    [
      ...new Set(
        (index.bySubject.get(iri) ?? [])
          .filter((q) => q.predicate.value === predicate && q.object.termType === 'Literal')
          .map((q) => q.object.value),
      ),
    ].sort();
  const sameAs = [
    ...new Set(
      (index.bySubject.get(iri) ?? [])
        .filter((q) => SAME_AS.has(q.predicate.value) && q.object.termType === 'NamedNode')
        .map((q) => safeExternalHref(q.object.value))
        .filter((h): h is string => h !== null),
    ),
  ].sort();
  const type = SCHEMA_TYPE[kindOfTypes(index.types(iri))];
  const description: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': type,
    '@id': iri,
    name: index.label(iri),
  };
  const alternateName = values(SKOS_ALT_LABEL);
  if (alternateName.length) description.alternateName = alternateName;
  const comment = values(RDFS_COMMENT)[0];
  if (comment) description.description = comment;
  const identifier = [...values(DCT_IDENTIFIER), ...values(SKOS_NOTATION)];
  if (identifier.length) description.identifier = identifier;
  const date = values(DCT_DATE)[0];
  if (date && type === 'Event') description.startDate = date;
  else if (date && ['CreativeWork', 'Legislation', 'Quotation'].includes(type)) description.dateCreated = date;
  if (sameAs.length) description.sameAs = sameAs;
  if (pageUrl) description.url = pageUrl;
  return description;
}
