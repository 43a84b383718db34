// Reviewing a draft in real Chromium: a draft made by `osce-kg ingest` is imported, its candidates listed (dashed)
// with Accept / Reject, and the reviewed TriG downloaded holds the accepted statement in its passage graph.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftTrig } from '../../src/ingest/draft';
import { ingestText } from '../../src/ingest/ingest';
import { loadBundledData } from '../../src/node/bundled';
import { parseRdf } from '../../src/rdf/parse';
import { checkCandidates } from '../../src/rdf/checks';
import { openExplorer, screenshotOf, type ExplorerSession } from './harness';

const ID = 'https://w3id.org/osce-kg/id/';
let app: ExplorerSession;

beforeAll(async () => {
  const text = readFileSync('tests/fixtures/ingest/border-trafficking-2018.md', 'utf8');
  const draft = await draftTrig(await ingestText({ text, fileName: 'border-2018.md', graph: await loadBundledData() }));
  const file = join(mkdtempSync(join(tmpdir(), 'osce-kg-review-')), 'border-2018.draft.trig');
  writeFileSync(file, draft);
  app = await openExplorer({ viewport: { width: 1400, height: 900 } });
  const { page } = app;
  await page.getByRole('tab', { name: 'Import' }).click();
  await page.getByLabel('Merge with the current graph').check();
  await page.getByLabel('Import RDF file').setInputFiles(file);
  await page.waitForFunction(() => document.querySelector<HTMLElement>('.import-panel')?.dataset.importState === 'done', undefined, { timeout: 60_000 });
  await page.getByRole('tab', { name: 'Read' }).click();
  await page.locator('.reader-review .reader-candidate').first().waitFor({ timeout: 20_000 });
});
afterAll(async () => {
  await app?.close();
});

describe('reviewing a draft', () => {
  it('lists the candidates with their cue and quote, dashed until decided', async () => {
    const { page } = app;
    expect(await page.locator('.reader-review h3').textContent()).toContain('Draft:');
    const items = page.locator('.reader-review .reader-candidate');
    expect(await items.count()).toBeGreaterThan(3);
    expect(await items.first().evaluate((el) => getComputedStyle(el).borderLeftStyle)).toBe('dashed');
    expect(await page.locator('.reader-review').textContent()).toContain('cue: “in partnership with”');
    await page.evaluate((k) => window.__osceKg!.context.selectNode(k), `${ID}international-centre-for-migration-policy-development`);
    await screenshotOf(page, '#graph', 'review-candidate-edges');
  });

  it('Accept and Reject write a reviewed TriG: accepted in its passage graph, rejected gone', async () => {
    const { page } = app;
    const partnership = page.locator('.reader-candidate', { hasText: 'cue: “in partnership with”' }).first();
    const acceptedGraph = (await partnership.getAttribute('data-graph'))!;
    await partnership.getByRole('button', { name: /^Accept/ }).click();
    expect(await page.locator(`.reader-candidate[data-graph="${acceptedGraph}"]`).evaluate((el) => getComputedStyle(el).borderLeftStyle)).toBe('solid');
    // Not the new organisation the accepted statement names: rejecting it would drop that statement too
    const entity = page.locator('.reader-candidate', { hasText: 'New entity:' }).filter({ hasNotText: 'Migration Policy' }).first();
    const rejectedGraph = (await entity.getAttribute('data-graph'))!;
    await entity.getByRole('button', { name: /^Reject/ }).click();
    expect(await page.locator('.reader-review-summary').textContent()).toMatch(/1 accepted, 1 rejected/);
    await screenshotOf(page, '.reader-review', 'reader-review');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download reviewed TriG' }).click()]);
    const quads = await parseRdf(readFileSync((await download.path())!), { format: 'trig' });
    expect(quads.some((q) => q.graph.value === acceptedGraph || q.subject.value === acceptedGraph)).toBe(false);
    expect(quads.some((q) => q.graph.value === rejectedGraph || q.subject.value === rejectedGraph)).toBe(false);
    const partnerships = quads.filter((q) => q.predicate.value.endsWith('#partnersWith'));
    const moved = partnerships.filter((q) => new RegExp(`^${ID}passage-border-2018-\\d{3}$`).test(q.graph.value));
    expect(moved.map((q) => q.object.value)).toEqual([`${ID}international-centre-for-migration-policy-development`]);
    // The other partnership was not decided: it is still in its candidate graph
    expect(partnerships.filter((q) => q.graph.value.startsWith(`${ID}candidate-`)).length).toBe(partnerships.length - 1);
    // The others are still candidates: validation would refuse them
    expect(checkCandidates(quads).length).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
  });
});
