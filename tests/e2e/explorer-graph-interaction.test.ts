// The graph as an analyst handles it, in real Chromium: drag and pin nodes, explore from a seed, colour and size by
// any attribute with a matching legend, label density, ForceAtlas2's parameters, every entity class with its colour.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer, screenshot, waitReady, type ExplorerSession } from './harness';
import { stopStarted } from '../helpers/stop-started';

const ID = 'https://w3id.org/osce-kg/id/';
const ODIHR = ID + 'odihr';
let app: ExplorerSession;

beforeAll(async () => {
  app = await openExplorer();
});
afterAll(async () => {
  await stopStarted(app);
});

/** A node's place on the page (CSS px), from where sigma draws it in the graph container. */
async function onPage(key: string): Promise<{ x: number; y: number }> {
  const box = await app.page.locator('#graph').boundingBox();
  const at = await app.page.evaluate((k) => window.__osceKg?.view.nodeViewportPosition(k) ?? null, key);
  if (!box || !at) throw new Error(`${key} is not drawn`);
  return { x: box.x + at.x, y: box.y + at.y };
}

const node = (key: string) => app.page.evaluate((k) => window.__osceKg?.view.node(k) ?? null, key);
const camera = () => app.page.evaluate(() => window.__osceKg?.view.camera() ?? null);
const visibleCount = () => app.page.evaluate(() => window.__osceKg?.context.visibleNodes().length ?? 0);
const hashParam = (name: string) => new URLSearchParams(new URL(app.page.url()).hash.slice(1)).get(name);

async function drag(key: string, dx: number, dy: number): Promise<void> {
  const from = await onPage(key);
  await app.page.mouse.move(from.x, from.y);
  await app.page.mouse.down();
  for (let i = 1; i <= 8; i++) await app.page.mouse.move(from.x + (dx * i) / 8, from.y + (dy * i) / 8);
  await app.page.mouse.up();
}

async function openMenu(name: 'Appearance' | 'Layout'): Promise<void> {
  const menu = app.page.locator('details.tool-menu', { has: app.page.locator('summary', { hasText: name }) });
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
}

describe('drag and pin', () => {
  it('dragging a node moves it and pins it, and the camera stays where it was', async () => {
    await app.page.getByRole('button', { name: 'Fit graph' }).click();
    await app.page.waitForTimeout(600);
    const before = await node(ODIHR);
    const cam = await camera();
    const at = await onPage(ODIHR);
    await drag(ODIHR, 140, 90);
    const after = await node(ODIHR);
    expect(after?.fixed).toBe(true);
    expect(Math.hypot((after?.x ?? 0) - (before?.x ?? 0), (after?.y ?? 0) - (before?.y ?? 0))).toBeGreaterThan(0);
    const now = await onPage(ODIHR);
    expect(Math.abs(now.x - (at.x + 140))).toBeLessThan(6);
    expect(Math.abs(now.y - (at.y + 90))).toBeLessThan(6);
    expect(await camera()).toEqual(cam);
    await screenshot(app.page, 'graph-drag-pinned');
  });

  it('a pinned node stays put while ForceAtlas2 runs and tidies up; the others move', async () => {
    const pinned = await node(ODIHR);
    const other = ID + 'osce';
    const otherBefore = await node(other);
    await app.page.getByRole('button', { name: 'Start layout' }).click();
    await app.page.waitForTimeout(1500);
    await app.page.getByRole('button', { name: 'Stop layout' }).click();
    await app.page.waitForFunction(() => document.documentElement.dataset.layout === 'settled');
    await app.page.waitForTimeout(700); // noverlap's animation
    const after = await node(ODIHR);
    expect(after?.x).toBeCloseTo(pinned?.x ?? NaN, 3);
    expect(after?.y).toBeCloseTo(pinned?.y ?? NaN, 3);
    const otherAfter = await node(other);
    expect(
      Math.hypot((otherAfter?.x ?? 0) - (otherBefore?.x ?? 0), (otherAfter?.y ?? 0) - (otherBefore?.y ?? 0)),
    ).toBeGreaterThan(1e-3);
  });

  it('a right-click unpins a node; "Unpin all" in the Layout menu unpins the rest', async () => {
    const second = ID + 'iom';
    await drag(second, -60, 40);
    expect((await node(second))?.fixed).toBe(true);
    const at = await onPage(ODIHR);
    await app.page.mouse.click(at.x, at.y, { button: 'right' });
    const menu = app.page.getByRole('menu', { name: 'Node actions' });
    await menu.getByRole('menuitem', { name: /Unpin/ }).click();
    expect((await node(ODIHR))?.fixed).toBe(false);
    await openMenu('Layout');
    const unpinAll = app.page.getByRole('button', { name: 'Unpin all (1)' });
    await unpinAll.click();
    expect((await node(second))?.fixed).toBe(false);
    expect(await app.page.getByRole('button', { name: 'Unpin all (0)' }).isDisabled()).toBe(true);
    await app.page.keyboard.press('Escape');
    expect(app.errors).toEqual([]);
  });
});

describe('pins in the link', () => {
  it('a pin goes into the URL; Back lets it go, Forward pins it again, a shared link pins it where it was', async () => {
    const { page } = app;
    await drag(ODIHR, 80, -50);
    const pinned = await node(ODIHR);
    expect(pinned?.fixed).toBe(true);
    const [key, x, y] = (hashParam('pins') ?? '').split('|');
    expect(key).toBe(ODIHR);
    expect(Number(x)).toBeCloseTo(pinned?.x ?? NaN, 2);
    expect(Number(y)).toBeCloseTo(pinned?.y ?? NaN, 2);
    await page.goBack();
    await expect.poll(async () => (await node(ODIHR))?.fixed).toBe(false);
    expect(hashParam('pins')).toBeNull();
    await page.goForward();
    await expect.poll(async () => (await node(ODIHR))?.fixed).toBe(true);
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    await waitReady(page);
    await expect.poll(async () => (await node(ODIHR))?.fixed).toBe(true);
    const restored = await node(ODIHR);
    expect(restored?.x).toBeCloseTo(pinned?.x ?? NaN, 2);
    expect(restored?.y).toBeCloseTo(pinned?.y ?? NaN, 2);
    // The first layout of the reopened page moved the others, not the pinned node
    await page.waitForFunction(() => document.documentElement.dataset.layout === 'settled');
    expect((await node(ODIHR))?.x).toBeCloseTo(pinned?.x ?? NaN, 2);
    await openMenu('Layout');
    await page.getByRole('button', { name: 'Unpin all (1)' }).click();
    await page.keyboard.press('Escape');
    expect(hashParam('pins')).toBeNull();
    expect(app.errors).toEqual([]);
  });
});

describe('pins and data changes', () => {
  it('a pin survives a merge of more data (where it was put), and the Layout menu counts it', async () => {
    await drag(ODIHR, 50, 30);
    const pinned = await node(ODIHR);
    const rdf =
      '<urn:x:lyon> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/osce-kg/ontology#City> .\n' +
      '<urn:x:lyon> <http://www.w3.org/2000/01/rdf-schema#label> "Lyon" .\n';
    await app.page.evaluate((text) => window.__osceKg?.loadText(text, { format: 'ntriples', mode: 'merge' }), rdf);
    await app.page.waitForFunction(() => document.documentElement.dataset.layout === 'settled');
    await app.page.waitForTimeout(700);
    const after = await node(ODIHR);
    expect(after?.fixed).toBe(true);
    expect(after?.x).toBeCloseTo(pinned?.x ?? NaN, 3);
    await openMenu('Layout');
    await app.page.getByRole('button', { name: 'Unpin all (1)' }).click();
    expect((await node(ODIHR))?.fixed).toBe(false);
    await app.page.keyboard.press('Escape');
  });
});

describe('explore from a seed', () => {
  it('starts from one node, expands and collapses its neighbours, and goes back to the whole graph', async () => {
    const total = await app.page.evaluate(() => window.__osceKg?.context.getGraph().order ?? 0);
    const neighbours = await app.page.evaluate(
      (k) => new Set(window.__osceKg?.context.getGraph().neighbors(k)).size,
      ODIHR,
    );
    const at = await onPage(ODIHR);
    await app.page.mouse.click(at.x, at.y, { button: 'right' });
    await app.page.getByRole('menuitem', { name: 'Explore from here' }).click();
    await expect.poll(visibleCount).toBe(1);
    const bar = app.page.getByRole('region', { name: 'Explore mode' });
    expect(await bar.textContent()).toContain(`1 of ${total} entities shown`);
    expect(hashParam('explore')).toBe(ODIHR);
    await app.page.waitForTimeout(800); // the camera frames the seed
    const seed = await onPage(ODIHR);
    await app.page.mouse.dblclick(seed.x, seed.y);
    await expect.poll(visibleCount).toBe(1 + neighbours);
    expect(hashParam('expanded')).toBe(ODIHR);
    await app.page.waitForTimeout(800);
    await screenshot(app.page, 'graph-explore-expanded');
    const again = await onPage(ODIHR);
    await app.page.mouse.dblclick(again.x, again.y);
    await expect.poll(visibleCount).toBe(1);
    await app.page.goBack();
    await expect.poll(visibleCount).toBe(1 + neighbours);
    await bar.getByRole('button', { name: 'Show whole graph' }).click();
    await expect.poll(visibleCount).toBe(total);
    expect(await bar.isVisible()).toBe(false);
    expect(hashParam('explore')).toBeNull();
  });

  it('"Explore from here" in Details, and a shared link restores the exploration', async () => {
    await app.page.evaluate((k) => window.__osceKg?.context.selectNode(k), ID + 'osce');
    await app.page.getByRole('tab', { name: 'Details' }).click();
    await app.page.getByRole('button', { name: 'Explore from here' }).click();
    await expect.poll(visibleCount).toBe(1);
    const url = app.page.url();
    await app.page.goto('about:blank');
    await app.page.goto(url);
    await waitReady(app.page);
    await expect.poll(visibleCount).toBe(1);
    expect(await app.page.getByRole('region', { name: 'Explore mode' }).isVisible()).toBe(true);
    await app.page
      .getByRole('region', { name: 'Explore mode' })
      .getByRole('button', { name: 'Show whole graph' })
      .click();
    expect(app.errors).toEqual([]);
  });
});

describe('explore from the keyboard alone', () => {
  it('search, then Shift+F10 opens the node menu; Details buttons expand and collapse', async () => {
    const { page } = app;
    const neighbours = await page.evaluate(
      (k) => new Set(window.__osceKg?.context.getGraph().neighbors(k)).size,
      ODIHR,
    );
    const total = await page.evaluate(() => window.__osceKg?.context.getGraph().order ?? 0);
    await page.keyboard.press('/');
    await page.keyboard.type('ODIHR');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.__osceKg?.context.getSelectedNode())).toBe(ODIHR);
    // The keyboard's right-click, with the focus anywhere but a text field (Tab leaves the search box)
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Node actions' });
    await menu.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Explore from here');
    await page.keyboard.press('Enter');
    await expect.poll(visibleCount).toBe(1);
    expect(await menu.isVisible()).toBe(false);
    // Details offers the same actions as buttons, and they follow the explore state
    await page.getByRole('tab', { name: 'Details' }).click();
    const actions = page.getByRole('group', { name: 'Graph actions' });
    const expand = actions.getByRole('button', { name: `Expand: show ${neighbours} more neighbours` });
    await expand.focus();
    await page.keyboard.press('Enter');
    await expect.poll(visibleCount).toBe(1 + neighbours);
    const collapse = actions.getByRole('button', { name: 'Collapse (hide what expanding it added)' });
    await collapse.waitFor();
    // The focus stays in the row the user was in, on its first button
    expect(await page.evaluate(() => document.activeElement?.closest('.details-actions') !== null)).toBe(true);
    await collapse.focus();
    await page.keyboard.press('Enter');
    await expect.poll(visibleCount).toBe(1);
    await screenshot(page, 'graph-explore-keyboard');
    await actions.getByRole('button', { name: 'Show whole graph' }).click();
    await expect.poll(visibleCount).toBe(total);
    // With nothing selected the key does nothing (the browser's own menu is not taken away)
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.__osceKg?.context.getSelectedNode() ?? null)).toBeNull();
    await page.keyboard.press('Shift+F10');
    expect(await menu.isVisible()).toBe(false);
    expect(app.errors).toEqual([]);
  });
});

describe('appearance', () => {
  it('colours by SDG goal with a legend that matches, and the choice goes into the URL', async () => {
    await openMenu('Appearance');
    await app.page.getByLabel('Colour by').selectOption('sdg');
    const target = 'http://metadata.un.org/sdg/10.7';
    await expect.poll(async () => (await node(target))?.color).toBe('#dd1367');
    const legend = app.page.getByRole('region', { name: 'Colour legend' });
    expect(await legend.isVisible()).toBe(true);
    const entries = await legend.locator('li').allTextContents();
    expect(entries.some((e) => e.startsWith('SDG 10 ('))).toBe(true);
    expect(entries.some((e) => e.startsWith('No value ('))).toBe(true);
    expect(hashParam('color')).toBe('sdg');
    await screenshot(app.page, 'graph-color-by-sdg');
    await app.page.getByLabel('Colour by').selectOption('kind');
    await expect.poll(async () => (await node(ODIHR))?.color).toBe('#1f77b4');
    expect(await legend.isVisible()).toBe(false);
  });

  it('sizes by evidence (passages) instead of links', async () => {
    await openMenu('Appearance');
    const sizes = () =>
      app.page.evaluate(() => {
        const graph = window.__osceKg?.context.getGraph();
        return Object.fromEntries((graph?.nodes() ?? []).map((k) => [k, window.__osceKg?.view.node(k)?.size ?? 0]));
      });
    const byDegree = await sizes();
    await app.page.getByLabel('Size by').selectOption('evidence');
    await expect.poll(async () => JSON.stringify(await sizes()) !== JSON.stringify(byDegree)).toBe(true);
    expect(hashParam('size')).toBe('evidence');
    await app.page.getByLabel('Size by').selectOption('degree');
  });

  it('label density: "All" draws more labels than "Fewer"', async () => {
    await openMenu('Appearance');
    const labels = async () => {
      await app.page.waitForTimeout(500);
      return app.page.evaluate(() => window.__osceKg?.view.labelBoxes().length ?? 0);
    };
    await app.page.getByLabel('Labels').selectOption('fewer');
    const fewer = await labels();
    await app.page.getByLabel('Labels').selectOption('all');
    const all = await labels();
    expect(all).toBeGreaterThan(fewer);
    expect(hashParam('labels')).toBe('all');
    await screenshot(app.page, 'graph-labels-all');
    await app.page.getByLabel('Labels').selectOption('normal');
    await app.page.keyboard.press('Escape');
  });
});

describe('layout parameters', () => {
  it('shows the parameters in force, and a larger scaling spreads the graph', async () => {
    await openMenu('Layout');
    expect(await app.page.getByLabel('Gravity', { exact: true }).inputValue()).toBe('0.05');
    expect(await app.page.getByLabel('Strong gravity').isChecked()).toBe(true);
    const spread = () =>
      app.page.evaluate(() => {
        const graph = window.__osceKg?.context.getGraph();
        const xs = (graph?.nodes() ?? []).map((k) => window.__osceKg?.view.node(k)?.x ?? 0);
        return Math.max(...xs) - Math.min(...xs);
      });
    const before = await spread();
    await app.page.getByLabel('Scaling').fill('400');
    await app.page.getByLabel('Scaling').press('Enter');
    await app.page.getByLabel('Scaling').dispatchEvent('change');
    await app.page.getByRole('button', { name: 'Run', exact: true }).click();
    await app.page.waitForTimeout(2000);
    await app.page.getByRole('button', { name: 'Stop', exact: true }).click();
    expect(await spread()).toBeGreaterThan(before * 1.3);
    await screenshot(app.page, 'graph-layout-menu');
    await app.page.keyboard.press('Escape');
  });
});

describe('small screens', () => {
  it('the Appearance and Layout menus open inside a phone’s screen', async () => {
    const phone = await openExplorer({ viewport: { width: 390, height: 844 } });
    try {
      for (const name of ['Appearance', 'Layout']) {
        await phone.page.locator('summary', { hasText: name }).click();
        const box = await phone.page.locator('details[open] .tool-popover').boundingBox();
        expect(box?.x).toBeGreaterThanOrEqual(0);
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
        if (name === 'Appearance') await screenshot(phone.page, 'graph-small-appearance');
        await phone.page.keyboard.press('Escape');
      }
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});

describe('entity classes', () => {
  it('cities, posts and agents have a class of their own in the legend; nothing is "Other"', async () => {
    const filters = app.page.getByRole('region', { name: 'Filters' });
    for (const name of [/^City \(\d+\)$/, /^Post \(\d+\)$/, /^Agent \(people\) \(\d+\)$/]) {
      expect(await filters.getByRole('checkbox', { name }).count()).toBe(1);
    }
    expect(await filters.getByRole('checkbox', { name: /^Other \(/ }).count()).toBe(0);
    const kinds = await app.page.evaluate(() => {
      const graph = window.__osceKg?.context.getGraph();
      return [...new Set((graph?.nodes() ?? []).map((k) => graph?.getNodeAttribute(k, 'kind')))];
    });
    expect(kinds).not.toContain('other');
    expect(app.errors).toEqual([]);
  });
});

describe('colour and size by the data’s own attributes', () => {
  it('an imported graph’s attributes are in the menus: colour by a category, size by a number, both in the URL', async () => {
    const { page } = app;
    const ttl = `@prefix ex: <http://example.org/> .
      ex:a ex:region "North" ; ex:population 100 ; ex:knows ex:b .
      ex:b ex:region "South" ; ex:population 5000 ; ex:knows ex:c .
      ex:c ex:region "North" ; ex:population 40 .
      ex:d ex:knows ex:a .`;
    await page.evaluate((text) => window.__osceKg?.loadText(text, { format: 'turtle', mode: 'replace' }), ttl);
    await openMenu('Appearance');
    const color = page.getByLabel('Colour by');
    const group = color.locator('optgroup[label="In the data"]');
    expect(await group.locator('option').allTextContents()).toEqual(['population', 'region']);
    expect(await page.getByLabel('Size by').locator('optgroup option').allTextContents()).toEqual(['population']);
    await color.selectOption({ label: 'region' });
    const legend = page.getByRole('region', { name: 'Colour legend' });
    await expect.poll(() => legend.locator('li').allTextContents()).toEqual(['North (2)', 'South (1)', 'No value (1)']);
    expect(hashParam('color')).toBe('attr:http://example.org/region');
    const colorOf = async (k: string) => (await node('http://example.org/' + k))?.color;
    expect(await colorOf('a')).toBe(await colorOf('c'));
    expect(await colorOf('a')).not.toBe(await colorOf('b'));
    await page.getByLabel('Size by').selectOption({ label: 'population' });
    const sizeOf = async (k: string) => (await node('http://example.org/' + k))?.size ?? 0;
    await expect.poll(async () => (await sizeOf('b')) > (await sizeOf('a'))).toBe(true);
    expect(hashParam('size')).toBe('attr:http://example.org/population');
    await screenshot(page, 'graph-color-by-attribute');
    // An exported image carries the same legend as the screen, not the classes
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'SVG image', exact: true }).click(),
    ]);
    const svg = readFileSync(await download.path(), 'utf8');
    const legendTexts = [
      ...(/<g class="legend"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? '').matchAll(/<text[^>]*>([^<]*)</g),
    ];
    expect(legendTexts.map((m) => m[1])).toEqual(['region:', 'North (2)', 'South (1)', 'No value (1)']);
    // A link naming an attribute this data lacks: offered as such, every node "No value", nothing breaks
    await page.goto(page.url().replace(/color=[^&]*/, 'color=attr%3Ahttp%3A%2F%2Fexample.org%2Fabsent'));
    await waitReady(page);
    await openMenu('Appearance');
    expect(await page.getByLabel('Colour by').locator('option:checked').textContent()).toBe('absent (no node has it)');
    expect(app.errors).toEqual([]);
  });
});
