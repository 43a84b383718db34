// Scores an ingestion against a gold standard: mention recall and precision, and recall of statement pairs.
import type { IngestResult } from './ingest';

/** What a curator says a text names and links, passage by passage (quotes are verbatim substrings of the text). */
export interface IngestGold {
  passages: {
    quote: string;
    /** Entities the passage names: what recall counts. */
    entities: string[];
    /** Entities a mention in this passage may rightly stand for (a superset of `entities`); default `entities`. */
    acceptable?: string[];
    /** Statements between two entities the passage supports, as subject and object. */
    pairs?: [string, string][];
  }[];
}

export interface IngestScore {
  goldMentions: number;
  foundMentions: number;
  proposedMentions: number;
  rightMentions: number;
  mentionRecall: number;
  mentionPrecision: number;
  goldPairs: number;
  foundPairs: number;
  pairRecall: number;
  /** Gold quotes not found verbatim in the text (should be none). */
  missingQuotes: string[];
  /** Entities not found, and mentions proposed wrongly, for reading. */
  misses: { quote: string; iri: string }[];
  wrong: { quote: string; iri: string; surface: string }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Mentions and candidates are matched to a gold passage when they lie inside its quote's span (or its sentence's). */
export function scoreIngestion(text: string, result: IngestResult, gold: IngestGold): IngestScore {
  const mentions = result.passages.flatMap((p) => p.mentions);
  let goldMentions = 0,
    foundMentions = 0,
    proposedMentions = 0,
    rightMentions = 0,
    goldPairs = 0,
    foundPairs = 0;
  const missingQuotes: string[] = [];
  const misses: IngestScore['misses'] = [];
  const wrong: IngestScore['wrong'] = [];
  for (const passage of gold.passages) {
    const start = text.indexOf(passage.quote);
    if (start < 0) {
      missingQuotes.push(passage.quote);
      continue;
    }
    const end = start + passage.quote.length;
    const inside = mentions.filter((m) => m.start >= start && m.end <= end);
    const proposed = new Map<string, string>();
    for (const m of inside) for (const iri of m.iris) if (!proposed.has(iri)) proposed.set(iri, m.surface);
    const expected = new Set(passage.entities);
    const acceptable = new Set([...(passage.acceptable ?? []), ...passage.entities]);
    goldMentions += expected.size;
    for (const iri of expected) {
      if (proposed.has(iri)) foundMentions++;
      else misses.push({ quote: passage.quote, iri });
    }
    proposedMentions += proposed.size;
    for (const [iri, surface] of proposed) {
      if (acceptable.has(iri)) rightMentions++;
      else wrong.push({ quote: passage.quote, iri, surface });
    }
    // Candidates of the sentences that overlap the passage
    const candidatePairs = new Set(
      result.passages
        .filter((p) => p.sentence.start < end && start < p.sentence.end)
        .flatMap((p) => p.candidates.flatMap((c) => [`${c.subject} ${c.object}`, `${c.object} ${c.subject}`])),
    );
    const pairs = new Set((passage.pairs ?? []).map(([s, o]) => `${s} ${o}`));
    goldPairs += pairs.size;
    for (const pair of pairs) if (candidatePairs.has(pair)) foundPairs++;
  }
  return {
    goldMentions,
    foundMentions,
    proposedMentions,
    rightMentions,
    mentionRecall: ratio(foundMentions, goldMentions),
    mentionPrecision: ratio(rightMentions, proposedMentions),
    goldPairs,
    foundPairs,
    pairRecall: ratio(foundPairs, goldPairs),
    missingQuotes,
    misses,
    wrong,
  };
}
