// What a first-time analyst trips on (issue 15): drops, emphasis and Esc, controls, camera, search, URL state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExplorer, screenshot, type ExplorerSession } from './harness';

const ODIHR = 'https://w3id.org/osce-kg/id/odihr';
let app: ExplorerSession;

beforeAll(async () => {
  app = await openExplorer();
});
afterAll(async () => {
  await app?.close();
});

const selected = (page: Page) => page.evaluate(() => window.__osceKg!.context.getSelectedNode());
const emphasis = (page: Page) => page.evaluate(() => window.__osceKg!.view.emphasis());
const caption = (page: Page) => page.locator('.graph-caption');

/** Drags a file over the page's body (not the drop zone) and drops it there; returns whether the browser's default was prevented. */
async function dropOnPage(page: Page, name: string, bytes: number[] | string): Promise<{ over: boolean; drop: boolean }> {
  return page.evaluate(({ name, bytes }) => {
    const dt = new DataTransfer();
    const content = typeof bytes === 'string' ? bytes : new Uint8Array(bytes);
    dt.items.add(new File([content], name));
    const target = document.querySelector('.graph') ?? document.body;
    const over = new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true });
    target.dispatchEvent(over);
    const drop = new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true });
    target.dispatchEvent(drop);
    return { over: over.defaultPrevented, drop: drop.defaultPrevented };
  }, { name, bytes });
}

const importState = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>('.import-panel')?.dataset.importState ?? null);

async function chooseFromSearch(page: Page, text: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search entities' });
  await box.fill(text);
  await box.press('Enter');
}

describe('bug 1: drag and drop', () => {
  it('a file dropped on the graph before the Import tab was ever opened is taken, and the Import tab says so', async () => {
    const { page } = app;
    expect(await page.getByRole('tab', { name: 'Import' }).getAttribute('aria-selected')).toBe('false');
    const ttl = '<http://example.org/dropped-early> <http://www.w3.org/2000/01/rdf-schema#label> "Dropped early" .\n';
    const prevented = await dropOnPage(page, 'early.nt', ttl);
    expect(prevented).toEqual({ over: true, drop: true });
    expect(await page.getByRole('tab', { name: 'Import' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => importState(page), { timeout: 30_000 }).toBe('done');
    expect(await page.locator('.import-drop-note').innerText()).toContain('early.nt was dropped on the page');
    expect(await page.evaluate(() => window.__osceKg!.context.getGraph().hasNode('http://example.org/dropped-early'))).toBe(true);
    await screenshot(page, 'analyst-drop');
  });

  it('bug 9: a PNG dropped on the page is "not an RDF file" and the graph is unchanged', async () => {
    const { page } = app;
    const before = await page.evaluate(() => window.__osceKg!.context.getQuads().length);
    await dropOnPage(page, 'picture.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await expect.poll(() => importState(page), { timeout: 30_000 }).toBe('error');
    expect(await page.locator('.import-error').innerText()).toContain('picture.png is not an RDF file');
    expect(await page.evaluate(() => window.__osceKg!.context.getQuads().length)).toBe(before);
  });
});

describe('bug 2 and 4: one emphasis rule, Esc, controls show the real state', () => {
  it('a node chosen after a highlight shows its neighbourhood and the caption goes', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Details' }).click();
    await page.evaluate(() => window.__osceKg!.context.setHighlight({ nodes: ['https://w3id.org/osce-kg/id/osce'], edges: [], caption: '44 results' }));
    expect(await caption(page).innerText()).toBe('44 results');
    await chooseFromSearch(page, 'ODIHR');
    expect(await selected(page)).toBe(ODIHR);
    const shown = await emphasis(page);
    const neighbours = await page.evaluate((k) => window.__osceKg!.context.getGraph().neighbors(k), ODIHR);
    expect(shown.active).toContain(ODIHR);
    expect(shown.active.length).toBe(new Set([ODIHR, ...neighbours]).size);
    expect(await caption(page).isVisible()).toBe(false);
  });

  it('Esc clears the highlight first, then the selection', async () => {
    const { page } = app;
    await page.evaluate(() => window.__osceKg!.context.setHighlight({ nodes: ['https://w3id.org/osce-kg/id/osce'], edges: [], caption: '1 result' }));
    await page.locator('body').press('Escape');
    expect(await caption(page).isVisible()).toBe(false);
    expect(await selected(page)).toBe(ODIHR);
    expect((await emphasis(page)).active).toContain(ODIHR);
    await page.locator('body').press('Escape');
    expect(await selected(page)).toBeNull();
    expect((await emphasis(page)).hasActive).toBe(false);
  });

  it('the Focus control says Off once Esc has cleared the selection', async () => {
    const { page } = app;
    await chooseFromSearch(page, 'ODIHR');
    const focus = page.getByLabel('Focus on selection');
    await focus.selectOption('2');
    expect(await page.evaluate(() => window.__osceKg!.context.visibleNodes().length))
      .toBeLessThan(await page.evaluate(() => window.__osceKg!.context.getGraph().order));
    await page.locator('body').press('Escape');
    expect(await focus.inputValue()).toBe('0');
    expect(await focus.isDisabled()).toBe(true);
    expect(page.url()).not.toContain('focus=');
    expect(await page.evaluate(() => window.__osceKg!.context.visibleNodes().length))
      .toBe(await page.evaluate(() => window.__osceKg!.context.getGraph().order));
  });
});
