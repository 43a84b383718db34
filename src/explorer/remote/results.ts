// Remote mode (pure): an endpoint's answers read into quads (neighbourhood pages, descriptions) and search suggestions.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { kindOfTypes } from '../../kg/kinds';
import { OKG_PASSAGE, OKG_QUOTE, RDF_TYPE, RDFS_LABEL } from '../../rdf/vocab';
import { localName } from '../../kg/labels';
import type { QueryResult } from '../../query/engine';
import { normalizeText, type Suggestion } from '../core/search/search-index';
import { NEIGHBOUR_PAGE, SEARCH_PREDICATES } from './queries';

export interface NeighbourPage {
  quads: Quad[];
  /** IRIs of the neighbours on this page. */
  neighbours: string[];
  /** Rows of the answer this page used: the offset of the next page moves by this much. */
  rows: number;
  /** True when the endpoint has more neighbours after this page. */
  more: boolean;
}

/** Reads a neighbourhoodQuery answer into quads (default graph: the endpoint's provenance is not fetched). */
export function neighbourPage(iri: string, result: QueryResult, page = NEIGHBOUR_PAGE): NeighbourPage {
  if (result.kind !== 'bindings') return { quads: [], neighbours: [], rows: 0, more: false };
  const center = DataFactory.namedNode(iri);
  const quads: Quad[] = [];
  const neighbours = new Set<string>();
  for (const row of result.rows.slice(0, page)) {
    const { dir, p, n } = row;
    if (!p || !n || p.termType !== 'NamedNode' || n.termType !== 'NamedNode') continue;
    const other = DataFactory.namedNode(n.value);
    const predicate = DataFactory.namedNode(p.value);
    quads.push(
      dir?.value === 'in' ? DataFactory.quad(other, predicate, center) : DataFactory.quad(center, predicate, other),
    );
    neighbours.add(n.value);
  }
  return {
    quads,
    neighbours: [...neighbours].sort(),
    rows: Math.min(result.rows.length, page),
    more: result.rows.length > page,
  };
}

/** Reads a describeQuery answer into quads. */
export function describedQuads(result: QueryResult): Quad[] {
  if (result.kind !== 'bindings') return [];
  const quads: Quad[] = [];
  for (const { s, p, o } of result.rows) {
    if (!s || !p || !o || s.termType !== 'NamedNode' || p.termType !== 'NamedNode') continue;
    if (o.termType !== 'Literal' && o.termType !== 'NamedNode') continue;
    const object =
      o.termType === 'Literal'
        ? DataFactory.literal(o.value, o.language || DataFactory.namedNode(o.datatype.value))
        : DataFactory.namedNode(o.value);
    quads.push(DataFactory.quad(DataFactory.namedNode(s.value), DataFactory.namedNode(p.value), object));
  }
  return quads;
}

/**
 * Reads a provenanceQuery answer: each statement again in the named graph of its passage, and the passage
 * typed and quoted (in the default graph), so Details shows the quote behind each link as with local data.
 */
export function provenanceQuads(result: QueryResult): Quad[] {
  if (result.kind !== 'bindings') return [];
  const quads: Quad[] = [];
  const passages = new Set<string>();
  for (const { s, p, o, g, quote } of result.rows) {
    if (
      s?.termType !== 'NamedNode' ||
      p?.termType !== 'NamedNode' ||
      o?.termType !== 'NamedNode' ||
      g?.termType !== 'NamedNode'
    )
      continue;
    if (quote?.termType !== 'Literal') continue;
    const passage = DataFactory.namedNode(g.value);
    quads.push(
      DataFactory.quad(
        DataFactory.namedNode(s.value),
        DataFactory.namedNode(p.value),
        DataFactory.namedNode(o.value),
        passage,
      ),
    );
    if (passages.has(g.value)) continue;
    passages.add(g.value);
    quads.push(DataFactory.quad(passage, DataFactory.namedNode(RDF_TYPE), DataFactory.namedNode(OKG_PASSAGE)));
    quads.push(
      DataFactory.quad(
        passage,
        DataFactory.namedNode(OKG_QUOTE),
        DataFactory.literal(quote.value, quote.language || DataFactory.namedNode(quote.datatype.value)),
      ),
    );
  }
  return quads;
}

/** 0 exact, 1 prefix, 2 prefix of a later word, 3 anywhere (as the local search ranks). */
function matchRank(norm: string, query: string): number {
  if (norm === query) return 0;
  const at = norm.indexOf(query);
  if (at === 0) return 1;
  return at > 0 && /[\s/(\-–,.:;"'’]/.test(norm.charAt(at - 1)) ? 2 : 3;
}

/** As pickLabel: rdfs:label before skos:prefLabel, English before untagged before other languages. */
function labelRank(language: string, predicate: string | undefined): number {
  const byLanguage = language === 'en' || language.startsWith('en-') ? 0 : language === '' ? 1 : 2;
  return byLanguage * 2 + (predicate === RDFS_LABEL ? 0 : 1);
}

interface Candidate {
  key: string;
  rank: number;
  matched: string;
  field: Suggestion['field'];
  label: { value: string; rank: number } | null;
  types: Set<string>;
}

/**
 * Groups a searchQuery answer by resource into at most `limit` suggestions, best match first (exact, prefix,
 * word prefix, anywhere; then shorter match, then label), each with its English label and its kind.
 */
export function searchSuggestions(text: string, result: QueryResult, limit: number): Suggestion[] {
  if (result.kind !== 'bindings') return [];
  const query = normalizeText(text);
  const byKey = new Map<string, Candidate>();
  for (const { s, p, m, lp, label, type } of result.rows) {
    if (!s || s.termType !== 'NamedNode' || !p || !m || m.termType !== 'Literal') continue;
    let c = byKey.get(s.value);
    const rank = matchRank(normalizeText(m.value), query);
    const field = SEARCH_PREDICATES[p.value] ?? 'label';
    if (!c) {
      c = { key: s.value, rank, matched: m.value, field, label: null, types: new Set() };
      byKey.set(s.value, c);
    } else if (rank < c.rank || (rank === c.rank && m.value.length < c.matched.length)) {
      Object.assign(c, { rank, matched: m.value, field });
    }
    if (label?.termType === 'Literal') {
      const r = labelRank(label.language, lp?.value);
      if (!c.label || r < c.label.rank || (r === c.label.rank && label.value < c.label.value))
        c.label = { value: label.value, rank: r };
    }
    if (type?.termType === 'NamedNode') c.types.add(type.value);
  }
  return [...byKey.values()]
    .map((c) => {
      const label = c.label?.value ?? (c.field === 'label' ? c.matched : localName(c.key));
      return {
        c,
        suggestion: {
          key: c.key,
          label,
          kind: kindOfTypes(c.types),
          matched: c.matched === label ? null : c.matched,
          field: c.field,
        },
      };
    })
    .sort(
      (a, b) =>
        a.c.rank - b.c.rank ||
        a.c.matched.length - b.c.matched.length ||
        a.suggestion.label.localeCompare(b.suggestion.label) ||
        (a.c.key < b.c.key ? -1 : 1),
    )
    .slice(0, limit)
    .map((x) => x.suggestion);
}
