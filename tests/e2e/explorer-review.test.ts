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
import { openExplorer, pixelsAt, screenshotOf, type ExplorerSession, type Rgb } from './harness';
import { stopStarted } from '../helpers/stop-started';

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
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('.import-panel')?.dataset.importState === 'done',
    undefined,
    { timeout: 60_000 },
  );
  await page.getByRole('tab', { name: 'Read' }).click();
  await page.locator('.reader-review .reader-candidate').first().waitFor({ timeout: 20_000 });
});
afterAll(async () => {
  await stopStarted(app);
});

describe('reviewing a draft', () => {
  it('lists the candidates with their cue and quote, dashed until decided', async () => {
    const { page } = app;
    expect(await page.locator('.reader-review h3').textContent()).toContain('Draft:');
    const items = page.locator('.reader-review .reader-candidate');
    expect(await items.count()).toBeGreaterThan(3);
    expect(await items.first().evaluate((el) => getComputedStyle(el).borderLeftStyle)).toBe('dashed');
    expect(await page.locator('.reader-review').textContent()).toContain('cue: “in partnership with”');
    await page.evaluate(
      (k) => window.__osceKg!.context.selectNode(k),
      `${ID}international-centre-for-migration-policy-development`,
    );
    await screenshotOf(page, '#graph', 'review-candidate-edges');
  });

  it('draws a candidate edge dashed on the canvas, a curated edge solid', async () => {
    const { page } = app;
    const ends = await page.evaluate((id) => {
      const hook = window.__osceKg!;
      hook.context.selectNode(null);
      hook.layout.stop();
      const at = (key: string) => hook.view.nodeViewportPosition(key);
      const { width, height } = document.querySelector('#graph')!.getBoundingClientRect();
      const onCanvas = (p: { x: number; y: number } | null) =>
        p !== null && p.x > 0 && p.y > 0 && p.x < width && p.y < height;
      // The longest curated edge of the same node that the canvas shows whole
      let curated: ({ x: number; y: number } | null)[] = [];
      hook.context.getGraph().forEachEdge(id + 'tntd', (_key, attributes, source, target) => {
        const ends = [at(source), at(target)];
        const curatedEdge = !attributes.graphs.every((g) => g.startsWith(id + 'candidate-'));
        const length = (e: typeof ends) => (e[0] && e[1] ? Math.hypot(e[0].x - e[1].x, e[0].y - e[1].y) : 0);
        if (curatedEdge && ends.every(onCanvas) && length(ends) > length(curated)) curated = ends;
      });
      return {
        candidate: [at(id + 'tntd'), at(id + 'international-centre-for-migration-policy-development')],
        curated,
      };
    }, ID);
    await page.waitForTimeout(300);
    const png = await screenshotOf(page, '#graph', 'review-dashed-edges');
    const [background] = await pixelsAt(page, png, [{ x: 2, y: 2 }]);
    const candidate = await edgeProfile(png, ends.candidate, background!);
    const curated = await edgeProfile(png, ends.curated, background!);
    // Dashes of 6 px with gaps of 4 px: several gaps along the middle of the edge, about 60 % of it drawn
    expect(candidate.gaps, JSON.stringify(candidate)).toBeGreaterThanOrEqual(3);
    expect(candidate.drawn).toBeLessThan(0.85);
    expect(curated.gaps, JSON.stringify(curated)).toBe(0);
    expect(curated.drawn).toBeGreaterThan(0.95);
    // The dash layer is in the edge program because this graph has candidates (the bundled graph alone has none)
    expect(await page.evaluate(() => window.__osceKg?.view.edgeShapes()?.dashes)).toBe(true);
  });

  it('Accept and Reject write a reviewed TriG: accepted in its passage graph, rejected gone', async () => {
    const { page } = app;
    const partnership = page.locator('.reader-candidate', { hasText: 'cue: “in partnership with”' }).first();
    const acceptedGraph = (await partnership.getAttribute('data-graph'))!;
    await partnership.getByRole('button', { name: /^Accept/ }).click();
    expect(
      await page
        .locator(`.reader-candidate[data-graph="${acceptedGraph}"]`)
        .evaluate((el) => getComputedStyle(el).borderLeftStyle),
    ).toBe('solid');
    // Not the new organisation the accepted statement names: rejecting it would drop that statement too
    const entity = page
      .locator('.reader-candidate', { hasText: 'New entity:' })
      .filter({ hasNotText: 'Migration Policy' })
      .first();
    const rejectedGraph = (await entity.getAttribute('data-graph'))!;
    await entity.getByRole('button', { name: /^Reject/ }).click();
    expect(await page.locator('.reader-review-summary').textContent()).toMatch(/1 accepted, 1 rejected/);
    await screenshotOf(page, '.reader-review', 'reader-review');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download reviewed TriG' }).click(),
    ]);
    const quads = await parseRdf(readFileSync(await download.path()), { format: 'trig' });
    expect(quads.some((q) => q.graph.value === acceptedGraph || q.subject.value === acceptedGraph)).toBe(false);
    expect(quads.some((q) => q.graph.value === rejectedGraph || q.subject.value === rejectedGraph)).toBe(false);
    const partnerships = quads.filter((q) => q.predicate.value.endsWith('#partnersWith'));
    const moved = partnerships.filter((q) => new RegExp(`^${ID}passage-border-2018-\\d{3}$`).test(q.graph.value));
    expect(moved.map((q) => q.object.value)).toEqual([`${ID}international-centre-for-migration-policy-development`]);
    // The other partnership was not decided: it is still in its candidate graph
    expect(partnerships.filter((q) => q.graph.value.startsWith(`${ID}candidate-`)).length).toBe(
      partnerships.length - 1,
    );
    // The others are still candidates: validation would refuse them
    expect(checkCandidates(quads).length).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
  });
});

type Point = { x: number; y: number } | null;

/**
 * Pixels along the middle of the segment between two node centres (1 px apart, the ends left out for the nodes and
 * arrow heads): the share that differs from the background, and the gaps (runs of background between drawn pixels).
 */
async function edgeProfile(
  png: Buffer,
  [a, b]: Point[],
  background: Rgb,
): Promise<{ drawn: number; gaps: number; length: number }> {
  if (!a || !b) throw new Error('an end of the edge is not on the canvas');
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const points = Array.from({ length: Math.floor(length * 0.4) }, (_, i) => {
    const t = 0.3 + i / length;
    return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
  });
  const drawn = (await pixelsAt(app.page, png, points)).map(
    (c) => Math.abs(c[0] - background[0]) + Math.abs(c[1] - background[1]) + Math.abs(c[2] - background[2]) > 40,
  );
  const first = drawn.indexOf(true);
  const last = drawn.lastIndexOf(true);
  const gaps = first < 0 ? 0 : drawn.slice(first, last + 1).filter((d, i, all) => !d && all[i - 1] === true).length;
  return { drawn: drawn.filter(Boolean).length / Math.max(1, drawn.length), gaps, length: Math.round(length) };
}
