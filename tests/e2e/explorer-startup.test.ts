// Start-up: the bundled graph arrives as one preloaded, build-time-parsed JSON file; no RDF parser runs before the
// first frame.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPixelsNear, openExplorer, screenshotOf, type ExplorerSession } from './harness';
import { stopStarted } from '../helpers/stop-started';

describe('explorer start-up', () => {
  let app: ExplorerSession;
  const warnings: string[] = [];
  beforeAll(async () => {
    app = await openExplorer({ waitSettled: false, waitReady: false });
    app.page.on('console', (msg) => {
      if (msg.type() === 'warning' || msg.type() === 'error') warnings.push(msg.text());
    });
    await app.page.reload();
    await app.page.waitForSelector('html[data-explorer="ready"]');
  }, 120_000);
  afterAll(() => stopStarted(app));

  const resources = () =>
    app.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => ({ name: e.name, initiator: (e as PerformanceResourceTiming).initiatorType })),
    );

  it('fetches the bundled graph once, through the preload in index.html', async () => {
    const graph = (await resources()).filter((r) => /bundled-graph[^/]*\.json$/.test(r.name));
    expect(graph).toHaveLength(1);
    expect(graph[0]?.initiator).toBe('link');
    // Chromium warns when a preload is not used or is fetched again with other credentials.
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
  });

  it('parses no RDF text in the browser before the graph is drawn', async () => {
    const names = (await resources()).map((r) => r.name);
    expect(names.filter((n) => /\.(trig|ttl)(\?|$)|N3Parser|N3Lexer/.test(n))).toEqual([]);
    expect(await app.page.evaluate(() => window.__osceKg?.context.getGraph().order ?? 0)).toBeGreaterThan(150);
  });

  it('keeps the texts of the sources for "Show in source"', async () => {
    const text = await app.page.evaluate(() => {
      const quads = window.__osceKg?.context.getQuads() ?? [];
      const doc = quads.find((q) => q.predicate.value.endsWith('#textFile'))?.subject.value;
      return doc ? (window.__osceKg?.context.sourceText(doc) ?? '') : '';
    });
    expect(text.length).toBeGreaterThan(1000);
  });

  it('puts the frame on screen first, then the labels, then nothing else before the user acts', async () => {
    await app.page.waitForFunction(() => performance.getEntriesByName('osce-kg:labels').length > 0, undefined, {
      timeout: 30_000,
    });
    const t = await app.page.evaluate(() => ({
      firstFrame: window.__osceKg?.timings.firstFrame ?? Number.NaN,
      searchReady: window.__osceKg?.timings.searchReady ?? Number.NaN,
      labels: performance.getEntriesByName('osce-kg:labels')[0]?.startTime ?? Number.NaN,
      presented: performance.getEntriesByName('osce-kg:presented')[0]?.startTime ?? Number.NaN,
    }));
    expect(t.firstFrame).toBeGreaterThan(0);
    expect(t.searchReady).toBeGreaterThanOrEqual(t.firstFrame);
    // Labels are switched on only after a frame has been produced without them.
    expect(t.labels).toBeGreaterThan(t.firstFrame);
    expect(t.presented).toBeGreaterThan(t.searchReady);
  });

  it('draws the node labels once they are switched on', async () => {
    await app.page.waitForFunction(() => performance.getEntriesByName('osce-kg:labels').length > 0, undefined, {
      timeout: 30_000,
    });
    await app.page.waitForFunction(() => document.documentElement.dataset.layout === 'settled', undefined, {
      timeout: 60_000,
    });
    await app.page.waitForTimeout(500);
    const png = await screenshotOf(app.page, '#graph', 'startup-labels');
    // Label text is drawn in #1f2937, a colour no node or edge has (the nearest, SDG goals' #393b79, is far off): its
    // pixels are the labels' cores, about 150 for the dozen or so names shown at start-up, none without labels.
    const labelPixels = await countPixelsNear(app.page, png, [0x1f, 0x29, 0x37], 12);
    expect(labelPixels).toBeGreaterThan(60);
  });

  it('builds the entity list when its tab is first opened, with a row per visible entity', async () => {
    const rows = () => app.page.evaluate(() => document.querySelectorAll('table.entity-table tbody tr').length);
    expect(await rows()).toBe(0);
    await app.page.getByRole('tab', { name: 'List' }).click();
    const visible = await app.page.evaluate(() => window.__osceKg?.context.visibleNodes().length ?? 0);
    expect(visible).toBeGreaterThan(150);
    expect(await rows()).toBe(visible);
    expect(await app.page.getByRole('table', { name: 'Entities' }).locator('tbody tr').count()).toBe(visible);
  });
});
