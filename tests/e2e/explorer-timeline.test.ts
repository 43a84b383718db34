// The Timeline tab: a period narrows the graph and the URL, a shared link restores it, Play moves the years forward.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExplorer, screenshot, type ExplorerSession } from './harness';
import { stopStarted } from '../helpers/stop-started';

let app: ExplorerSession;
beforeAll(async () => {
  app = await openExplorer();
});
afterAll(async () => {
  await stopStarted(app);
});

const visibleCount = (page: Page) => page.evaluate(() => window.__osceKg!.context.visibleNodes().length);

async function setRange(page: Page, label: string, value: number): Promise<void> {
  await page.getByRole('slider', { name: label }).evaluate((el, v) => {
    const input = el as HTMLInputElement;
    input.value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

describe('timeline', () => {
  it('shows the dated years, narrows the graph to a period and puts it in the URL', async () => {
    const { page } = app;
    const all = await visibleCount(page);
    await page.getByRole('tab', { name: 'Timeline' }).click();
    const status = page.locator('.okg-timeline-status');
    await expect.poll(() => status.innerText()).toMatch(/^All years, 1975–201\d: \d+ dated entities\.$/);
    expect(await page.locator('.okg-timeline-bar').count()).toBeGreaterThan(40);

    await setRange(page, 'From year', 2010);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('period=2010-2');
    expect(await status.innerText()).toMatch(/^2010–201\d: \d+ of \d+ dated entities shown\.$/);
    const narrowed = await visibleCount(page);
    expect(narrowed).toBeLessThan(all);
    expect(narrowed).toBeGreaterThan(0);
    await screenshot(page, 'timeline-period');

    // A shared link restores the period.
    const shared = await openExplorer({ suffix: await page.evaluate(() => location.hash), waitSettled: false });
    try {
      expect(await visibleCount(shared.page)).toBe(narrowed);
    } finally {
      await shared.close();
    }

    await page.getByRole('button', { name: 'All years' }).click();
    await expect.poll(() => visibleCount(page)).toBe(all);
    expect(await page.evaluate(() => location.hash)).not.toContain('period=');
  });

  it('plays the years forward from the first one and pauses', async () => {
    const { page } = app;
    const all = await visibleCount(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/period=1975-19\d\d/);
    expect(await visibleCount(page)).toBeLessThan(all);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await page.evaluate(() => location.hash);
    await page.waitForTimeout(900);
    expect(await page.evaluate(() => location.hash)).toBe(paused);
    expect(app.errors).toEqual([]);
  });
});
