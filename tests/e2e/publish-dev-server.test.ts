// `npm run dev`: the Vite dev server answers the published pages too, so the explorer's "Entity page" link opens the
// entity's page (not the explorer again, nor a 404), and /sdg/…, /pages.css and bad names behave as on `serve`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { launchChromium, screenshot } from './harness';
import { stopStarted } from '../helpers/stop-started';

const ROOT = join(import.meta.dirname, '../..');
const ODIHR = 'https://w3id.org/osce-kg/id/odihr';
let server: ViteDevServer;
let base: string;
let browser: Browser;

beforeAll(async () => {
  server = await createServer({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  base = server.resolvedUrls?.local[0] ?? '';
  browser = await launchChromium();
});

afterAll(async () => {
  await stopStarted(browser);
  await stopStarted(server);
});

describe('the published pages on the Vite dev server', () => {
  it("the explorer's Entity page link opens the entity's page", async () => {
    const page = await (await browser.newContext({ viewport: { width: 1200, height: 800 } })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${base}#sel=${encodeURIComponent(ODIHR)}`);
    const link = page.getByRole('region', { name: 'Details' }).getByRole('link', { name: 'Entity page' });
    await link.waitFor({ timeout: 90_000 });
    await link.click();
    await page.waitForURL(/\/id\/odihr\.html$/);
    expect(await page.locator('h1').textContent()).toBe('Office for Democratic Institutions and Human Rights');
    expect(await page.locator('blockquote').count()).toBeGreaterThan(3);
    // The shared stylesheet is there: the quotes are styled
    expect(
      await page
        .locator('blockquote')
        .first()
        .evaluate((b) => getComputedStyle(b).borderLeftStyle),
    ).toBe('solid');
    await screenshot(page, 'publish-dev-entity-page');
    expect(errors).toEqual([]);
  });

  it('answers by Accept and suffix, SDG pages and the stylesheet, and refuses bad names', async () => {
    const turtle = await fetch(`${base}id/odihr`, { headers: { accept: 'text/turtle' } });
    expect(turtle.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(await turtle.text()).toContain('Office for Democratic Institutions and Human Rights');
    const sdg = await fetch(`${base}sdg/10.7`);
    expect(sdg.status).toBe(200);
    expect(await sdg.text()).toContain('<h1>SDG target 10.7</h1>');
    const css = await fetch(`${base}pages.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await fetch(`${base}id/no-such-thing`)).status).toBe(404);
    const bad = await fetch(`${base}id/a%00b`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/bad resource name/);
    // Everything else is still Vite's: the explorer's page
    expect(await (await fetch(base)).text()).toContain('<script type="module"');
  });
});
