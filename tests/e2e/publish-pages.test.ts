// The static publication in real Chromium: every page (each resource, each SDG goal and target, the index, the
// ontology, the dataset, the 404) renders without a console error and passes every axe-core rule; one browser, one
// tab, all pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openExplorer, screenshot, serveDist } from './harness';
import { loadBundledGraph } from '../../src/node/bundled';
import { writeSite } from '../../src/publish/write-site';
import { closeServer, stopStarted } from '../helpers/stop-started';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let dir: string;
let server: Server;
let base: string;
let browser: Browser;
let page: Page;
let pages: string[];
const errors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'osce-kg-site-e2e-'));
  const graph = await loadBundledGraph();
  await writeSite(graph.data, { out: dir, siteUrl: 'https://example.org/osce-kg/', sourceText: graph.sourceText });
  const served = await serveDist(dir);
  server = served.server;
  base = served.url;
  pages = [
    'id/index.html',
    'ontology.html',
    'void.html',
    '404.html',
    ...(readFileSync(join(dir, 'sitemap.xml'), 'utf8').match(/<loc>[^<]+<\/loc>/g) ?? [])
      .map((l) => l.slice(5, -6).replace('https://example.org/osce-kg/', ''))
      .filter((p) => /^(id|sdg)\//.test(p) && p !== 'id/index.html'),
  ];
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  // axe enters every document as it starts, once per navigation, instead of a script tag added after each load
  await context.addInitScript({ content: AXE });
  page = await context.newPage();
  watch(page);
});

function watch(tab: Page): void {
  tab.on('pageerror', (err) => errors.push(`${tab.url()}: ${err.message}`));
  tab.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${tab.url()}: ${msg.text()}`);
  });
}

afterAll(async () => {
  await stopStarted(browser);
  await closeServer(server);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Violation {
  id: string;
  nodes: string[];
}

/** Every axe rule on the current page (axe is there from the init script). */
async function axe(target: Page): Promise<Violation[]> {
  return target.evaluate(async () => {
    interface AxeResult {
      violations: { id: string; nodes: { target: string[] }[] }[];
    }
    const run = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe.run;
    const result = await run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

describe('published pages in Chromium', () => {
  it('covers every resource of the bundled graph', () => {
    expect(pages.length).toBeGreaterThan(250);
  });

  it('every page parses in Chromium with one h1, no duplicate id, no empty link and a title', async () => {
    // Chromium's own HTML parser over every page from one document (a navigation per page costs ~100 ms on a busy
    // machine); the pages hold no script, so rendering them one by one would find nothing more than the sample below.
    await page.goto(`${base}void.html`);
    const failures = await page.evaluate(
      async (paths) => {
        const found: string[] = [];
        for (const path of paths) {
          const response = await fetch(path);
          const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
          const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
          const problems = [
            ...(response.ok ? [] : [`status ${response.status}`]),
            ...(doc.querySelectorAll('h1').length === 1 ? [] : ['not one h1']),
            ...(doc.title.trim() ? [] : ['no title']),
            ...ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `duplicate id ${id}`),
            ...[...doc.querySelectorAll('a')]
              .filter((a) => !a.textContent.trim())
              .map((a) => `empty link ${a.getAttribute('href')}`),
            ...[...doc.querySelectorAll('script:not([type="application/ld+json"])')].map(() => 'executable script'),
          ];
          if (problems.length) found.push(`${path}: ${problems.join('; ')}`);
        }
        return found;
      },
      pages.map((p) => base + p),
    );
    expect(failures).toEqual([]);
  });

  it('every page passes every axe rule, without a console error', { timeout: 900_000 }, async () => {
    // Two tabs of the one context share the pages: a renderer each, so two cores can work when they are free
    const second = await page.context().newPage();
    watch(second);
    const failures: string[] = [];
    const check = async (tab: Page, paths: string[]): Promise<void> => {
      for (const path of paths) {
        await tab.goto(base + path, { waitUntil: 'load' });
        const violations = await axe(tab);
        if (violations.length) failures.push(`${path}: ${JSON.stringify(violations)}`);
      }
    };
    try {
      await Promise.all([
        check(
          page,
          pages.filter((_, i) => i % 2 === 0),
        ),
        check(
          second,
          pages.filter((_, i) => i % 2 === 1),
        ),
      ]);
    } finally {
      await second.close();
    }
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
    expect(pages.filter((p) => p.startsWith('sdg/')).length).toBeGreaterThan(10);
  });

  it('shows ODIHR with its quotes, and the sentence in the source is marked', async () => {
    await page.goto(`${base}id/odihr.html`);
    expect(await page.locator('h1').textContent()).toBe('Office for Democratic Institutions and Human Rights');
    expect(await page.locator('blockquote').count()).toBeGreaterThan(3);
    await screenshot(page, 'publish-entity-odihr');
    const sentence = page.getByRole('link', { name: 'the sentence in the source' }).first();
    await sentence.click();
    const id = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`mark[id="${id}"]`).count()).toBe(1);
    await screenshot(page, 'publish-source');
  });

  it("the explorer's Details links to the entity page", async () => {
    const app = await openExplorer({
      suffix: `#sel=${encodeURIComponent('https://w3id.org/osce-kg/id/odihr')}`,
      waitSettled: false,
    });
    try {
      const link = app.page.getByRole('region', { name: 'Details' }).getByRole('link', { name: 'Entity page' });
      expect(await link.getAttribute('href')).toBe('id/odihr.html');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
