// The curator's path end to end on the test document: ingest, accept every candidate, validate with the bundled
// graph. What is left is what only a curator can add (a new decision's title, date, themes, council).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { draftQuads } from '../../src/ingest/draft';
import { ingestText } from '../../src/ingest/ingest';
import { applyReview, listCandidates } from '../../src/ingest/review';
import { loadBundledGraph } from '../../src/node/bundled';
import { validateDataset } from '../../src/rdf/validate';

const ID = 'https://w3id.org/osce-kg/id/';

describe('ingest, review, validate', () => {
  it("an accepted draft passes every check but the new decisions' record fields", async () => {
    const { data, shapes, sourceText } = await loadBundledGraph();
    const text = await readFile('tests/fixtures/ingest/border-trafficking-2018.md', 'utf8');
    const draft = draftQuads(await ingestText({ text, fileName: 'border-2018.md', graph: data }));
    const reviewed = applyReview(draft, new Map(listCandidates(draft).map((c) => [c.graph, 'accept' as const])));
    const report = await validateDataset({
      data: [...data, ...reviewed],
      shapes,
      sourceText: (iri) => (iri === `${ID}source-border-2018` ? text : sourceText(iri)),
    });
    const violations = report.issues.filter((i) => i.severity === 'violation');
    expect(violations.filter((i) => i.check !== 'shacl')).toEqual([]);
    const newDecisions = new Set([`${ID}mc-dec-6-17`, `${ID}pc-dec-1107`]);
    expect(violations.filter((i) => !newDecisions.has(i.focus ?? ''))).toEqual([]);
    expect(violations.length).toBeGreaterThan(0);
  });
});
