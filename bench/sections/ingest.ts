// Bench section: `osce-kg ingest` scored against the curated graph (the bundled document as if new) and a hand-made
// gold.
import { readFile } from 'node:fs/promises';
import type { Quad } from '@rdfjs/types';
import { curatedGold } from '../../src/ingest/curated-gold';
import { buildDictionary } from '../../src/ingest/dictionary';
import { scoreIngestion, type IngestGold } from '../../src/ingest/evaluate';
import { readGoldJson } from '../../src/ingest/gold-file';
import { ingestText } from '../../src/ingest/ingest';
import { loadBundledData } from '../../src/node/bundled';
import { DCT_IS_PART_OF, ID, OKG_QUOTE } from '../../src/rdf/vocab';
import type { BenchContext } from '../lib/context';
import { ms } from '../lib/report';

const BUNDLED = { file: 'graph-data/sources/osce-un-migration-2017.txt', iri: `${ID}source-osce-un-migration-2017` };
const TEST_DOC = {
  file: 'tests/fixtures/ingest/border-trafficking-2018.md',
  gold: 'tests/fixtures/ingest/border-trafficking-2018.gold.json',
};

/** The graph as if the document were new: its passages' descriptions (quotes) and its own description removed. */
function withoutDocument(quads: readonly Quad[], documentIri: string): Quad[] {
  const passages = new Set(
    quads
      .filter((q) => q.predicate.value === DCT_IS_PART_OF && q.object.value === documentIri)
      .map((q) => q.subject.value),
  );
  return quads.filter(
    (q) =>
      !(q.graph.termType === 'DefaultGraph' && (passages.has(q.subject.value) || q.subject.value === documentIri)) &&
      q.predicate.value !== OKG_QUOTE,
  );
}

export async function benchIngest(context: BenchContext): Promise<void> {
  const section = context.report.section('ingest: mentions and candidate statements against a gold standard', [
    'document',
    'sentences',
    'mention recall',
    'mention precision',
    'pair recall',
    'candidates',
    'time',
  ]);
  const curated = await loadBundledData();
  const graph = withoutDocument(curated, BUNDLED.iri);
  const dictionary = buildDictionary(graph);
  const run = async (name: string, file: string, gold: (text: string) => IngestGold) => {
    const text = await readFile(file, 'utf8');
    const started = performance.now();
    const result = await ingestText({ text, fileName: file, graph }, dictionary);
    const took = performance.now() - started;
    const score = scoreIngestion(text, result, gold(text));
    const candidates = result.passages.reduce((n, p) => n + p.candidates.length, 0);
    section.rows.push([
      name,
      result.sentenceCount,
      figure(score.mentionRecall, score.foundMentions, score.goldMentions),
      figure(score.mentionPrecision, score.rightMentions, score.proposedMentions),
      figure(score.pairRecall, score.foundPairs, score.goldPairs),
      candidates,
      ms(took),
    ]);
    section.figures[name] = {
      mentionRecall: score.mentionRecall,
      mentionPrecision: score.mentionPrecision,
      pairRecall: score.pairRecall,
      goldMentions: score.goldMentions,
      goldPairs: score.goldPairs,
      candidates,
      ms: Math.round(took),
    };
    return score;
  };
  const strict = await run('bundled (strict gold)', BUNDLED.file, () =>
    curatedGold(curated, BUNDLED.iri, dictionary, { strict: true }),
  );
  await run('bundled', BUNDLED.file, () => curatedGold(curated, BUNDLED.iri, dictionary));
  const gold = readGoldJson(await readFile(TEST_DOC.gold, 'utf8'));
  await run('border/trafficking test doc', TEST_DOC.file, () => gold);
  section.notes.push(
    'bundled: the OSCE contribution ingested against the graph without its passages; gold = the entities its curated passage',
    'graphs involve that the passage names (a curated name, identifier or SDG notation occurs in the quote, case-insensitively),',
    "and statements between two such entities. A proposed mention is right when the passage's curated statements involve it.",
    `strict gold counts every curated body, partner, place, decision, framework, publication and SDG of a passage, named or inferred (${strict.goldMentions} mentions, ${strict.goldPairs} pairs).`,
    "The dictionary is the graph's own names, written by the curators of this very text: the test document, hand-annotated, checks that the rules generalise.",
    'Aim: mention recall >= 0.9 at precision >= 0.85, pair recall >= 0.6.',
  );
  context.report.print(section);
}

function figure(value: number, part: number, whole: number): string {
  return `${value.toFixed(2)} (${part}/${whole})`;
}
