// The gold standard a curated document gives: each passage's quote, the entities its statements name, their pairs.
import type { Quad } from '@rdfjs/types';
import type { EntityKind } from '../kg/kinds';
import { DCT_IS_PART_OF, NS, OKG_QUOTE, RDF_TYPE } from '../rdf/vocab';
import type { EntityDictionary } from './dictionary';
import type { IngestGold } from './evaluate';

/**
 * Kinds a sentence names by a proper name, an acronym or an identifier. Activities, events and themes are what
 * curators write about a sentence in their own words ("ODIHR trainings and workshops in 2016"): they are not
 * counted as mentions to find (a mention of one is still right).
 */
const NAMED_KINDS = new Set<EntityKind>([
  'body',
  'partner',
  'country',
  'region',
  'decision',
  'framework',
  'publication',
  'goal',
  'target',
]);

/** Gold from the curated graph: the passages of `documentIri` and the statements in their named graphs. */
export function curatedGold(
  quads: readonly Quad[],
  documentIri: string,
  dictionary: EntityDictionary,
  options: { strict?: boolean } = {},
): IngestGold {
  const kindOf = dictionary.kindOf;
  const namesOf = new Map<string, string[]>();
  for (const name of dictionary.names)
    namesOf.set(name.iri, [...(namesOf.get(name.iri) ?? []), name.surface.toLowerCase()]);
  for (const [notation, iri] of dictionary.byNotation)
    namesOf.set(iri, [...(namesOf.get(iri) ?? []), `sdg ${notation}`, `goal ${notation}`, `target ${notation}`]);
  // A deliberately naive reading of "the passage names it", independent of the ingester's rules
  const named = (iri: string, quote: string) =>
    options.strict || (namesOf.get(iri) ?? []).some((n) => quote.toLowerCase().includes(n));
  const quoteOf = new Map<string, string>();
  const passages = new Set<string>();
  for (const q of quads)
    if (q.predicate.value === DCT_IS_PART_OF && q.object.value === documentIri) passages.add(q.subject.value);
  for (const q of quads)
    if (q.predicate.value === OKG_QUOTE && passages.has(q.subject.value)) quoteOf.set(q.subject.value, q.object.value);
  // A curation graph that reads a passage (prov:wasDerivedFrom: an SDG target read from a B-item heading) names
  // entities the passage's text suggests: finding them is acceptable, though they are not the source's gold.
  const readBy = new Map<string, string[]>();
  for (const q of quads) {
    if (q.predicate.value === NS.prov + 'wasDerivedFrom' && quoteOf.has(q.object.value)) {
      readBy.set(q.subject.value, [...(readBy.get(q.subject.value) ?? []), q.object.value]);
    }
  }
  const curatedOf = new Map<string, Set<string>>();
  for (const q of quads) {
    const read = readBy.get(q.graph.value);
    if (!read || q.predicate.value === RDF_TYPE) continue;
    for (const passage of read) {
      const set = curatedOf.get(passage) ?? new Set<string>();
      curatedOf.set(passage, set);
      for (const t of [q.subject, q.object]) if (t.termType === 'NamedNode' && kindOf.has(t.value)) set.add(t.value);
    }
  }
  const entitiesOf = new Map<string, Set<string>>();
  const pairsOf = new Map<string, Map<string, [string, string]>>();
  for (const q of quads) {
    const g = q.graph.value;
    if (!quoteOf.has(g) || q.predicate.value === RDF_TYPE) continue;
    const set = entitiesOf.get(g) ?? new Set<string>();
    entitiesOf.set(g, set);
    const s = kindOf.has(q.subject.value) ? q.subject.value : undefined;
    const o = q.object.termType === 'NamedNode' && kindOf.has(q.object.value) ? q.object.value : undefined;
    if (s) set.add(s);
    if (o) set.add(o);
    if (s && o && s !== o) {
      const pairs = pairsOf.get(g) ?? new Map<string, [string, string]>();
      pairs.set(`${s} ${o}`, [s, o]);
      pairsOf.set(g, pairs);
    }
  }
  return {
    passages: [...quoteOf]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([passage, quote]) => {
        const all = [...(entitiesOf.get(passage) ?? [])].sort();
        const entities = all.filter((iri) => NAMED_KINDS.has(kindOf.get(iri) ?? 'other') && named(iri, quote));
        const pairs = [...(pairsOf.get(passage) ?? new Map<string, [string, string]>()).values()].filter(
          ([s, o]) => options.strict || (named(s, quote) && named(o, quote)),
        );
        const acceptable = [...new Set([...all, ...(curatedOf.get(passage) ?? [])])].sort();
        return { quote, entities, acceptable, pairs };
      }),
  };
}
