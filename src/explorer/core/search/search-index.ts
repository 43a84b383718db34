// Search over labels, acronyms (altLabels) and identifiers/notations: a flat index ranked by how well a term matches.
import type { KgGraph } from '../../../kg/to-graph';

export type MatchField = 'label' | 'altLabel' | 'identifier' | 'notation';

interface IndexedTerm {
  text: string;
  norm: string;
  field: MatchField;
}

interface Entry {
  key: string;
  label: string;
  kind: string;
  degree: number;
  terms: IndexedTerm[];
}

export interface Suggestion {
  key: string;
  label: string;
  kind: string;
  /** The term that matched, when it is not the label ("ODIHR", "MC.DEC/3/16"). */
  matched: string | null;
  field: MatchField;
}

export interface SearchIndex {
  size: number;
  search(query: string, limit: number): Suggestion[];
}

/** Lower case, accents and other combining marks dropped, whitespace collapsed. */
export function normalizeText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** 0 exact, 1 prefix, 2 prefix of a later word, 3 anywhere; -1 no match. */
function matchRank(norm: string, query: string): number {
  if (norm === query) return 0;
  const at = norm.indexOf(query);
  if (at < 0) return -1;
  if (at === 0) return 1;
  return /[\s/(\-–,.:;"'’]/.test(norm[at - 1]) ? 2 : 3;
}

export function buildSearchIndex(graph: KgGraph): SearchIndex {
  const entries: Entry[] = [];
  graph.forEachNode((key, attrs) => {
    const terms: IndexedTerm[] = [];
    const add = (text: string, field: MatchField): void => {
      const norm = normalizeText(text);
      if (norm !== '' && !terms.some((t) => t.norm === norm)) terms.push({ text, norm, field });
    };
    add(attrs.label, 'label');
    for (const t of attrs.altLabels) add(t, 'altLabel');
    for (const t of attrs.identifiers) add(t, 'identifier');
    for (const t of attrs.notations) add(t, 'notation');
    entries.push({ key, label: attrs.label, kind: attrs.kind, degree: graph.degree(key), terms });
  });
  return {
    size: entries.length,
    search(query, limit) {
      const q = normalizeText(query);
      if (q === '') return [];
      const hits: { entry: Entry; rank: number; term: IndexedTerm }[] = [];
      for (const entry of entries) {
        let best: { rank: number; term: IndexedTerm } | null = null;
        for (const term of entry.terms) {
          const rank = matchRank(term.norm, q);
          if (rank >= 0 && (best === null || rank < best.rank)) best = { rank, term };
        }
        if (best) hits.push({ entry, ...best });
      }
      hits.sort((a, b) => a.rank - b.rank || b.entry.degree - a.entry.degree
        || a.entry.label.localeCompare(b.entry.label) || (a.entry.key < b.entry.key ? -1 : 1));
      return hits.slice(0, limit).map(({ entry, term }) => ({
        key: entry.key,
        label: entry.label,
        kind: entry.kind,
        matched: term.field === 'label' ? null : term.text,
        field: term.field,
      }));
    },
  };
}
