// What a first-time analyst trips on (issue 15): drops, emphasis and Esc, controls, camera, search, URL state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExplorer, screenshot, type ExplorerSession } from './harness';
import { stopStarted } from '../helpers/stop-started';

const ODIHR = 'https://w3id.org/osce-kg/id/odihr';
let app: ExplorerSession;

beforeAll(async () => {
  app = await openExplorer();
});
afterAll(async () => {
  await stopStarted(app);
});

const selected = (page: Page) => page.evaluate(() => window.__osceKg!.context.getSelectedNode());
const emphasis = (page: Page) => page.evaluate(() => window.__osceKg!.view.emphasis());
const caption = (page: Page) => page.locator('.graph-caption');

/**
 * Drags a file over the page's body (not the drop zone) and drops it there; returns whether the browser's default was
 * prevented.
 */
async function dropOnPage(
  page: Page,
  name: string,
  bytes: number[] | string,
): Promise<{ over: boolean; drop: boolean }> {
  return page.evaluate(
    ({ name, bytes }) => {
      const dt = new DataTransfer();
      const content = typeof bytes === 'string' ? bytes : new Uint8Array(bytes);
      dt.items.add(new File([content], name));
      const target = document.querySelector('.graph') ?? document.body;
      const over = new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true });
      target.dispatchEvent(over);
      const drop = new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true });
      target.dispatchEvent(drop);
      return { over: over.defaultPrevented, drop: drop.defaultPrevented };
    },
    { name, bytes },
  );
}

const importState = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLElement>('.import-panel')?.dataset.importState ?? null);

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
    expect(
      await page.evaluate(() => window.__osceKg!.context.getGraph().hasNode('http://example.org/dropped-early')),
    ).toBe(true);
    await screenshot(page, 'analyst-drop');
  });

  it('bug 9: a PNG dropped on the page is "not an RDF file" and the graph is unchanged', async () => {
    const { page } = app;
    const before = await page.evaluate(() => window.__osceKg!.context.getQuads().length);
    await dropOnPage(
      page,
      'picture.png',
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52],
    );
    await expect.poll(() => importState(page), { timeout: 30_000 }).toBe('error');
    expect(await page.locator('.import-error').innerText()).toContain('picture.png is not an RDF file');
    expect(await page.evaluate(() => window.__osceKg!.context.getQuads().length)).toBe(before);
  });
});

describe('bug 2 and 4: one emphasis rule, Esc, controls show the real state', () => {
  it('a node chosen after a highlight shows its neighbourhood and the caption goes', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Details' }).click();
    await page.evaluate(() =>
      window.__osceKg!.context.setHighlight({
        nodes: ['https://w3id.org/osce-kg/id/osce'],
        edges: [],
        caption: '44 results',
      }),
    );
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
    await page.evaluate(() =>
      window.__osceKg!.context.setHighlight({
        nodes: ['https://w3id.org/osce-kg/id/osce'],
        edges: [],
        caption: '1 result',
      }),
    );
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
    expect(await page.evaluate(() => window.__osceKg!.context.visibleNodes().length)).toBeLessThan(
      await page.evaluate(() => window.__osceKg!.context.getGraph().order),
    );
    await page.locator('body').press('Escape');
    expect(await focus.inputValue()).toBe('0');
    expect(await focus.isDisabled()).toBe(true);
    expect(page.url()).not.toContain('focus=');
    expect(await page.evaluate(() => window.__osceKg!.context.visibleNodes().length)).toBe(
      await page.evaluate(() => window.__osceKg!.context.getGraph().order),
    );
  });
});

/** Each emphasised node's disc and (drawn) label lie inside the graph canvas. */
async function outsideCanvas(page: Page, keys: string[]): Promise<string[]> {
  return page.evaluate((keys) => {
    const box = document.querySelector('.graph')!.getBoundingClientRect();
    return keys.filter((k) => {
      const p = window.__osceKg!.view.nodeViewportPosition(k);
      return !p || p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height;
    });
  }, keys);
}

/** 'rest' once the camera has stopped: a node's place on screen is the same in two readings 500 ms apart. */
const cameraAtRest = (page: Page) =>
  page.evaluate(
    (key) =>
      new Promise<string>((done) => {
        const read = () => JSON.stringify(window.__osceKg!.view.nodeViewportPosition(key));
        const first = read();
        setTimeout(() => done(first === read() ? 'rest' : 'moving'), 500);
      }),
    ODIHR,
  );

describe('bug 5: search', () => {
  it('finds words in any order, US spellings and SDG notations; "Show all" highlights every match', async () => {
    const { page } = app;
    const box = page.getByRole('combobox', { name: 'Search entities' });
    const firstKey = async (text: string) => {
      await box.fill(text);
      return page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first().getAttribute('data-key');
    };
    expect(await firstKey('office democratic')).toBe(ODIHR);
    expect(await firstKey('SDG 10.7')).toBe('http://metadata.un.org/sdg/10.7');
    expect(await firstKey('target 10.7')).toBe('http://metadata.un.org/sdg/10.7');
    expect(await firstKey('Goal 10')).toBe('http://metadata.un.org/sdg/10');
    expect(await firstKey('labor migration')).not.toBeNull();
    await box.fill('migration');
    const showAll = page.getByRole('option', { name: /^Show all \d+ matches on the graph$/ });
    const n = Number((await showAll.innerText()).match(/\d+/)![0]);
    expect(n).toBeGreaterThan(10);
    await showAll.dispatchEvent('mousedown');
    expect(await caption(page).innerText()).toBe(`${n} matches for “migration”`);
    const shown = await emphasis(page);
    expect(shown.active.length).toBeGreaterThanOrEqual(n);
    await expect.poll(() => cameraAtRest(page)).toBe('rest');
    await screenshot(page, 'analyst-search-all');
    await page.locator('body').press('Escape');
  });
});

describe('bug 3 and 8: the camera frames what matters, labels read well', () => {
  it('a highlight (query results, paths) is framed inside the canvas', async () => {
    const { page } = app;
    const keys = await page.evaluate(() => {
      const g = window.__osceKg!.context.getGraph();
      return g.filterNodes((_k, a) => a.kind === 'target');
    });
    await page.evaluate(
      (nodes) => window.__osceKg!.context.setHighlight({ nodes, edges: [], caption: `${nodes.length} results` }),
      keys,
    );
    await expect.poll(() => cameraAtRest(page)).toBe('rest');
    expect(await outsideCanvas(page, keys)).toEqual([]);
    await screenshot(page, 'analyst-framed-targets');
    await page.locator('body').press('Escape');
  });

  it('SDG targets read as their notation on the canvas', async () => {
    const { page } = app;
    const label = await page.evaluate(() => window.__osceKg!.view.nodeLabel('http://metadata.un.org/sdg/10.7'));
    expect(label).toBe('10.7');
  });

  it('no two labels drawn overlap in the whole graph, nor around a selection', async () => {
    const { page } = app;
    const overlaps = () =>
      page.evaluate(() => {
        const boxes = window.__osceKg!.view.labelBoxes();
        const pairs: string[] = [];
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) {
            if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push(`${a.label} / ${b.label}`);
          }
        }
        return { pairs, count: boxes.length };
      });
    await page.getByRole('button', { name: 'Fit graph' }).click();
    await expect.poll(() => cameraAtRest(page)).toBe('rest');
    // Colliding labels are hidden after the frame that drew them: the picture at rest has none.
    await expect.poll(async () => (await overlaps()).pairs, { timeout: 5000 }).toEqual([]);
    expect((await overlaps()).count).toBeGreaterThanOrEqual(3);
    await chooseFromSearch(page, 'ODIHR');
    await expect.poll(() => cameraAtRest(page)).toBe('rest');
    await expect.poll(async () => (await overlaps()).pairs, { timeout: 5000 }).toEqual([]);
    expect(await outsideCanvas(page, [ODIHR])).toEqual([]);
    const box = await page.evaluate(() =>
      window.__osceKg!.view.labelBoxes().find((b) => b.key === 'https://w3id.org/osce-kg/id/odihr'),
    );
    const width = await page.evaluate(() => document.querySelector('.graph')!.getBoundingClientRect().width);
    expect(box!.x2).toBeLessThanOrEqual(width); // the selected node's label is not cut by the panel
    await screenshot(page, 'analyst-selected-labels');
    await page.locator('body').press('Escape');
  });

  it('the SDG filter frames what it leaves', async () => {
    const { page } = app;
    await page.getByLabel('Serves SDG goal').selectOption('10');
    await expect.poll(() => cameraAtRest(page)).toBe('rest');
    const visible = await page.evaluate(() => window.__osceKg!.context.visibleNodes());
    expect(await outsideCanvas(page, visible)).toEqual([]);
    const spread = await page.evaluate((keys) => {
      const xs = keys.map((k) => window.__osceKg!.view.nodeViewportPosition(k)!.x);
      return Math.max(...xs) - Math.min(...xs);
    }, visible);
    const width = await page.evaluate(() => document.querySelector('.graph')!.getBoundingClientRect().width);
    expect(spread).toBeGreaterThan(width / 3); // not tiny in an empty canvas
    await screenshot(page, 'analyst-sdg-framed');
    await page.getByLabel('Serves SDG goal').selectOption('');
  });
});

describe('bug 9: small ones', () => {
  it('Paths from a node to itself says "same entity"', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Paths' }).click();
    for (const name of ['From entity', 'To entity']) {
      const box = page.getByRole('combobox', { name });
      await box.fill('ODIHR');
      await page
        .getByRole('listbox', { name: `${name} suggestions` })
        .getByRole('option')
        .first()
        .click();
    }
    await page.getByRole('button', { name: 'Find paths' }).click();
    expect(await page.locator('.okg-paths-results').locator('..').getByRole('status').textContent()).toContain(
      'the same entity',
    );
    expect(await caption(page).innerText()).toBe('same entity');
    await page.locator('body').press('Escape');
  });

  it('a link selecting an entity the graph does not have says so', async () => {
    const bad = await openExplorer({
      suffix: '#sel=' + encodeURIComponent('https://w3id.org/osce-kg/id/no-such-thing'),
    });
    try {
      const notice = bad.page.locator('.app-status');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.innerText()).toContain(
        'https://w3id.org/osce-kg/id/no-such-thing, which is not in this graph',
      );
      expect(await selected(bad.page)).toBeNull();
      expect(bad.page.url()).not.toContain('sel=');
    } finally {
      await bad.close();
    }
  });
});

describe('bug 7: evidence is evidence', () => {
  it('Details shows each quote once, with the statements it supports under it, and no curator note as a quote', async () => {
    const { page } = app;
    await chooseFromSearch(page, 'ODIHR');
    await page.getByRole('tab', { name: 'Details' }).click();
    const details = page.getByRole('region', { name: 'Details' });
    await details.locator('.evidence blockquote').first().waitFor();
    const quotes = await details.locator('.evidence blockquote').allInnerTexts();
    expect(quotes.length).toBeGreaterThan(1);
    expect(new Set(quotes).size).toBe(quotes.length);
    const statements = await details.locator('.evidence').first().locator('.evidence-statement').count();
    expect(statements).toBeGreaterThan(0);
    const notes = await page.evaluate(() =>
      window
        .__osceKg!.context.getQuads()
        .filter((q) => /curationNote|rdf-schema#comment/.test(q.predicate.value))
        .map((q) => q.object.value),
    );
    expect(notes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(notes).not.toContain(q);
    await screenshot(page, 'analyst-details-evidence');
    await page.locator('body').press('Escape');
  });
});

describe('bug 6: things that are not entities are not nodes', () => {
  it('no Wikidata, seeAlso or status nodes; status is a badge and a filter; external links are links', async () => {
    const { page } = app;
    const strays = await page.evaluate(() =>
      window
        .__osceKg!.context.getGraph()
        .filterNodes((k) => /wikidata\.org|osce\.org\/|ontology#(Completed|Ongoing|Planned)$/.test(k)),
    );
    expect(strays).toEqual([]);
    const activity = await page.evaluate(
      () =>
        window
          .__osceKg!.context.getQuads()
          .find((q) => q.predicate.value.endsWith('ontology#status') && q.object.value.endsWith('#Ongoing'))!.subject
          .value,
    );
    await page.evaluate((k) => window.__osceKg!.context.selectNode(k), activity);
    await page.getByRole('tab', { name: 'Details' }).click();
    const details = page.getByRole('region', { name: 'Details' });
    expect(await details.locator('.badge').allInnerTexts()).toEqual(['ongoing']);
    await page.evaluate(() => window.__osceKg!.context.selectNode('https://w3id.org/osce-kg/id/osce'));
    const hrefs = await details
      .getByRole('list', { name: 'External links' })
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.some((h) => h?.startsWith('http://www.wikidata.org/entity/'))).toBe(true);
    expect(hrefs.every((h) => /^https?:/.test(h ?? ''))).toBe(true);
    await page.getByLabel('Status').selectOption('ongoing');
    const { completedShown, ongoingHidden } = await page.evaluate(() => {
      const ctx = window.__osceKg!.context;
      const visible = new Set(ctx.visibleNodes());
      const withStatus = (s: string) =>
        ctx
          .getQuads()
          .filter((q) => q.predicate.value.endsWith('ontology#status') && q.object.value.endsWith(s))
          .map((q) => q.subject.value);
      return {
        completedShown: withStatus('#Completed').filter((k) => visible.has(k)),
        ongoingHidden: withStatus('#Ongoing').filter((k) => !visible.has(k)),
      };
    });
    expect(completedShown).toEqual([]);
    expect(ongoingHidden).toEqual([]);
    expect(page.url()).toContain('status=ongoing');
    await screenshot(page, 'analyst-status-filter');
    await page.getByLabel('Status').selectOption('');
    await page.locator('body').press('Escape');
  });
});
