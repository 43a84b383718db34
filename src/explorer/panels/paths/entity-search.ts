// Autocomplete over entities (pure): labels, acronyms, identifiers and SDG notations, best matches first.
import type { KgGraph } from '../../../kg/to-graph';

export interface EntityEntry {
  key: string;
  label: string;
  kind: string;
  /** Every name the entity answers to, lower-cased. */
  names: string[];
  /** The name shown next to the label when it matched instead of the label ("ODIHR"). */
  alsoKnownAs: string[];
}

export interface EntityMatch {
  key: string;
  label: string;
  kind: string;
  /** The name that matched when it is not the label. */
  matched?: string;
}

export function buildEntityIndex(graph: KgGraph): EntityEntry[] {
  const entries: EntityEntry[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'passage' || attrs.kind === 'source') return;
    const aliases = [...attrs.altLabels, ...attrs.identifiers, ...attrs.notations].filter((n) => n !== attrs.label);
    entries.push({
      key,
      label: attrs.label,
      kind: attrs.kind,
      names: [attrs.label, ...aliases].map((n) => n.toLowerCase()),
      alsoKnownAs: aliases,
    });
  });
  return entries.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** 0 exact, 1 prefix, 2 prefix of a word, 3 anywhere; undefined when no name matches. */
function rank(name: string, query: string): number | undefined {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  const at = name.indexOf(query);
  if (at < 0) return undefined;
  return /[\s/(-]/.test(name.charAt(at - 1)) ? 2 : 3;
}

export function searchEntities(index: readonly EntityEntry[], query: string, limit = 12): EntityMatch[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const scored: { entry: EntityEntry; score: number; name: number }[] = [];
  for (const entry of index) {
    let best: { score: number; name: number } | undefined;
    entry.names.forEach((name, i) => {
      const r = rank(name, q);
      if (r !== undefined && (!best || r < best.score)) best = { score: r, name: i };
    });
    if (best) scored.push({ entry, ...best });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score || a.entry.label.length - b.entry.label.length || (a.entry.label < b.entry.label ? -1 : 1),
  );
  return scored.slice(0, limit).map(({ entry, name }) => {
    const match: EntityMatch = { key: entry.key, label: entry.label, kind: entry.kind };
    if (name > 0) match.matched = entry.alsoKnownAs[name - 1];
    return match;
  });
}

/** The entity a typed text names exactly (label, acronym or identifier), if exactly one does. */
export function resolveEntity(index: readonly EntityEntry[], text: string): string | undefined {
  const q = text.trim().toLowerCase();
  const exact = index.filter((e) => e.names.includes(q));
  return exact.length === 1 ? exact[0]?.key : undefined;
}
