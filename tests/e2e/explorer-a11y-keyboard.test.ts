// Keyboard use in real Chromium: every control reachable by Tab in page order with a visible focus ring,
// Enter and Space activate, arrows move between tabs, Esc closes the source viewer and gives focus back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExplorer, screenshot, type ExplorerSession } from './harness';
import { stopStarted } from '../helpers/stop-started';

const ODIHR = 'https://w3id.org/osce-kg/id/odihr';
let app: ExplorerSession;

interface Focused {
  index: number;
  label: string;
  ring: boolean;
  onScreen: boolean;
}

/** Describes the focused element: its index among the page's tabbable controls, a label, whether a ring shows. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const ring =
      (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    const box = el.getBoundingClientRect();
    const onScreen =
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < innerHeight &&
      box.left < innerWidth;
    return {
      index: Number(el.dataset.kbIndex ?? -1),
      label: `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent.trim().slice(0, 40)}`,
      ring,
      onScreen,
    };
  });
}

/** Numbers every control a Tab press should reach, in document order; returns how many. */
async function markTabbable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, summary, input, select, textarea, [tabindex], [contenteditable="true"]';
    const all = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
      if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) return false;
      if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
      // Inside a closed menu (<details>): only its summary, the button that opens it, is a Tab stop.
      const closed = el.closest('details:not([open])');
      if (closed && !(el.tagName === 'SUMMARY' && el.parentElement === closed)) return false;
      // Rendered (display/visibility), even when scrolled out of its panel, or a skip button parked off-screen.
      return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    });
    all.forEach((el, i) => (el.dataset.kbIndex = String(i)));
    return all.map(
      (el) => `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent.trim().slice(0, 40)}`,
    );
  });
}

beforeAll(async () => {
  app = await openExplorer({ viewport: { width: 1280, height: 800 } });
  await app.page.evaluate((k) => window.__osceKg!.context.selectNode(k), ODIHR);
  await app.page.getByRole('tab', { name: 'Details' }).click();
  await app.page.getByRole('region', { name: 'Details' }).locator('blockquote').first().waitFor();
});
afterAll(async () => {
  await stopStarted(app);
});

describe('keyboard', () => {
  it('Tab reaches every control once, in page order (skip button, header, filters, panels), each with a visible ring', async () => {
    const { page } = app;
    const controls = await markTabbable(page);
    expect(controls.length).toBeGreaterThan(40);
    // Start at the top: into the search box, then Shift+Tab back to the first stop (by keyboard, so rings show).
    await page.getByRole('combobox', { name: 'Search entities' }).click();
    await page.keyboard.press('Shift+Tab');
    const visits: Focused[] = [await focused(page)];
    for (let i = 1; i < controls.length; i++) {
      await page.keyboard.press('Tab');
      visits.push(await focused(page));
    }
    expect(visits.map((v) => v.index)).toEqual(controls.map((_c, i) => i));
    expect(visits.filter((v) => !v.ring).map((v) => v.label)).toEqual([]);
    expect(visits.filter((v) => !v.onScreen).map((v) => v.label)).toEqual([]);
    const order = visits.map((v) => v.label);
    expect(order[0]).toBe('button Skip to the panels');
    expect(order[1]).toBe('input Search entities');
    expect(order.findIndex((l) => l.includes('Start layout'))).toBeLessThan(
      order.findIndex((l) => l.includes('Show everything')),
    );
    expect(order.findIndex((l) => l.includes('Show everything'))).toBeLessThan(
      order.findIndex((l) => l === 'button Details'),
    );
  });

  it('the skip button takes the keyboard to the panels', async () => {
    const { page } = app;
    await page.getByRole('combobox', { name: 'Search entities' }).click();
    await page.keyboard.press('Shift+Tab');
    const skip = page.getByRole('button', { name: 'Skip to the panels' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0); // it shows when focused
    await screenshot(page, 'keyboard-skip');
    await page.keyboard.press('Enter');
    expect((await focused(page)).label).toBe('button Details');
  });

  it('arrows move between tabs; Enter and Space press buttons and tick boxes', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Details' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'List' }).getAttribute('aria-selected')).toBe('true');
    expect((await focused(page)).label).toBe('button List');
    await page.keyboard.press('End');
    expect(await page.getByRole('tab').last().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    expect(await page.getByRole('tab', { name: 'Details' }).getAttribute('aria-selected')).toBe('true');

    const layout = page.getByRole('button', { name: /(Start|Stop) layout/ });
    await layout.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => layout.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => layout.getAttribute('aria-pressed')).toBe('false');

    const theme = page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: /^Theme/ });
    await theme.focus();
    await page.keyboard.press('Space');
    expect(await theme.isChecked()).toBe(false);
    await expect.poll(() => page.locator('.filter-summary').textContent()).toMatch(/of \d+ entities shown/);
    await page.keyboard.press('Space');
    expect(await theme.isChecked()).toBe(true);
  });

  it('Enter on a list row selects its entity; Enter and Space on matrix cells open their statements', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'List' }).click();
    const row = page.getByRole('table', { name: 'Entities' }).getByRole('button', { name: 'Hate crime', exact: true });
    await row.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => window.__osceKg!.context.getSelectedNode()))
      .toBe('https://w3id.org/osce-kg/id/theme-hate-crime');

    await page.getByRole('tab', { name: 'Matrix' }).click();
    const cells = page.locator('.matrix-table td button');
    await cells.first().waitFor();
    await cells.nth(0).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cells.nth(0).getAttribute('aria-pressed')).toBe('true');
    const first = await page.locator('.matrix-details h3').textContent();
    await cells.nth(1).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => cells.nth(1).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.matrix-details h3').textContent()).not.toBe(first);
    await page.getByRole('button', { name: 'Swap rows and columns' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('button', { name: 'Swap rows and columns' }).getAttribute('aria-pressed')).toBe('true');
    // The open cell stays marked in the swapped table.
    expect(await page.locator('.matrix-table td button[aria-pressed="true"]').count()).toBe(1);
  });

  it('Enter on "Show in source" opens the Read tab at the passage with the focus in the document; Esc clears the selection', async () => {
    const { page } = app;
    await page.evaluate((k) => window.__osceKg!.context.selectNode(k), ODIHR);
    await page.getByRole('tab', { name: 'Details' }).click();
    const show = page.getByRole('region', { name: 'Details' }).getByRole('button', { name: 'Show in source' }).first();
    await show.focus();
    await page.keyboard.press('Enter');
    const doc = page.getByRole('article', { name: 'Document text' });
    await doc.locator('.rd-passage').first().waitFor();
    expect(await doc.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await screenshot(page, 'keyboard-source');
    // From the document, Tab reaches its first mention (a button)
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('rd-m'))).toBe(true);
    expect(await page.evaluate(() => window.__osceKg!.context.getSelectedNode())).toBe(ODIHR);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.__osceKg!.context.getSelectedNode())).toBeNull();
    expect(app.errors).toEqual([]);
  });
});
