// Remote mode in real Chromium: the explorer served by `osce-kg serve --endpoint` over a real Virtuoso — search,
// Details, Expand and "More" a page at a time, the node count bounded; then a misbehaving endpoint behind the proxy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadBundledData } from '../../src/node/bundled';
import { createAuthFetch } from '../../src/node/digest-auth';
import setupVirtuoso from '../integration/setup-virtuoso';
import { runCli } from '../integration/helpers/cli';
import { serve, type Served } from '../integration/helpers/serve';
import { startUpstream, type Upstream, type UpstreamMode } from '../integration/server-proxy-upstream';
import { ensureBuilt, launchChromium, screenshot, snapshotDist, waitReady } from './harness';
import { closePageContext, stopStarted } from '../helpers/stop-started';

const VIRTUOSO = 'http://127.0.0.1:8890/sparql';
const GSP = 'http://127.0.0.1:8890/sparql-graph-crud-auth';
const GRAPH = `urn:osce-kg:test:e2e-remote-${process.pid}-${Date.now()}`;
const ID = 'https://w3id.org/osce-kg/id/';
const ODIHR = `${ID}odihr`;
const OSCE = `${ID}osce`;

let stopVirtuoso: (() => Promise<void>) | undefined;
let passages: string[] = [];
let browser: Browser;
let dist: string;

/** Distinct links of a node on Virtuoso, counted as the explorer's neighbourhood query pages them. */
async function virtuosoLinks(iri: string): Promise<number> {
  const query = `SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?dir ?p ?x WHERE {
    { VALUES ?dir { "out" } <${iri}> ?p ?x . FILTER(isIRI(?x) && ?p != <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>) }
    UNION { VALUES ?dir { "in" } ?x ?p <${iri}> . FILTER(isIRI(?x)) } } }`;
  const response = await fetch(`${VIRTUOSO}?query=${encodeURIComponent(query)}`, {
    headers: { accept: 'application/sparql-results+json' },
  });
  const json = (await response.json()) as { results: { bindings: { n: { value: string } }[] } };
  return Number(json.results.bindings[0]?.n.value);
}

beforeAll(async () => {
  stopVirtuoso = await setupVirtuoso();
  const quads = await loadBundledData();
  passages = [...new Set(quads.filter((q) => q.graph.termType === 'NamedNode').map((q) => q.graph.value))];
  const pushed = await runCli([
    'push',
    '--endpoint',
    GSP,
    '--graph',
    GRAPH,
    '--named-graphs',
    '--user',
    'dba',
    '--password',
    'dba',
  ]);
  if (pushed.code !== 0) throw new Error(`push failed: ${pushed.stderr}`);
  ensureBuilt();
  dist = snapshotDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await stopStarted(browser);
  const authFetch = createAuthFetch({ user: 'dba', password: 'dba' });
  for (const graph of [GRAPH, ...passages]) {
    const response = await authFetch(`${GSP}?graph=${encodeURIComponent(graph)}`, { method: 'DELETE' });
    await response.arrayBuffer();
  }
  await stopVirtuoso?.();
});

async function openRemote(base: string, suffix = '/'): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}${suffix}`);
  await waitReady(page);
  return { page, errors };
}

const order = (page: Page): Promise<number> => page.evaluate(() => window.__osceKg!.context.getGraph().order);
const banner = (page: Page) => page.locator('.okg-remote-banner');
const details = (page: Page) => page.getByRole('region', { name: 'Details' });

async function searchAndChoose(page: Page, text: string, label: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search entities' });
  await box.click();
  await box.fill(text);
  const option = page.getByRole('option', { name: new RegExp(label) }).first();
  await option.waitFor({ timeout: 20_000 });
  await option.click();
  await details(page).getByRole('heading', { name: label }).waitFor({ timeout: 20_000 });
}

describe('explorer on Virtuoso through `osce-kg serve --endpoint`', () => {
  let proxy: Served;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    proxy = await serve(['--endpoint', VIRTUOSO, '--static', dist, '--quiet']);
    ({ page, errors } = await openRemote(proxy.url));
  });
  afterAll(async () => {
    await closePageContext(page);
    await stopStarted(proxy);
  });

  it('starts empty in remote mode, saying where it is connected', async () => {
    expect(new URL(page.url()).searchParams.get('endpoint')).toBe('/sparql');
    await expect
      .poll(() => banner(page).textContent())
      .toMatch(new RegExp(`Connected to ${proxy.url}/sparql; search to start`));
    expect(await order(page)).toBe(0);
    // The bundled graph is neither loaded nor downloaded (the server drops its preload in front of a store).
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(fetched.filter((name) => name.includes('bundled-graph'))).toEqual([]);
    await screenshot(page, 'remote-start');
  });

  it('search "ODIHR" asks the endpoint; choosing it loads its neighbourhood and opens Details with its relations', async () => {
    await searchAndChoose(page, 'ODIHR', 'Office for Democratic Institutions and Human Rights');
    const links = await virtuosoLinks(ODIHR);
    expect(links).toBeGreaterThan(5);
    expect(links).toBeLessThanOrEqual(50);
    await expect.poll(() => order(page)).toBeGreaterThan(5);
    expect(await order(page)).toBeLessThanOrEqual(links + 1);
    const panel = details(page);
    await panel.getByRole('heading', { name: 'Relations' }).waitFor();
    expect(await panel.locator('.relation').count()).toBeGreaterThanOrEqual(5);
    // The passages behind the links come along (pushed as named graphs): Details quotes the source.
    const quotes = await panel.locator('.evidence blockquote').allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.join(' ')).toMatch(/ODIHR/);
    await expect
      .poll(() => panel.getByRole('region', { name: 'Neighbours on the endpoint' }).textContent())
      .toContain(`${links} links loaded from the endpoint, all there are.`);
    expect(await page.evaluate((k) => window.__osceKg!.context.getSelectedNode() === k, ODIHR)).toBe(true);
    await screenshot(page, 'remote-odihr');
  });

  it('expanding a node at the edge of the picture brings it and all its neighbours into view', async () => {
    const own = await openRemote(proxy.url);
    try {
      await searchAndChoose(own.page, 'ODIHR', 'Office for Democratic Institutions and Human Rights');
      const panel = details(own.page);
      const IOM = `${ID}iom`;
      await panel
        .locator('.relation button.link-button', { hasText: /^International Organization for Migration$/ })
        .first()
        .click();
      await panel.getByRole('heading', { name: 'International Organization for Migration' }).waitFor();
      await panel.getByRole('button', { name: 'Expand', exact: true }).click();
      await panel.getByText(/links loaded from the endpoint/).waitFor({ timeout: 20_000 });
      const outside = (): Promise<string[]> =>
        own.page.evaluate((iri) => {
          const hook = window.__osceKg!;
          const graph = hook.context.getGraph();
          const box = hook.context.getCanvasContainer().getBoundingClientRect();
          return [iri, ...graph.neighbors(iri)].filter((key) => {
            const p = hook.view.nodeViewportPosition(key);
            return !p || p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height;
          });
        }, IOM);
      expect(
        await own.page.evaluate((iri) => window.__osceKg!.context.getGraph().neighbors(iri).length, IOM),
      ).toBeGreaterThan(3);
      await expect.poll(outside, { timeout: 20_000 }).toEqual([]);
      expect(own.errors).toEqual([]);
      await screenshot(own.page, 'remote-expand-framed');
    } finally {
      await own.page.context().close();
    }
  });

  it('a neighbour\'s Details has "Expand", then "More neighbours (50 loaded)": 50 at a time, never the whole store', async () => {
    const links = await virtuosoLinks(OSCE);
    expect(links).toBeGreaterThan(50);
    const panel = details(page);
    await panel
      .locator('.relation button.link-button', { hasText: /^Organization for Security and Co-operation in Europe$/ })
      .first()
      .click();
    await panel.getByRole('heading', { name: 'Organization for Security and Co-operation in Europe' }).waitFor();
    const before = await order(page);
    await panel.getByRole('button', { name: 'Expand', exact: true }).click();
    const more = panel.getByRole('button', { name: 'More neighbours (50 loaded)' });
    await more.waitFor({ timeout: 20_000 });
    const afterFirst = await order(page);
    expect(afterFirst).toBeGreaterThan(before);
    expect(afterFirst - before).toBeLessThanOrEqual(50);
    await screenshot(page, 'remote-expand');
    await more.click();
    await expect
      .poll(() => panel.getByRole('region', { name: 'Neighbours on the endpoint' }).textContent(), { timeout: 20_000 })
      .toMatch(new RegExp(`${Math.min(links, 100)} links loaded from the endpoint`));
    const afterMore = await order(page);
    expect(afterMore - afterFirst).toBeLessThanOrEqual(50);
    expect(afterMore).toBeGreaterThanOrEqual(afterFirst);
    // Bounded: far fewer nodes than the store holds.
    const total = Number(
      await page.evaluate(async () => {
        const r = await fetch(
          '/sparql?query=' + encodeURIComponent('SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t }'),
          { headers: { accept: 'application/sparql-results+json' } },
        );
        return ((await r.json()) as { results: { bindings: { n: { value: string } }[] } }).results.bindings[0]?.n.value;
      }),
    );
    expect(afterMore).toBeLessThan(total / 2);
    expect(errors).toEqual([]);
    await screenshot(page, 'remote-more');
  });

  it('the Query panel queries the store itself, not just the nodes loaded so far', async () => {
    const sparql = 'SELECT DISTINCT ?b WHERE { ?b a <https://w3id.org/osce-kg/ontology#OSCEBody> }';
    const status = await runInQueryPanel(page, sparql);
    const response = await fetch(`${VIRTUOSO}?query=${encodeURIComponent(sparql)}`, {
      headers: { accept: 'application/sparql-results+json' },
    });
    const inStore = ((await response.json()) as { results: { bindings: unknown[] } }).results.bindings.length;
    expect(Number(/^(\d+) rows?/.exec(status)?.[1])).toBe(inStore);
    expect(await page.locator('.okg-qp-remote-status').textContent()).toContain(`Queries go to ${proxy.url}/sparql`);
    const loadedBodies = await page.evaluate(
      () => window.__osceKg!.context.getGraph().filterNodes((_k, a) => a.kind === 'body').length,
    );
    expect(inStore).toBeGreaterThan(loadedBodies);
  });
});

async function runInQueryPanel(page: Page, sparql: string): Promise<string> {
  await page.getByRole('tab', { name: 'Query' }).click();
  const editor = page.getByRole('textbox', { name: 'SPARQL query' });
  await editor.waitFor({ timeout: 30_000 });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sparql);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page
    .locator('.okg-qp-status')
    .filter({ hasText: /rows? in/ })
    .waitFor({ timeout: 30_000 });
  return (await page.locator('.okg-qp-status').textContent()) ?? '';
}

describe('a misbehaving endpoint behind the proxy: a clear message, the graph unchanged', () => {
  let upstream: Upstream;
  let proxy: Served;
  let page: Page;
  beforeAll(async () => {
    upstream = await startUpstream(VIRTUOSO);
    proxy = await serve(['--endpoint', upstream.url, '--static', dist, '--timeout', '2000', '--quiet']);
    // A shared link with a selection: the node is loaded from the endpoint at start.
    ({ page } = await openRemote(proxy.url, `/?endpoint=%2Fsparql#sel=${encodeURIComponent(ODIHR)}`));
    await details(page)
      .getByRole('heading', { name: 'Office for Democratic Institutions and Human Rights' })
      .waitFor({ timeout: 20_000 });
  });
  afterAll(async () => {
    await closePageContext(page);
    await stopStarted(proxy);
    await stopStarted(upstream);
  });

  it.each<[UpstreamMode, RegExp]>([
    ['html', /answered text\/html, not SPARQL results/],
    ['http-500', /answered HTTP 500: Virtuoso 42000 Error SR483/],
    ['truncated', /invalid or cut-off results/],
    ['partial-206', /only a partial result/],
    ['reset', /cannot be reached/],
    ['hang', /took too long .*timed out after 2000 ms/],
  ])('%s: Expand shows the reason and adds nothing', async (mode, message) => {
    const panel = details(page);
    // A neighbour not expanded yet, reached from ODIHR's Details.
    await page.evaluate((k) => window.__osceKg!.context.selectNode(k), ODIHR);
    await page.getByRole('tab', { name: 'Details' }).click();
    const neighbour = panel.locator('.relation button.link-button').first();
    await neighbour.click();
    const expand = panel.getByRole('button', { name: 'Expand', exact: true });
    await expand.waitFor();
    const before = await page.evaluate(() => ({
      quads: window.__osceKg!.context.getQuads().length,
      order: window.__osceKg!.context.getGraph().order,
    }));
    upstream.mode = mode;
    try {
      await expand.click();
      const alert = page.getByRole('alert').filter({ hasText: message });
      await alert.waitFor({ timeout: 20_000 });
      expect(await alert.textContent()).toContain('The graph shown is unchanged.');
    } finally {
      upstream.mode = 'forward';
    }
    const after = await page.evaluate(() => ({
      quads: window.__osceKg!.context.getQuads().length,
      order: window.__osceKg!.context.getGraph().order,
    }));
    expect(after).toEqual(before);
    await panel.getByRole('button', { name: 'Expand', exact: true }).waitFor();
    if (mode === 'html') await screenshot(page, 'remote-failure');
  });

  it('`?endpoint=` names a CORS-enabled endpoint directly; its failures are read in the browser', async () => {
    upstream.mode = 'forward';
    const direct = await openRemote(proxy.url, `/?endpoint=${encodeURIComponent(upstream.url)}`);
    try {
      const p = direct.page;
      await expect.poll(() => banner(p).textContent()).toMatch(`Connected to ${upstream.url}; search to start`);
      const requestsBefore = upstream.requests;
      await searchAndChoose(p, 'ODIHR', 'Office for Democratic Institutions and Human Rights');
      expect(upstream.requests).toBeGreaterThan(requestsBefore);
      const panel = details(p);
      await panel.locator('.relation button.link-button').first().click();
      const expand = panel.getByRole('button', { name: 'Expand', exact: true });
      for (const [mode, message] of [
        ['partial-206', /sent only a partial result \(HTTP 206/],
        ['html', /answered with text\/html \(a web page\?\), not SPARQL results/],
      ] as const) {
        const before = await order(p);
        upstream.mode = mode;
        try {
          await expand.click();
          await p.getByRole('alert').filter({ hasText: message }).waitFor({ timeout: 20_000 });
        } finally {
          upstream.mode = 'forward';
        }
        expect(await order(p)).toBe(before);
        await expand.waitFor();
      }
      await expand.click();
      await panel.getByText(/links loaded from the endpoint/).waitFor({ timeout: 20_000 });
      expect(direct.errors).toEqual([]);
    } finally {
      await direct.page.context().close();
    }
  });

  it('a selection restored from the URL (back/forward, an edited link) that is not loaded is loaded from the store', async () => {
    upstream.mode = 'forward';
    const loaded = new Set(await page.evaluate(() => window.__osceKg!.context.getGraph().nodes()));
    const sparql =
      'SELECT DISTINCT ?b ?l WHERE { ?b a <https://w3id.org/osce-kg/ontology#OSCEBody> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?b';
    const response = await fetch(`${VIRTUOSO}?query=${encodeURIComponent(sparql)}`, {
      headers: { accept: 'application/sparql-results+json' },
    });
    const bodies = (
      (await response.json()) as { results: { bindings: { b: { value: string }; l: { value: string } }[] } }
    ).results.bindings;
    const target = bodies.find((x) => !loaded.has(x.b.value));
    expect(target).toBeDefined();
    await page.evaluate((iri) => {
      location.hash = `sel=${encodeURIComponent(iri)}`;
    }, target!.b.value);
    await details(page).getByRole('heading', { name: target!.l.value, exact: true }).waitFor({ timeout: 20_000 });
    expect(await page.evaluate((iri) => window.__osceKg!.context.getGraph().hasNode(iri), target!.b.value)).toBe(true);
  });

  it('a failed search says so in the list and over the graph; typing on searches again', async () => {
    const box = page.getByRole('combobox', { name: 'Search entities' });
    upstream.mode = 'http-500';
    try {
      await box.click();
      await box.fill('Chairmanship');
      await page.getByRole('option', { name: /Search failed/ }).waitFor({ timeout: 20_000 });
      await page
        .getByRole('alert')
        .filter({ hasText: /^Search failed/ })
        .waitFor();
    } finally {
      upstream.mode = 'forward';
    }
    await box.fill('Chairmanshi');
    await page
      .getByRole('option', { name: /Chairmanship/ })
      .first()
      .waitFor({ timeout: 20_000 });
  });

  it('typing a word sends one search, not one per keystroke (debounced; earlier ones cancelled)', async () => {
    upstream.mode = 'forward';
    const box = page.getByRole('combobox', { name: 'Search entities' });
    await box.fill('');
    const before = upstream.requests;
    await box.pressSequentially('Permanent Council', { delay: 40 });
    await page
      .getByRole('option', { name: /Permanent Council/ })
      .first()
      .waitFor({ timeout: 20_000 });
    // 17 keystrokes 40 ms apart: one request (a loaded machine may pause past the debounce once or twice).
    expect(upstream.requests - before).toBeGreaterThanOrEqual(1);
    expect(upstream.requests - before).toBeLessThanOrEqual(3);
  });
});
