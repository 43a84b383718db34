// Start-up: the bundled graph arrives as one preloaded, build-time-parsed JSON file; no RDF parser runs before the first frame.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer, type ExplorerSession } from './harness';

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
  afterAll(() => app?.close());

  const resources = () =>
    app.page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({ name: e.name, initiator: (e as PerformanceResourceTiming).initiatorType })),
    );

  it('fetches the bundled graph once, through the preload in index.html', async () => {
    const graph = (await resources()).filter((r) => /bundled-graph[^/]*\.json$/.test(r.name));
    expect(graph).toHaveLength(1);
    expect(graph[0].initiator).toBe('link');
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
      return doc ? window.__osceKg?.context.sourceText(doc) ?? '' : '';
    });
    expect(text.length).toBeGreaterThan(1000);
  });
});
