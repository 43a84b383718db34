// Merging a big vocabulary (the UN SDG KOS, 7,624 triples) must not hold the page: noverlap runs in a worker, and
// the main thread's share of the merge is timed and reported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer, ROOT, screenshot, type ExplorerSession } from './harness';
import { stopStarted } from '../helpers/stop-started';

const KOS = readFileSync(join(ROOT, 'tests/fixtures/sdg-kos-goals-targets-indicators.ttl'), 'utf8');

describe('merging the SDG KOS', () => {
  let app: ExplorerSession;
  beforeAll(async () => {
    app = await openExplorer();
  }, 120_000);
  afterAll(async () => {
    await stopStarted(app);
  });

  it('hands overlap removal to a worker: the layout is still running when setQuads returns, then settles', async () => {
    const { page } = app;
    const { stateAfter, setQuadsMs } = await page.evaluate(async (text) => {
      const hook = window.__osceKg!;
      const t0 = performance.now();
      await hook.loadText(text, { format: 'turtle', mode: 'merge' });
      return { stateAfter: document.documentElement.dataset.layout, setQuadsMs: performance.now() - t0 };
    }, KOS);
    console.log('KOS merge (parse + setQuads) ms', Math.round(setQuadsMs));
    // Before the fix noverlap ran inside setQuads and the state was already 'settled' here.
    expect(stateAfter).toBe('running');
    await page.waitForFunction(() => document.documentElement.dataset.layout === 'settled', undefined, {
      timeout: 60_000,
    });
    expect(app.errors).toEqual([]);
    expect(
      await page.evaluate(() => window.__osceKg!.context.getGraph().hasNode('http://metadata.un.org/sdg/10.7')),
    ).toBe(true);
    await screenshot(page, 'explorer-merge-kos');
  }, 120_000);
});
