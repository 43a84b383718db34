// Small screens (issue 15): at 800×600 and on a phone (390×844) the graph keeps most of the screen, the filters and
// the panels are drawers (buttons with aria-expanded, Esc closes, focus goes in and comes back), the Matrix scrolls
// inside its drawer, and search and toolbar stay usable. Screenshots: tests/e2e/screenshots/small-<size>-<view>.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { countColours, openExplorer, screenshot, screenshotOf, type ExplorerSession } from './harness';
import { stopStarted } from '../helpers/stop-started';

type Box = { x: number; y: number; width: number; height: number };
const inside = (b: Box, w: number, h: number): boolean =>
  b.x >= -1 && b.y >= -1 && b.x + b.width <= w + 1 && b.y + b.height <= h + 1;
const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

const focusedInside = (page: Page, selector: string): Promise<boolean> =>
  page.evaluate((s) => document.querySelector(s)?.contains(document.activeElement) ?? false, selector);

describe.each([
  ['800x600', { width: 800, height: 600 }],
  ['390x844', { width: 390, height: 844 }],
])('at %s', (size, viewport) => {
  let app: ExplorerSession;
  let page: Page;
  const shot = (view: string) => screenshot(page, `small-${size}-${view}`);
  const filtersToggle = () => page.getByRole('button', { name: 'Filters', exact: true });
  const panelsToggle = () => page.getByRole('button', { name: 'Panels', exact: true });
  beforeAll(async () => {
    app = await openExplorer({ viewport });
    page = app.page;
  });
  afterAll(async () => {
    await stopStarted(app);
  });

  it('the graph keeps most of the screen; header controls fit side by side and nothing is wider than the window', async () => {
    await shot('initial');
    const graph = (await page.locator('#graph').boundingBox())!;
    expect(graph.width * graph.height).toBeGreaterThanOrEqual(0.6 * viewport.width * viewport.height);
    expect(await countColours(page, await screenshotOf(page, '#graph', `small-${size}-canvas`))).toBeGreaterThan(40);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    const controls = await page
      .locator('.app-header button:visible, .app-header select:visible, .search-input')
      .evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { name: el.textContent || el.className, box: { x: r.x, y: r.y, width: r.width, height: r.height } };
        }),
      );
    expect(controls.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Filters', 'Panels', 'Start layout', 'Fit graph']),
    );
    for (const c of controls) expect(inside(c.box, viewport.width, viewport.height), c.name).toBe(true);
    const clashes = controls.flatMap((a, i) =>
      controls
        .slice(i + 1)
        .filter((b) => overlaps(a.box, b.box))
        .map((b) => `${a.name} × ${b.name}`),
    );
    expect(clashes).toEqual([]);
    expect(await page.getByRole('region', { name: 'Filters' }).isVisible()).toBe(false);
    expect(await page.getByRole('tab', { name: 'Details' }).isVisible()).toBe(false);
  });

  it('the Filters drawer opens with the keyboard inside it, filters the graph, and Esc closes it back to its button', async () => {
    expect(await filtersToggle().getAttribute('aria-expanded')).toBe('false');
    await filtersToggle().click();
    expect(await filtersToggle().getAttribute('aria-expanded')).toBe('true');
    const filters = page.getByRole('region', { name: 'Filters' });
    expect(await filters.isVisible()).toBe(true);
    expect(await focusedInside(page, '#filters-drawer')).toBe(true);
    const before = await page.evaluate(() => window.__osceKg!.context.visibleNodes().length);
    await filters.getByRole('checkbox', { name: /^Theme/ }).uncheck();
    expect(await page.evaluate(() => window.__osceKg!.context.visibleNodes().length)).toBeLessThan(before);
    const drawer = (await page.locator('#filters-drawer').boundingBox())!;
    expect(inside(drawer, viewport.width, viewport.height)).toBe(true);
    await shot('filters');
    await page.keyboard.press('Escape');
    expect(await filters.isVisible()).toBe(false);
    expect(await filtersToggle().getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Filters');
    await filtersToggle().click();
    await filters.getByRole('button', { name: 'Show everything' }).click();
    await filtersToggle().click();
    expect(await filters.isVisible()).toBe(false);
  });

  it('search stays usable: choosing a result opens the Panels drawer on its details', async () => {
    const box = page.getByRole('combobox', { name: 'Search entities' });
    await box.fill('ODIHR');
    await page.getByRole('listbox', { name: 'Suggestions' }).waitFor();
    const list = (await page.getByRole('listbox', { name: 'Suggestions' }).boundingBox())!;
    expect(inside(list, viewport.width, viewport.height)).toBe(true);
    await shot('search');
    await box.press('Enter');
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('heading', { name: 'Office for Democratic Institutions and Human Rights' }).waitFor();
    expect(await panelsToggle().getAttribute('aria-expanded')).toBe('true');
    expect(inside((await page.locator('#panels-drawer').boundingBox())!, viewport.width, viewport.height)).toBe(true);
    // The graph gave the drawer its room and the camera framed the choice in what is left of it.
    const graph = (await page.locator('#graph').boundingBox())!;
    const drawer = (await page.locator('#panels-drawer').boundingBox())!;
    expect(overlaps(graph, drawer)).toBe(false);
    await expect
      .poll(
        () => page.evaluate(() => window.__osceKg!.view.nodeViewportPosition('https://w3id.org/osce-kg/id/odihr')),
        { timeout: 10_000 },
      )
      .toSatisfy(
        (p: { x: number; y: number } | null) =>
          p !== null && p.x > 0 && p.y > 0 && p.x < graph.width && p.y < graph.height,
      );
    await page.waitForTimeout(600); // the camera's move
    await shot('details');
    await page.keyboard.press('Escape');
    expect(await details.isVisible()).toBe(false);
    // The drawer took the Esc: the selection stays.
    expect(await page.evaluate(() => window.__osceKg!.context.getSelectedNode())).toBe(
      'https://w3id.org/osce-kg/id/odihr',
    );
  });

  it('the Matrix scrolls inside its drawer instead of breaking the page', async () => {
    await panelsToggle().click();
    expect(await focusedInside(page, '#panels-drawer')).toBe(true);
    await page.getByRole('tab', { name: 'Matrix' }).click();
    const scroller = page.locator('.matrix-scroll');
    await page.locator('.matrix-table td button').first().waitFor();
    await shot('matrix');
    const drawer = (await page.locator('#panels-drawer').boundingBox())!;
    const box = (await scroller.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(drawer.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(drawer.x + drawer.width + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    const scroll = await scroller.evaluate((el) => {
      el.scrollLeft = 10_000;
      el.scrollTop = 10_000;
      return { left: el.scrollLeft, width: el.scrollWidth, client: el.clientWidth };
    });
    // Either the whole table fits, or what does not fit is reached by scrolling the matrix itself.
    expect(scroll.width <= scroll.client + 1 || scroll.left > 0).toBe(true);
    await panelsToggle().click();
    expect(await page.locator('#panels-drawer').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Panels');
    expect(app.errors).toEqual([]);
  });
});
