// The Query panel as a workbench, in real Chromium: implicit prefixes, paging and filter, the bar chart,
// history and saved queries kept in localStorage (and surviving corrupted or hostile storage).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExplorer, screenshot, waitReady, type ExplorerSession } from './harness';
import { stopStarted } from '../helpers/stop-started';

const OKG = 'https://w3id.org/osce-kg/ontology#';
const LIBRARY_KEY = 'osce-kg:query-library';

let app: ExplorerSession;
let page: Page;

async function openQueryTab(): Promise<void> {
  await page.getByRole('tab', { name: 'Query' }).click();
  await page.getByRole('textbox', { name: 'SPARQL query' }).waitFor();
}

async function setQuery(text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'SPARQL query' }).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

async function editorText(): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.cm-content .cm-line')].map((l) => l.textContent).join('\n'),
  );
}

async function run(text: string): Promise<string> {
  await setQuery(text);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction(
    () => document.querySelector('[data-query-state]')?.getAttribute('data-query-state') === 'idle',
    undefined,
    { timeout: 30_000 },
  );
  return (await page.locator('.okg-qp-status').textContent()) ?? '';
}

const results = () => page.getByRole('table', { name: 'Query results' });
const pager = () => page.locator('.okg-qp-page');

beforeAll(async () => {
  app = await openExplorer();
  page = app.page;
  // Storage left by an older version or tampered with: one good entry among junk and markup.
  await page.evaluate((key) => {
    localStorage.setItem(
      key,
      JSON.stringify({
        history: [{ text: 'ASK { ?s ?p ?o }', ranAt: 1 }, null, { text: { toString: 1 } }, 42],
        saved: [
          { name: '<img src=x onerror="window.__pwned=1">', text: 'SELECT * WHERE { ?s ?p ?o } LIMIT 1' },
          { name: 7 },
        ],
        __proto__: { polluted: true },
      }),
    );
  }, LIBRARY_KEY);
  await openQueryTab();
});

afterAll(async () => {
  await stopStarted(app);
});

describe('Query panel: known prefixes', () => {
  it('runs okg: and id: without PREFIX lines, and the editor names the prefixes it adds', async () => {
    await setQuery('SELECT ?partner WHERE { id:odihr okg:partnersWith ?partner }');
    const note = page.locator('.okg-qp-prefixes');
    await expect.poll(() => note.textContent(), { timeout: 10_000 }).toMatch(/id:, okg:$/);
    expect(await note.locator('code').allTextContents()).toEqual(['id:', 'okg:']);
    expect(await note.locator('code').first().getAttribute('title')).toBe('https://w3id.org/osce-kg/id/');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-query-state]')?.getAttribute('data-query-state') === 'idle',
    );
    expect(await page.locator('.okg-qp-status').textContent()).toMatch(/^[1-9]\d* rows? in/);
    await screenshot(page, 'query-implicit-prefixes');
    // Only used prefixes: declaring one and using nothing else leaves the note empty and hidden.
    await setQuery(`PREFIX okg: <${OKG}>\nSELECT * WHERE { ?s a okg:Partner }`);
    await expect.poll(() => note.isVisible(), { timeout: 10_000 }).toBe(false);
  });

  it('points a syntax error at the line and column of the text as typed', async () => {
    // The same broken query with the declaration on a line of its own gives the engine's own column on line 2.
    const broken = 'SELECT ?x WHERE { ?x okg:partnersWith }';
    const declared = await run(`PREFIX okg: <${OKG}>\n${broken}`);
    const column = /^Syntax error at line 2, column (\d+)/.exec(declared)?.[1];
    expect(column).toBeDefined();
    const implicit = await run(broken);
    expect(implicit).toMatch(new RegExp(`^Syntax error at line 1, column ${column} \\(1:${column}\\)`));
    await expect.poll(() => page.locator('.cm-lintRange-error').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });
});

describe('Query panel: pages and filter', () => {
  it('shows 50 rows a page with next and previous, and says which rows', async () => {
    const status = await run('SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 130');
    expect(status).toMatch(/^130 rows in/);
    expect(await pager().textContent()).toBe('Rows 1–50 of 130');
    expect(await results().locator('tbody tr').count()).toBe(50);
    expect(await page.getByRole('button', { name: 'Previous page' }).isDisabled()).toBe(true);
    const firstPage = await results().locator('tbody tr').first().textContent();
    await page.getByRole('button', { name: 'Next page' }).click();
    expect(await pager().textContent()).toBe('Rows 51–100 of 130');
    expect(await results().locator('tbody tr').first().textContent()).not.toBe(firstPage);
    await page.getByRole('button', { name: 'Next page' }).click();
    expect(await pager().textContent()).toBe('Rows 101–130 of 130');
    expect(await results().locator('tbody tr').count()).toBe(30);
    expect(await page.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Previous page' }).click();
    await page.getByRole('button', { name: 'Previous page' }).click();
    expect(await results().locator('tbody tr').first().textContent()).toBe(firstPage);
  });

  it('narrows the rows to those holding the filter text, across pages', async () => {
    await run('SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?label');
    const total = Number(/of (\d+)$/.exec((await pager().textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(50);
    await page.getByRole('searchbox', { name: 'Filter rows' }).fill('migration');
    await expect.poll(() => pager().textContent(), { timeout: 10_000 }).toMatch(/\(filtered from \d+\)$/);
    const label = (await pager().textContent()) ?? '';
    const matching = Number(/of (\d+) \(filtered from (\d+)\)/.exec(label)?.[1]);
    expect(label).toContain(`(filtered from ${total})`);
    expect(matching).toBeGreaterThan(0);
    expect(matching).toBeLessThan(total);
    // What the filter reads: the text shown and the full values (IRIs) behind it.
    const rows = await results()
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [...tr.querySelectorAll('td, button')]
            .map((c) => `${c.textContent} ${c.getAttribute('title') ?? ''}`)
            .join(' '),
        ),
      );
    expect(rows.length).toBe(Math.min(matching, 50));
    expect(rows.every((row) => /migration/i.test(row))).toBe(true);
    await screenshot(page, 'query-filter-pages');
    await page.getByRole('searchbox', { name: 'Filter rows' }).fill('zzzz-no-such-text');
    await expect.poll(() => pager().textContent(), { timeout: 10_000 }).toBe(`No rows match the filter (of ${total})`);
    expect(await results().locator('tbody tr').count()).toBe(0);
  });
});

describe('Query panel: bar chart', () => {
  it('draws an aggregate as bars, one per row, sized by the numbers, with a text alternative', async () => {
    await run('SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n) LIMIT 12');
    const counts = (await results().locator('tbody tr td:nth-child(2)').allTextContents()).map(Number);
    const classes = await results().locator('tbody tr td:nth-child(1)').allTextContents();
    expect(counts.length).toBeGreaterThan(2);
    await page.getByRole('button', { name: 'Chart', exact: true }).click();
    const chart = page.getByRole('img', { name: /^Bar chart of \?n by \?class/ });
    await chart.waitFor();
    expect(await results().count()).toBe(0);
    const widths = await chart
      .locator('rect')
      .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
    expect(widths).toHaveLength(counts.length);
    // Bars in the rows' order, each as long as its count relative to the largest.
    const scale = (widths[0] ?? 0) / (counts[0] ?? 1);
    widths.forEach((w, i) => expect(w).toBeCloseTo((counts[i] ?? 0) * scale, 0));
    const name = (await chart.getAttribute('aria-label')) ?? '';
    expect(name).toContain(`${classes[0]}: ${counts[0]}`);
    expect(await page.getByRole('button', { name: 'Chart', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'query-bar-chart');
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    expect(await results().locator('tbody tr').count()).toBe(counts.length);
  });

  it('offers no chart for a result without a numeric column', async () => {
    await run('SELECT ?s ?label WHERE { ?s rdfs:label ?label } LIMIT 5');
    expect(await page.getByRole('button', { name: 'Chart', exact: true }).isVisible()).toBe(false);
  });
});

describe('Query panel: history and saved queries', () => {
  it('survives corrupted storage: the good entries show, markup in names as text', async () => {
    await page.getByText(/^Saved queries \(\d+\) and history/).click();
    const saved = page.getByRole('list', { name: 'Saved queries' });
    expect(
      await saved.getByRole('button', { name: '<img src=x onerror="window.__pwned=1">', exact: true }).count(),
    ).toBe(1);
    expect(await saved.locator('img').count()).toBe(0);
    // The one good history entry from before, behind the queries run above.
    expect(await page.getByRole('list', { name: 'Recent queries' }).getByRole('button').last().textContent()).toBe(
      'ASK { ?s ?p ?o }',
    );
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('lists the queries run, newest first, at most 20, and loads one back without running it', async () => {
    for (let i = 1; i <= 22; i++) await run(`ASK { ?s ?p ${i} }`);
    const recent = page.getByRole('list', { name: 'Recent queries' }).getByRole('button');
    expect(await recent.count()).toBe(20);
    expect(await recent.first().textContent()).toBe('ASK { ?s ?p 22 }');
    expect(await recent.last().textContent()).toBe('ASK { ?s ?p 3 }');
    await recent.nth(4).click();
    expect(await editorText()).toBe('ASK { ?s ?p 18 }');
    expect(await page.locator('.okg-qp-status').textContent()).toMatch(
      /^Loaded a query from the history into the editor/,
    );
  });

  it('saves a query under a name (markup stays text), keeps it over a reload, and deletes it', async () => {
    const name = '<script>window.__pwned=2</script> partners';
    const query = 'SELECT ?p WHERE { id:odihr okg:partnersWith ?p }';
    await setQuery(query);
    await page.getByRole('textbox', { name: 'Query name' }).fill(name);
    await page.getByRole('button', { name: 'Save query' }).click();
    const saved = page.getByRole('list', { name: 'Saved queries' });
    await saved.getByRole('button', { name, exact: true }).waitFor();
    await screenshot(page, 'query-library');

    await page.reload();
    await waitReady(page);
    await openQueryTab();
    await page.getByText(/^Saved queries \(\d+\) and history/).click();
    await setQuery('ASK {}');
    await saved.getByRole('button', { name, exact: true }).click();
    expect(await editorText()).toBe(query);
    expect(await saved.locator('script').count()).toBe(0);
    expect(await page.getByRole('list', { name: 'Recent queries' }).getByRole('button').first().textContent()).toBe(
      'ASK { ?s ?p 22 }',
    );
    await page.getByRole('button', { name: `Delete saved query ${name}` }).click();
    expect(await saved.getByRole('button', { name, exact: true }).count()).toBe(0);
    const stored = await page.evaluate((key) => localStorage.getItem(key) ?? '', LIBRARY_KEY);
    expect(stored).not.toContain('__pwned=2');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(app.errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });
});

describe('Query panel: the query in the URL', () => {
  const sessions: ExplorerSession[] = [];
  afterAll(async () => {
    for (const s of sessions) await s.close();
  });
  const openLink = async (suffix: string): Promise<Page> => {
    const session = await openExplorer({ suffix });
    sessions.push(session);
    await session.page.getByRole('textbox', { name: 'SPARQL query' }).waitFor();
    return session.page;
  };
  const textOf = (p: Page) =>
    p.evaluate(() => [...document.querySelectorAll('.cm-content .cm-line')].map((l) => l.textContent).join('\n'));
  const hashQuery = (p: Page) => p.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('q'));

  it('a link reopens the Query tab with its text, says so, and runs nothing until asked', async () => {
    const query = 'SELECT ?partner WHERE {\n  id:odihr okg:partnersWith ?partner\n}';
    const linked = await openLink(`#tab=query&q=${encodeURIComponent(query)}`);
    expect(await linked.locator('[role="tab"][aria-selected="true"]').textContent()).toBe('Query');
    expect(await textOf(linked)).toBe(query);
    expect(await linked.locator('.okg-qp-status').textContent()).toMatch(/^This query came from the link: Run/);
    expect(await linked.getByRole('table', { name: 'Query results' }).count()).toBe(0);
    await screenshot(linked, 'query-from-link');
    await linked.getByRole('button', { name: 'Run', exact: true }).click();
    // The first run also starts the engine and loads the data.
    await expect
      .poll(() => linked.locator('.okg-qp-status').textContent(), { timeout: 30_000 })
      .toMatch(/^[1-9]\d* rows? in/);
  });

  it('running writes the query into the URL; that URL opens it elsewhere; back brings the previous query and answers', async () => {
    const first = 'ASK { ?s a okg:Partner }';
    const second = 'SELECT ?s WHERE { ?s a okg:OSCEBody } LIMIT 3';
    await run(first);
    expect(await hashQuery(page)).toBe(first);
    await run(second);
    expect(await hashQuery(page)).toBe(second);
    const shared = await openLink(new URL(page.url()).hash);
    expect(await textOf(shared)).toBe(second);
    await page.goBack();
    await expect.poll(() => editorText(), { timeout: 10_000 }).toBe(first);
    // Run in this page, the data unchanged since: its answer comes back with it, and the status says from when
    expect(await page.locator('.okg-qp-status').textContent()).toMatch(
      /^Answer: true in [\d.]+ ms, when it last ran \(the data is unchanged; Run to ask again\)$/,
    );
    // After a data change the kept answers are gone: Back and Forward bring the text only
    await page.evaluate(() =>
      window.__osceKg?.loadText('<urn:x:a> <http://www.w3.org/2000/01/rdf-schema#label> "A" .', {
        format: 'ntriples',
        mode: 'merge',
      }),
    );
    await page.goForward();
    await expect.poll(() => editorText(), { timeout: 10_000 }).toBe(second);
    expect(await page.locator('.okg-qp-status').textContent()).toMatch(/^This query came from the link/);
  });

  it('shows markup in a linked query as text, and ignores an empty one', async () => {
    const hostile = '# <img src=x onerror="window.__pwned=3"><script>window.__pwned=4</script>\nASK {}';
    const linked = await openLink(`#tab=query&q=${encodeURIComponent(hostile)}`);
    expect(await textOf(linked)).toBe(hostile);
    expect(await linked.locator('.cm-content img, .cm-content script').count()).toBe(0);
    expect(await linked.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const empty = await openLink('#tab=query&q=%20%20');
    expect(await textOf(empty)).toMatch(/^SELECT \?partner \?label WHERE/);
    expect(await empty.locator('.okg-qp-status').textContent()).toBe('');
  });
});
