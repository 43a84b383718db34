// Search over labels, acronyms, identifiers and notations: exact identifier hits first, then MiniSearch's word search.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { KgGraph } from '../../../kg/to-graph';
import { queryTerms, searchTerm, stripSdgWords } from './search-terms';

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
  /** The best `limit` matches; without a limit, every match (ranked). */
  search(query: string, limit?: number): Suggestion[];
}

/** Lower case, accents and other combining marks dropped, whitespace collapsed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const FIELDS = ['label', 'altLabel', 'identifier', 'notation'] as const;
const WORDS_IN_CHUNKS_ABOVE = 5000;

/** 0: the query is a whole term ("ILO", "10.7"); 1: it starts an identifier or notation ("mc.dec/3"); else -1. */
function exactRank(entry: Entry, q: string): { rank: number; term: IndexedTerm } | null {
  let best: { rank: number; term: IndexedTerm } | null = null;
  for (const term of entry.terms) {
    const rank = term.norm === q ? 0 : term.field !== 'label' && q.length >= 2 && term.norm.startsWith(q) ? 1 : -1;
    if (rank >= 0 && (best === null || rank < best.rank)) best = { rank, term };
  }
  return best;
}

function suggestion(entry: Entry, term: IndexedTerm | undefined): Suggestion {
  const field = term?.field ?? 'label';
  return {
    key: entry.key,
    label: entry.label,
    kind: entry.kind,
    matched: field === 'label' ? null : (term?.text ?? null),
    field,
  };
}

/** The term a word search matched in: the label when it did, else the first other field's term. */
function matchedTerm(entry: Entry, result: SearchResult): IndexedTerm | undefined {
  const fields = new Set(Object.values(result.match).flat());
  if (fields.has('label')) return undefined;
  return entry.terms.find((t) => fields.has(t.field));
}

function entriesOf(graph: KgGraph): Entry[] {
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
  return entries;
}

function wordIndex(entries: Entry[]): MiniSearch<Entry> {
  const words = new MiniSearch<Entry>({
    idField: 'key',
    fields: [...FIELDS],
    extractField: (entry, field) =>
      field === 'key'
        ? entry.key
        : entry.terms
            .filter((t) => t.field === field)
            .map((t) => t.text)
            .join(' \n '),
    // Words split at symbols as well as spaces and punctuation, so "<b>EVIL</b>" or "A+B" hold the words "evil", "a".
    tokenize: (text) => text.split(/[\n\r\p{Z}\p{P}\p{S}]+/u),
    processTerm: searchTerm,
    searchOptions: {
      processTerm: queryTerms,
      combineWith: 'AND',
      prefix: true,
      // Light fuzziness: one typo in a word of 5 letters or more ("migraton"), none in acronyms.
      fuzzy: (term) => (term.length >= 5 ? 1 : false),
      boost: { altLabel: 2, identifier: 2, notation: 2 },
    },
  });
  // A big graph's words are indexed in chunks between tasks (50,000 labels take seconds): until then, exact terms and
  // the words indexed so far answer.
  if (entries.length > WORDS_IN_CHUNKS_ABOVE) void words.addAllAsync(entries, { chunkSize: 1000 });
  else words.addAll(entries);
  return words;
}

export function buildSearchIndex(graph: KgGraph): SearchIndex {
  const entries = entriesOf(graph);
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const words = wordIndex(entries);
  return {
    size: entries.length,
    search(query, limit = Infinity) {
      const q = normalizeText(stripSdgWords(query));
      if (q === '') return [];
      const exact = entries.flatMap((entry) => {
        const hit = exactRank(entry, q);
        return hit ? [{ entry, ...hit }] : [];
      });
      exact.sort(
        (a, b) => a.rank - b.rank || b.entry.degree - a.entry.degree || a.entry.label.localeCompare(b.entry.label),
      );
      const seen = new Set(exact.map((h) => h.entry.key));
      const found = exact.map((h) => suggestion(h.entry, h.term));
      for (const result of words.search(q)) {
        const entry = byKey.get(String(result.id));
        if (!entry || seen.has(entry.key)) continue;
        seen.add(entry.key);
        found.push(suggestion(entry, matchedTerm(entry, result)));
      }
      return found.slice(0, limit);
    },
  };
}
