// Filters, the list view and the shared URL: a filter hides nodes, the table follows, reload and back/forward restore.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer, screenshot, waitReady, waitSettled, type ExplorerSession } from './harness';
import { stopStarted } from '../helpers/stop-started';

const ODIHR = 'https://w3id.org/osce-kg/id/odihr';
let app: ExplorerSession;

beforeAll(async () => {
  app = await openExplorer();
});
afterAll(async () => {
  await stopStarted(app);
});

const visibleKinds = () =>
  app.page.evaluate(() => {
    const ctx = window.__osceKg?.context;
    if (!ctx) return [];
    const g = ctx.getGraph();
    return [...new Set(ctx.visibleNodes().map((k) => g.getNodeAttribute(k, 'kind')))].sort();
  });
const visibleCount = () => app.page.evaluate(() => window.__osceKg?.context.visibleNodes().length ?? 0);
const tableRows = () => app.page.getByRole('table', { name: 'Entities' }).locator('tbody tr').count();

describe('filters and list view', () => {
  it('the list view shows every visible entity and sorts', async () => {
    await app.page.getByRole('tab', { name: 'List' }).click();
    const table = app.page.getByRole('table', { name: 'Entities' });
    expect(await tableRows()).toBe(await visibleCount());
    await table.getByRole('button', { name: /Relations/ }).click();
    expect(await table.getByRole('columnheader', { name: /Relations/ }).getAttribute('aria-sort')).toBe('descending');
    const degrees = await table.locator('tbody tr td:nth-child(3)').allTextContents();
    const numbers = degrees.map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    await table.locator('tbody tr').first().getByRole('button').click();
    expect(await app.page.evaluate(() => window.__osceKg?.context.getSelectedNode())).not.toBeNull();
  });

  it('unchecking a class hides its nodes on the graph and in the list', async () => {
    const before = await visibleCount();
    expect(await visibleKinds()).toContain('partner');
    await app.page.getByRole('checkbox', { name: /Partner organization/ }).uncheck();
    expect(await visibleKinds()).not.toContain('partner');
    const after = await visibleCount();
    expect(after).toBeLessThan(before);
    expect(await tableRows()).toBe(after);
    expect(await app.page.getByRole('region', { name: 'Filters' }).getByRole('status').textContent()).toContain(
      `${after} of`,
    );
    expect(app.page.url()).toContain('hide=partner');
    await screenshot(app.page, 'state-filtered');
  });

  it('an SDG goal keeps only what serves it', async () => {
    await app.page.getByLabel('Serves SDG goal').selectOption('10');
    const kinds = await visibleKinds();
    expect(kinds).toContain('target');
    expect(kinds.length).toBeGreaterThan(1);
    expect(await visibleCount()).toBeLessThan(60);
    await app.page.getByLabel('Serves SDG goal').selectOption('');
  });

  it('focus shows only the neighbourhood of the selection', async () => {
    await app.page.evaluate((k) => window.__osceKg?.context.selectNode(k), ODIHR);
    await app.page.getByLabel('Focus on selection').selectOption('1');
    const nodes = await app.page.evaluate(() => window.__osceKg?.context.visibleNodes() ?? []);
    const neighbours = await app.page.evaluate((k) => {
      const g = window.__osceKg?.context.getGraph();
      return g ? g.neighbors(k).length : 0;
    }, ODIHR);
    expect(nodes).toContain(ODIHR);
    expect(nodes.length).toBeLessThanOrEqual(neighbours + 1);
    await screenshot(app.page, 'state-focus');
  });

  it('reload restores the selection and the filters from the URL', async () => {
    const url = app.page.url();
    expect(url).toContain('sel=');
    expect(url).toContain('focus=1');
    await app.page.reload();
    await waitReady(app.page);
    await waitSettled(app.page);
    expect(await app.page.evaluate(() => window.__osceKg?.context.getSelectedNode())).toBe(ODIHR);
    expect(await app.page.getByRole('checkbox', { name: /Partner organization/ }).isChecked()).toBe(false);
    expect(await app.page.getByLabel('Focus on selection').inputValue()).toBe('1');
    // The List was open (tab=list): it is open again; the selection's details are one tab away.
    expect(await app.page.getByRole('tab', { name: 'List' }).getAttribute('aria-selected')).toBe('true');
    await app.page.getByRole('tab', { name: 'Details' }).click();
    expect(
      await app.page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 }).textContent(),
    ).toBe('Office for Democratic Institutions and Human Rights');
  });

  it('back and forward walk through selections and filters', async () => {
    await app.page.getByLabel('Focus on selection').selectOption('0');
    await app.page.getByRole('checkbox', { name: /Partner organization/ }).check();
    expect(app.page.url()).not.toContain('hide=partner');
    await app.page.goBack();
    await expect.poll(() => app.page.getByRole('checkbox', { name: /Partner organization/ }).isChecked()).toBe(false);
    await app.page.goForward();
    await expect.poll(() => app.page.getByRole('checkbox', { name: /Partner organization/ }).isChecked()).toBe(true);
    await app.page.evaluate(() => window.__osceKg?.context.selectNode(null));
    expect(app.page.url()).not.toContain('sel=');
    await app.page.goBack();
    await expect.poll(() => app.page.evaluate(() => window.__osceKg?.context.getSelectedNode())).toBe(ODIHR);
    expect(app.errors).toEqual([]);
  });

  it('the camera and the size choice are shared too', async () => {
    await app.page.locator('summary', { hasText: 'Appearance' }).click();
    await app.page.getByLabel('Size by').selectOption('pagerank');
    expect(app.page.url()).toContain('size=pagerank');
    await app.page.keyboard.press('Escape');
    await app.page.mouse.move(600, 400);
    await app.page.mouse.wheel(0, -400);
    await expect.poll(() => app.page.url(), { timeout: 5000 }).toContain('cam=');
    const url = app.page.url();
    const cam = new URLSearchParams(new URL(url).hash.slice(1)).get('cam');
    await app.page.reload();
    await waitReady(app.page);
    expect(await app.page.getByLabel('Size by').inputValue()).toBe('pagerank');
    const ratio = await app.page.evaluate(() => window.location.hash);
    expect(new URLSearchParams(ratio.slice(1)).get('cam')).toBe(cam);
  });
});
