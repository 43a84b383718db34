// Ingestion scored against gold standards: the bundled document (as if new) and the hand-annotated test document.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Quad } from '@rdfjs/types';
import { curatedGold } from '../../src/ingest/curated-gold';
import { buildDictionary } from '../../src/ingest/dictionary';
import { scoreIngestion } from '../../src/ingest/evaluate';
import { readGoldJson } from '../../src/ingest/gold-file';
import { ingestText } from '../../src/ingest/ingest';
import { loadBundledData } from '../../src/node/bundled';

let graph: Quad[];
beforeAll(async () => {
  graph = await loadBundledData();
});

describe('ingestion quality', () => {
  it('the test document (other OSCE work, hand-made gold) scores in the aimed range', async () => {
    const text = await readFile('tests/fixtures/ingest/border-trafficking-2018.md', 'utf8');
    const gold = readGoldJson(await readFile('tests/fixtures/ingest/border-trafficking-2018.gold.json', 'utf8'));
    const score = scoreIngestion(text, await ingestText({ text, fileName: 'border.md', graph }), gold);
    expect(score.missingQuotes).toEqual([]);
    expect(score.mentionRecall).toBeGreaterThanOrEqual(0.9);
    expect(score.mentionPrecision).toBeGreaterThanOrEqual(0.85);
    expect(score.pairRecall).toBeGreaterThanOrEqual(0.6);
  });

  it('the bundled document, ingested as if new, finds the entities its curated passages name', async () => {
    const doc = 'https://w3id.org/osce-kg/id/source-osce-un-migration-2017';
    const text = await readFile('graph-data/sources/osce-un-migration-2017.txt', 'utf8');
    const dictionary = buildDictionary(graph);
    const score = scoreIngestion(
      text,
      await ingestText({ text, fileName: 'x.txt', graph }, dictionary),
      curatedGold(graph, doc, dictionary),
    );
    expect(score.missingQuotes).toEqual([]);
    expect(score.mentionRecall).toBeGreaterThanOrEqual(0.9);
    expect(score.mentionPrecision).toBeGreaterThanOrEqual(0.85);
    expect(score.pairRecall).toBeGreaterThanOrEqual(0.6);
  });
});
