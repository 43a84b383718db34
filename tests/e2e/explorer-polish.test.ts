// The explorer as a new analyst meets it, at 1280×800, 1024×700 and 800×700: every view is screenshotted
// (tests/e2e/screenshots/polish-<size>-<view>.png, to be looked at) and checked for what a look would catch:
// nothing wider than the window, controls that do not overlap, a graph big enough to use, panels that fit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { countColours, openExplorer, revealDrawer, screenshot, screenshotOf, type ExplorerSession } from './harness';
import { stopStarted } from '../helpers/stop-started';

type Box = { x: number; y: number; width: number; height: number };

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

/** Layout facts read in the page: page overflow, header control boxes, graph size, tab rows. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null): Box | null => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const header = [...document.querySelectorAll('.app-title, .search, .toolbar > *')]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => ({ name: el.textContent.trim().slice(0, 20) || el.className, box: box(el)! }));
    const tabs = [...document.querySelectorAll('[role="tab"]')].map((t) => Math.round(t.getBoundingClientRect().top));
    return {
      pageOverflow: document.documentElement.scrollWidth - innerWidth,
      header,
      graph: box(document.querySelector('#graph'))!,
      tabRows: new Set(tabs).size,
    };
  });
}

/** Elements in the side panel that stick out of it to the right (cut-off text, tables too wide). */
async function stickingOut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panel = document.querySelector('.right')!.getBoundingClientRect();
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.tab-panel:not([hidden]) *')) {
      if (el.closest('.matrix-scroll, .okg-query-results, .cm-editor, pre')) continue; // scroll boxes of their own
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > panel.right + 1)
        out.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(r.right - panel.right)}px)`);
    }
    return out.slice(0, 10);
  });
}

async function openTab(page: Page, name: string): Promise<void> {
  await revealDrawer(page, 'Panels');
  await page.getByRole('tab', { name }).click();
  await page.getByRole('region', { name, exact: true }).waitFor();
  await page.waitForTimeout(500);
}

describe.each([
  ['1280x800', { width: 1280, height: 800 }],
  ['1024x700', { width: 1024, height: 700 }],
  ['800x700', { width: 800, height: 700 }],
])('at %s', (size, viewport) => {
  let app: ExplorerSession;
  const shot = (view: string) => screenshot(app.page, `polish-${size}-${view}`);
  beforeAll(async () => {
    app = await openExplorer({ viewport });
  });
  afterAll(async () => {
    await stopStarted(app);
  });

  it('first view: drawn graph of a usable size, header controls side by side, nothing wider than the window', async () => {
    const { page } = app;
    await shot('initial');
    const facts = await layout(page);
    expect(facts.pageOverflow).toBeLessThanOrEqual(0);
    expect(facts.graph.width).toBeGreaterThanOrEqual(Math.min(380, viewport.width * 0.4));
    expect(facts.graph.height).toBeGreaterThanOrEqual(250);
    const clashes = facts.header.flatMap((a, i) =>
      facts.header
        .slice(i + 1)
        .filter((b) => overlaps(a.box, b.box))
        .map((b) => `${a.name} × ${b.name}`),
    );
    expect(clashes).toEqual([]);
    // The search box keeps room for a real query.
    expect(facts.header.find((c) => c.name === 'search')!.box.width).toBeGreaterThanOrEqual(280);
    expect(facts.tabRows).toBe(1); // every tab on one row (the strip scrolls when they do not fit)
    expect(await countColours(page, await screenshotOf(page, '#graph', `polish-${size}-canvas`))).toBeGreaterThan(40);
    // The empty Details panel says what to do.
    await revealDrawer(page, 'Panels');
    expect(await page.getByRole('region', { name: 'Details' }).innerText()).toMatch(/Select a node/);
  });

  it('search, then Details with quotes and "Show in source" in the Read tab, inside the window', async () => {
    const { page } = app;
    const box = page.getByRole('combobox', { name: 'Search entities' });
    await box.fill('ODIHR');
    await page.getByRole('listbox', { name: 'Suggestions' }).waitFor();
    await shot('search');
    await box.press('Enter');
    const details = page.getByRole('region', { name: 'Details' });
    await details.locator('blockquote').first().waitFor();
    await page.waitForTimeout(600);
    await shot('details');
    expect(await stickingOut(page)).toEqual([]);
    // Each statement says whose it is: a quote of the source, or a curators' rule that is never shown as a quote
    expect(await details.locator('.quote .origin-source').count()).toBeGreaterThan(0);
    expect(await details.locator('.curation-rule').count()).toBeGreaterThan(0);
    expect(await details.locator('.curation-rule blockquote').count()).toBe(0);
    expect(await details.locator('.curation-rule').first().innerText()).toMatch(/^Added by curation/i);
    await details.getByRole('button', { name: 'Show in source' }).first().click();
    const doc = page.getByRole('article', { name: 'Document text' });
    const marked = doc.locator('.rd-passage').first();
    await marked.waitFor();
    await shot('source');
    // The passage is scrolled into the window, and the document fits it
    const [markBox, docBox] = [(await marked.boundingBox())!, (await doc.boundingBox())!];
    expect(markBox.y).toBeGreaterThanOrEqual(0);
    expect(markBox.y + markBox.height).toBeLessThanOrEqual(viewport.height);
    expect(docBox.x + docBox.width).toBeLessThanOrEqual(viewport.width);
    expect(await stickingOut(page)).toEqual([]);
    // Markdown markup of the source is drawn as italics and superscripts, not as asterisks and tags
    const drawn = await doc.innerText();
    expect(drawn).toContain('17th OSCE Alliance against Trafficking in Persons conference');
    expect(drawn).not.toContain('<sup>');
    expect(drawn).not.toMatch(/\*[A-Z]|[a-z]\*|^#/m);
    expect(await doc.locator('em').count()).toBeGreaterThan(3);
  });

  it('filters and list view: class names do not break mid-word', async () => {
    const { page } = app;
    await revealDrawer(page, 'Filters');
    await page
      .getByRole('region', { name: 'Filters' })
      .getByRole('checkbox', { name: /^Theme/ })
      .uncheck();
    await openTab(page, 'List');
    await shot('list');
    // A class cell whose text takes more than one line box was broken.
    const classCells = await page
      .getByRole('table', { name: 'Entities' })
      .locator('tbody td:nth-child(2)')
      .evaluateAll((tds) =>
        tds
          .slice(0, 60)
          .filter((td) => {
            const range = document.createRange();
            range.selectNodeContents(td);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
          })
          .map((td) => td.textContent),
      );
    expect(classCells).toEqual([]);
    expect(await stickingOut(page)).toEqual([]);
    await revealDrawer(page, 'Filters');
    await page.getByRole('region', { name: 'Filters' }).getByRole('button', { name: 'Show everything' }).click();
  });

  it('matrix: the whole table fits the side panel, both ways round, and a cell still shows its statements', async () => {
    const { page } = app;
    await openTab(page, 'Matrix');
    const fits = () => page.locator('.matrix-scroll').evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
    await shot('matrix');
    expect(await fits()).toBe(true);
    await page.locator('.matrix-table td button').first().click();
    await page.locator('.matrix-statements').waitFor();
    // SDG targets of part B's work are the curators' reading: a cell shows the rule, and quotes for organizedBy links
    expect(
      await page.locator('.matrix-statements blockquote, .matrix-statements .curation-rule').count(),
    ).toBeGreaterThan(0);
    await shot('matrix-cell');
    await page.getByRole('button', { name: 'Swap rows and columns' }).click();
    expect(await page.locator('.matrix-table thead th').first().textContent()).toBe('SDG target');
    expect(await fits()).toBe(true);
    await page.locator('.matrix-table td button').nth(1).click();
    await expect.poll(() => page.locator('.graph-caption').innerText()).toMatch(/statement/);
    await shot('matrix-swapped');
    expect(await stickingOut(page)).toEqual([]);
  });

  it.each(['Export', 'Import', 'Query', 'Paths'])('%s panel fits the side panel', async (tab) => {
    const { page } = app;
    await openTab(page, tab);
    await shot(tab.toLowerCase());
    expect(await stickingOut(page)).toEqual([]);
  });

  it('the wider panel gives the side panel room and the graph follows', async () => {
    const { page } = app;
    const wider = page.getByRole('button', { name: 'Wider panel' });
    if (viewport.width <= 900) {
      // Below 900 the panel already spans most of the width, so the button is not offered.
      expect(await wider.isVisible()).toBe(false);
      return;
    }
    const before = (await page.locator('.right').boundingBox())!.width;
    await wider.click();
    await expect.poll(async () => (await page.locator('.right').boundingBox())!.width).toBeGreaterThan(before + 100);
    // Sigma re-measured its container: the canvas is as wide as the graph area.
    await expect
      .poll(() =>
        page
          .locator('#graph')
          .evaluate((el) =>
            Math.abs(el.querySelector('canvas')!.getBoundingClientRect().width - el.getBoundingClientRect().width),
          ),
      )
      .toBeLessThan(2);
    await openTab(page, 'Matrix');
    await shot('wide-matrix');
    await wider.click();
    expect(await wider.getAttribute('aria-pressed')).toBe('false');
    expect(app.errors).toEqual([]);
  });
});

describe('empty states say what to do', () => {
  let app: ExplorerSession;
  beforeAll(async () => {
    app = await openExplorer({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await stopStarted(app);
  });

  it('a dataset without OSCE bodies: the matrix says why it is empty; Paths says what to pick', async () => {
    const { page } = app;
    await openTab(page, 'Matrix');
    await page.evaluate(() =>
      window.__osceKg!.loadText('<urn:a> <http://www.w3.org/2000/01/rdf-schema#label> "A thing" .', {
        format: 'nt',
        mode: 'replace',
      }),
    );
    const region = page.getByRole('region', { name: 'Matrix', exact: true });
    await expect.poll(() => region.innerText()).toMatch(/nothing to count yet/);
    expect(await page.getByRole('button', { name: 'Swap rows and columns' }).isVisible()).toBe(false);
    await screenshot(page, 'polish-empty-matrix');
    await openTab(page, 'Paths');
    await page.getByRole('button', { name: 'Find paths' }).click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Paths', exact: true }).getByRole('status').innerText())
      .toMatch(/Pick the entity/);
  });
});
