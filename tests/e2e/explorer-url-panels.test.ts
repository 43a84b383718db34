// Shared links reopen what was open (issue 15, bug 9): the open tab and the Paths panel's two ends live in the URL,
// back/forward walk through found paths, and a hand-edited link never breaks the page.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExplorer, screenshot, type ExplorerSession } from './harness';

const ID = 'https://w3id.org/osce-kg/id/';
const ODIHR = `${ID}odihr`;
const IOM = `${ID}iom`;
const UNHCR = `${ID}unhcr`;

const sessions: ExplorerSession[] = [];
async function open(suffix: string): Promise<ExplorerSession> {
  const app = await openExplorer({ suffix });
  sessions.push(app);
  return app;
}

const hashParams = (page: Page): Promise<URLSearchParams> =>
  page.evaluate(() => location.hash).then((h) => new URLSearchParams(h.slice(1)));
const selectedTab = (page: Page): Promise<string | null> =>
  page.locator('[role="tab"][aria-selected="true"]').textContent();
const pathLink = (from: string, to: string): string => `#tab=paths&path=${encodeURIComponent(`${from} ${to}`)}`;
const appErrors = (app: ExplorerSession): string[] =>
  app.errors.filter((e) => !/favicon|Failed to load resource/.test(e));

afterAll(async () => {
  for (const s of sessions) await s.close();
});

describe('panels in the URL', () => {
  it('a link with tab=matrix opens the Matrix; choosing a tab writes it without a history entry', async () => {
    const app = await open('#tab=matrix');
    const { page } = app;
    expect(await selectedTab(page)).toBe('Matrix');
    await page
      .getByRole('region', { name: 'Matrix' })
      .getByRole('heading', { name: /Bodies × SDG targets/ })
      .waitFor();
    const before = await page.evaluate(() => history.length);
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await expect.poll(async () => (await hashParams(page)).get('tab')).toBe('timeline');
    await page.getByRole('tab', { name: 'Details' }).click();
    await expect.poll(async () => (await hashParams(page)).has('tab')).toBe(false);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.getByRole('tab', { name: 'Matrix' }).click();
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.explorer === 'ready');
    expect(await selectedTab(page)).toBe('Matrix');
    expect(appErrors(app)).toEqual([]);
  });

  it('a link with a path reopens the Paths panel with both ends and the paths found', async () => {
    const app = await open(pathLink(ODIHR, IOM));
    const { page } = app;
    expect(await selectedTab(page)).toBe('Paths');
    await expect
      .poll(() => page.getByRole('combobox', { name: 'From entity' }).inputValue())
      .toBe('Office for Democratic Institutions and Human Rights');
    expect(await page.getByRole('combobox', { name: 'To entity' }).inputValue()).toBe(
      'International Organization for Migration',
    );
    const region = page.getByRole('region', { name: 'Paths found' });
    await expect.poll(() => region.locator('section').count()).toBeGreaterThan(0);
    expect(await page.locator('.graph-caption').textContent()).toMatch(/^\d+ paths?$/);
    // Framed once the first layout has placed the nodes (not where they stood when the panel restored the path).
    const box = await page.locator('#graph').boundingBox();
    await expect
      .poll(
        () => page.evaluate((keys) => keys.map((k) => window.__osceKg!.view.nodeViewportPosition(k)), [ODIHR, IOM]),
        { timeout: 10_000 },
      )
      .toSatisfy((points: ({ x: number; y: number } | null)[]) =>
        points.every((p) => p !== null && p.x > 0 && p.y > 0 && p.x < box!.width && p.y < box!.height),
      );
    await screenshot(page, 'url-panels-path-restored');
    expect(appErrors(app)).toEqual([]);
  });

  it('finding a path pushes it; Back and Forward bring the earlier and later paths back', async () => {
    const app = await open(pathLink(ODIHR, IOM));
    const { page } = app;
    const to = page.getByRole('combobox', { name: 'To entity' });
    await expect.poll(() => to.inputValue()).toBe('International Organization for Migration');
    await to.fill('UNHCR');
    await page.getByRole('listbox', { name: 'To entity suggestions' }).getByRole('option').first().click();
    await page.getByRole('button', { name: 'Find paths' }).click();
    await expect.poll(async () => (await hashParams(page)).get('path')).toBe(`${ODIHR} ${UNHCR}`);
    await page.goBack();
    await expect.poll(() => to.inputValue()).toBe('International Organization for Migration');
    expect((await hashParams(page)).get('path')).toBe(`${ODIHR} ${IOM}`);
    await page.goForward();
    await expect.poll(() => to.inputValue()).toMatch(/High Commissioner for Refugees/);
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(async () => (await hashParams(page)).has('path')).toBe(false);
    expect(await page.getByRole('region', { name: 'Paths found' }).locator('section').count()).toBe(0);
    expect(appErrors(app)).toEqual([]);
  });

  it('a link naming entities this graph lacks, a malformed path or an unknown tab is reported or ignored', async () => {
    const missing = await open(pathLink(ODIHR, 'urn:x:nowhere'));
    await expect
      .poll(() => missing.page.locator('.okg-qp-status').textContent())
      .toBe('The link’s path names urn:x:nowhere, which is not in this graph.');
    const odd = await open('#tab=%3Cscript%3E&path=only-one&sel=' + encodeURIComponent(ODIHR));
    expect(await selectedTab(odd.page)).toBe('Details');
    await odd.page.getByRole('tab', { name: 'Paths' }).click();
    await expect
      .poll(() => odd.page.locator('.okg-qp-status').textContent())
      .toBe('The link’s path could not be read: pick the two entities.');
    expect([...appErrors(missing), ...appErrors(odd)]).toEqual([]);
  });
});
