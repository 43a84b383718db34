// Reviewing a draft: candidates listed, accepted ones moved into their passage's graph, rejected ones dropped with
// what depends on them; the reviewed draft has no candidate left once all are decided.
import { describe, expect, it } from 'vitest';
import { draftQuads } from '../../src/ingest/draft';
import { ingestText } from '../../src/ingest/ingest';
import { applyReview, draftedDocuments, draftOf, listCandidates, type ReviewDecision } from '../../src/ingest/review';
import { checkCandidates } from '../../src/rdf/checks';
import { smallGraph } from './small-graph';

const ID = 'https://w3id.org/osce-kg/id/';
const TEXT =
  'The Youth Programme was organized by ODIHR in partnership with the International Centre for Migration Policy Development (ICMPD).\n';

async function draft() {
  const graph = await smallGraph();
  return { graph, quads: draftQuads(await ingestText({ text: TEXT, fileName: 'youth.md', graph })) };
}

describe('review', () => {
  it('lists statement and entity candidates with their passage and cue', async () => {
    const { quads } = await draft();
    const candidates = listCandidates(quads);
    expect(candidates.length).toBeGreaterThanOrEqual(3);
    const organized = candidates.find((c) => c.cue === 'organized by')!;
    expect(organized.passage).toBe(`${ID}passage-youth-001`);
    expect(organized.isEntity).toBe(false);
    expect(candidates.filter((c) => c.isEntity).map((c) => c.statements[0]?.subject.value)).toEqual([
      `${ID}international-centre-for-migration-policy-development`,
    ]);
  });

  it('accepting moves a statement into its passage graph; rejecting an entity drops its mentions and statements', async () => {
    const { quads } = await draft();
    const candidates = listCandidates(quads);
    const decisions = new Map<string, ReviewDecision>(
      candidates.map((c) => [c.graph, c.isEntity ? 'reject' : 'accept']),
    );
    const reviewed = applyReview(quads, decisions);
    expect(checkCandidates(reviewed)).toEqual([]);
    const icmpd = `${ID}international-centre-for-migration-policy-development`;
    expect(reviewed.some((q) => q.subject.value === icmpd || q.object.value === icmpd)).toBe(false);
    const moved = reviewed.find((q) => q.predicate.value.endsWith('organizedBy'))!;
    expect(moved.graph.value).toBe(`${ID}passage-youth-001`);
  });

  it('leaves undecided candidates as they are', async () => {
    const { quads } = await draft();
    expect(checkCandidates(applyReview(quads, new Map())).length).toBe(listCandidates(quads).length);
  });

  it('finds the draft among other data and takes only its quads', async () => {
    const { graph, quads } = await draft();
    const all = [...graph, ...quads];
    expect(draftedDocuments(all)).toEqual([`${ID}source-youth`]);
    expect(new Set(draftOf(all, `${ID}source-youth`))).toEqual(new Set(quads));
  });
});
