// The Paths panel (relationship finder) in real Chromium: autocomplete, all shortest paths, sentences with quotes,
// highlight.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import type { Page } from 'playwright-core';
import { ROOT, openExplorer, screenshot, type ExplorerSession } from './harness';
import { shortestPaths } from '../../src/kg/paths';
import type { EdgeAttributes, GraphAttributes, KgGraph, NodeAttributes } from '../../src/kg/to-graph';
import { defined } from '../helpers/defined';
import { stopStarted } from '../helpers/stop-started';

const ODIHR = 'https://w3id.org/osce-kg/id/odihr';
const IOM = 'https://w3id.org/osce-kg/id/iom';
const SOURCE = readFileSync(join(ROOT, 'graph-data/sources/osce-un-migration-2017.txt'), 'utf8');

let app: ExplorerSession;
let page: Page;
let graph: KgGraph;

interface Captured {
  nodes: string[];
  edges: string[];
}

beforeAll(async () => {
  app = await openExplorer();
  page = app.page;
  await page.evaluate(() => {
    const context = window.__osceKg!.context;
    const original = context.setHighlight.bind(context);
    const w = window as unknown as { __lastHighlight: unknown };
    context.setHighlight = (highlight) => {
      w.__lastHighlight = highlight;
      original(highlight);
    };
  });
  // The very graph the page draws, rebuilt here to compute the expected paths independently of the panel.
  const exported = await page.evaluate(() => window.__osceKg!.context.getGraph().export());
  graph = MultiDirectedGraph.from<NodeAttributes, EdgeAttributes, GraphAttributes>(exported);
  await page.getByRole('tab', { name: 'Paths' }).click();
  await page.getByRole('combobox', { name: 'From entity' }).waitFor();
});

afterAll(async () => {
  await stopStarted(app);
});

describe('Paths panel', () => {
  it('suggests entities by acronym and picks them with the keyboard or the mouse', async () => {
    const from = page.getByRole('combobox', { name: 'From entity' });
    await from.fill('odihr');
    const fromList = page.getByRole('listbox', { name: 'From entity suggestions' });
    await expect.poll(() => fromList.getByRole('option').count()).toBeGreaterThan(0);
    expect(await fromList.getByRole('option').first().textContent()).toMatch(
      /^Office for Democratic Institutions and Human Rights/,
    );
    await from.press('ArrowDown');
    expect(await from.getAttribute('aria-activedescendant')).toBeTruthy();
    await from.press('Enter');
    expect(await from.inputValue()).toBe('Office for Democratic Institutions and Human Rights');
    expect(await fromList.isHidden()).toBe(true);

    const to = page.getByRole('combobox', { name: 'To entity' });
    await to.fill('IOM');
    await page
      .getByRole('listbox', { name: 'To entity suggestions' })
      .getByRole('option', { name: /^International Organization for Migration/ })
      .click();
    expect(await to.inputValue()).toBe('International Organization for Migration');
  });

  it('finds all shortest paths between ODIHR and IOM, tells them with quotes and lights them up', async () => {
    const expected = shortestPaths(graph, ODIHR, IOM);
    expect(expected.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Find paths' }).click();
    const region = page.getByRole('region', { name: 'Paths found' });
    await expect.poll(() => region.locator('section').count()).toBe(expected.length);
    const steps = defined(expected[0], 'a path').steps.length;
    expect(await page.locator('.okg-paths-results').locator('..').getByRole('status').textContent()).toMatch(
      new RegExp(`^${expected.length} shortest paths? of ${steps} steps?`),
    );
    const sentences = await region.locator('.okg-step').allTextContents();
    // The first step of every path starts at ODIHR, by its acronym.
    const firsts = await region.locator('section li:first-child .okg-step').first().textContent();
    expect(firsts).toMatch(/^ODIHR (—|←) .+ (→|—) \S/);
    expect(sentences.every((s) => / — .+ → | ← .+ — /.test(s))).toBe(true);
    // Quotes are verbatim spans of the source document.
    const quotes = await region.locator('blockquote').allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      const text = /^“([\s\S]*)” in source$/.exec(q)?.[1];
      expect(text && SOURCE.includes(text)).toBe(true);
    }
    const highlight = await page.evaluate(() => (window as unknown as { __lastHighlight: Captured }).__lastHighlight);
    expect(highlight.nodes.sort()).toEqual([...new Set(expected.flatMap((p) => p.nodes))].sort());
    expect(highlight.edges.sort()).toEqual([...new Set(expected.flatMap((p) => p.edgeKeys))].sort());
    await screenshot(page, 'paths-odihr-iom');
  });

  it('selects an entity of a path on the graph', async () => {
    const region = page.getByRole('region', { name: 'Paths found' });
    await region.getByRole('button', { name: 'IOM', exact: true }).first().click();
    expect(await page.evaluate(() => window.__osceKg!.context.getSelectedNode())).toBe(IOM);
  });

  it('adds longer paths on request, shortest first', async () => {
    const expected = shortestPaths(graph, ODIHR, IOM, { extra: 3 });
    await page.getByRole('spinbutton', { name: 'Longer paths to add' }).fill('3');
    await page.getByRole('button', { name: 'Find paths' }).click();
    const region = page.getByRole('region', { name: 'Paths found' });
    await expect.poll(() => region.locator('section').count()).toBe(expected.length);
    const headings = await region.locator('section h4').allTextContents();
    const lengths = headings.map((t) => Number(/· (\d+) step/.exec(t)?.[1]));
    expect(lengths).toEqual(expected.map((p) => p.steps.length));
    expect(headings.at(-1)).toMatch(/longer/);
    await screenshot(page, 'paths-longer');
  });

  it('says so when typed text names no entity', async () => {
    await page.getByRole('combobox', { name: 'To entity' }).fill('zzzz no such thing');
    await page.getByRole('button', { name: 'Find paths' }).click();
    await expect
      .poll(() => page.locator('.okg-paths-results').locator('..').getByRole('status').textContent())
      .toMatch(/Pick the entity to reach/);
    expect(app.errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });
});
