// What the reader shows of a source document: its sentences, the statements each supports, and the entities it names.
import type { Quad } from '@rdfjs/types';
import { buildDictionary } from '../../../ingest/dictionary';
import { mentionFinder } from '../../../ingest/mentions';
import { splitSentences } from '../../../ingest/sentences';
import { DCT_IS_PART_OF, NS, OKG_QUOTE, RDF_TYPE } from '../../../rdf/vocab';
import { locateQuote } from '../../core/data/provenance';

/** Names and bookkeeping, not statements a reader checks against the sentence. */
const HIDDEN_PREDICATES = new Set([
  RDF_TYPE,
  NS.rdfs + 'label',
  NS.skos + 'prefLabel',
  NS.skos + 'altLabel',
  NS.skos + 'inScheme',
  NS.skos + 'notation',
]);

export interface ReaderStatement {
  subject: string;
  predicate: string;
  object: string;
  /** For a literal object: its text (the object is then not an IRI). */
  literal?: string;
}

export interface ReaderSentence {
  index: number;
  start: number;
  end: number;
  /** Curated passages that overlap the sentence. */
  passages: string[];
  statements: ReaderStatement[];
  /** Entities its statements involve or it names (for "scroll to the sentence of the selected node"). */
  entities: Set<string>;
}

export interface ReaderMention {
  start: number;
  end: number;
  iri: string;
  sentence: number;
}

export interface ReaderModel {
  text: string;
  sentences: ReaderSentence[];
  mentions: ReaderMention[];
}

/**
 * The model of one document; `isNode(iri)` keeps only mentions of entities drawn on the graph (so a click selects one).
 */
export function buildReaderModel(
  quads: readonly Quad[],
  documentIri: string,
  text: string,
  isNode: (iri: string) => boolean,
): ReaderModel {
  const passages = new Set<string>();
  for (const q of quads)
    if (q.predicate.value === DCT_IS_PART_OF && q.object.value === documentIri) passages.add(q.subject.value);
  const spans = new Map<string, { start: number; end: number }>();
  for (const q of quads) {
    if (q.predicate.value !== OKG_QUOTE || !passages.has(q.subject.value) || spans.has(q.subject.value)) continue;
    const at = locateQuote(text, q.object.value);
    if (at) spans.set(q.subject.value, at);
  }
  const statementsOf = new Map<string, ReaderStatement[]>();
  for (const q of quads) {
    if (!spans.has(q.graph.value) || HIDDEN_PREDICATES.has(q.predicate.value)) continue;
    const list = statementsOf.get(q.graph.value) ?? [];
    list.push(
      q.object.termType === 'Literal'
        ? { subject: q.subject.value, predicate: q.predicate.value, object: '', literal: q.object.value }
        : { subject: q.subject.value, predicate: q.predicate.value, object: q.object.value },
    );
    statementsOf.set(q.graph.value, list);
  }
  const sentences: ReaderSentence[] = splitSentences(text).map((s, index) => {
    const overlapping = [...spans]
      .filter(([, at]) => at.start < s.end && s.start < at.end)
      .map(([p]) => p)
      .sort();
    const statements = dedupe(overlapping.flatMap((p) => statementsOf.get(p) ?? []));
    const entities = new Set<string>();
    for (const st of statements) {
      entities.add(st.subject);
      if (!st.literal) entities.add(st.object);
    }
    return { index, start: s.start, end: s.end, passages: overlapping, statements, entities };
  });
  const mentions: ReaderMention[] = [];
  const found = mentionFinder(buildDictionary(quads))
    .find(text)
    .filter((m) => !m.nested && !m.isNew);
  let cursor = 0;
  for (const m of found) {
    while (cursor < sentences.length && (sentences[cursor]?.end ?? Infinity) <= m.start) cursor++;
    const sentence = sentences[cursor];
    if (!sentence || m.start < sentence.start || m.end > sentence.end) continue;
    const iri = m.iris.find(isNode);
    if (!iri) continue;
    mentions.push({ start: m.start, end: m.end, iri, sentence: sentence.index });
    sentence.entities.add(iri);
  }
  return { text, sentences, mentions };
}

function dedupe(statements: ReaderStatement[]): ReaderStatement[] {
  const seen = new Set<string>();
  return statements.filter((s) => {
    const key = `${s.subject} ${s.predicate} ${s.object} ${s.literal ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The source documents of the data that have a text, sorted by IRI. */
export function readableDocuments(quads: readonly Quad[], hasText: (iri: string) => boolean): string[] {
  const docs = new Set<string>();
  for (const q of quads)
    if (q.predicate.value === RDF_TYPE && q.object.value.endsWith('#SourceDocument') && hasText(q.subject.value))
      docs.add(q.subject.value);
  return [...docs].sort();
}
