// End-to-end tests of the data workbench in real Chromium: the Matrix under the filters, the List's filter and
// relations table, CSV/SVG/PNG/GEXF exports read back as a user's program would read them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { Page } from 'playwright-core';
import { countColours, openExplorer, revealDrawer, screenshot, SCREENSHOT_DIR, type ExplorerSession } from './harness';
import { csvObjects } from '../explorer/panels/export/read-csv';
import { gexfViolations } from '../explorer/panels/export/gexf-schema';
import { stopStarted } from '../helpers/stop-started';

const ID = 'https://w3id.org/osce-kg/id/';
const T107 = 'http://metadata.un.org/sdg/10.7';

/** A body with a direct SDG statement, another through a publication it organized, and themes. */
const FIXTURE = `
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix sdg: <http://metadata.un.org/sdg/> .
@prefix sdgo: <http://metadata.un.org/sdg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
id:odihr a okg:OSCEBody ; rdfs:label "Office for Democratic Institutions and Human Rights"@en ; skos:altLabel "ODIHR" .
id:oceea a okg:OSCEBody ; rdfs:label "Office of the Co-ordinator of OSCE Economic and Environmental Activities"@en ; skos:altLabel "OCEEA" .
id:handbook a okg:Publication ; rdfs:label "Handbook on Labour Migration"@en .
id:labour a okg:Theme ; rdfs:label "Labour migration"@en .
id:border a okg:Theme ; rdfs:label "Border management"@en .
sdg:10.7 a sdgo:Target ; skos:notation "10.7" ; skos:prefLabel "Facilitate orderly, safe, regular and responsible migration"@en .
sdg:8.8 a sdgo:Target ; skos:notation "8.8" ; skos:prefLabel "Protect labour rights"@en .
id:p1 a okg:Passage ; okg:quote "ODIHR supports orderly and safe migration." .
id:p2 a okg:Passage ; okg:quote "The Handbook serves \\"labour rights\\",\\nand safe migration." .
id:p3 a okg:Passage ; okg:quote "=The OCEEA and ODIHR published the Handbook." .
id:p1 { id:odihr okg:contributesTo sdg:10.7 . id:odihr okg:addresses id:border . }
id:p2 { id:handbook okg:contributesTo sdg:10.7, sdg:8.8 . id:handbook okg:addresses id:labour . }
id:p3 { id:handbook okg:organizedBy id:oceea, id:odihr . }
`;

/** Errors that say something about the app (a missing favicon does not). */
function appErrors(app: ExplorerSession): string[] {
  return app.errors.filter((e) => !/favicon|Failed to load resource/.test(e));
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('region', { name }).waitFor();
}

async function loadFixture(page: Page): Promise<void> {
  await page.evaluate((text) => window.__osceKg!.loadText(text, { format: 'trig', mode: 'replace' }), FIXTURE);
}

describe('Matrix workbench', () => {
  let app: ExplorerSession;
  beforeAll(async () => {
    app = await openExplorer();
    await loadFixture(app.page);
    await openTab(app.page, 'Matrix');
  });
  afterAll(async () => {
    await stopStarted(app);
  });

  const table = (page: Page, column = 'SDG target') =>
    page.getByRole('table', { name: `Statements per OSCE body and ${column}` });
  it('counts only what the filters leave visible: a hidden class, relation or SDG goal changes the numbers', async () => {
    const { page } = app;
    await table(page).waitFor();
    const odihr107 = page.locator(`.matrix-table button[data-body="${ID}odihr"][data-target="${T107}"]`);
    await expect.poll(() => odihr107.innerText()).toBe('2');
    await page.getByRole('checkbox', { name: /^Publication/ }).uncheck();
    await expect.poll(() => odihr107.innerText()).toBe('1');
    expect(await table(page).getByRole('rowheader').allInnerTexts()).toEqual(['ODIHR']);
    await expect.poll(() => page.locator('.matrix-summary').innerText()).toContain('The filters hide 4 statements');
    await screenshot(page, 'workbench-matrix-filtered');
    await page.getByRole('checkbox', { name: /^Publication/ }).check();
    await page.getByRole('checkbox', { name: /^organized by/ }).uncheck();
    await expect.poll(() => odihr107.innerText()).toBe('1');
    await page.getByRole('checkbox', { name: /^organized by/ }).check();
    await expect.poll(() => odihr107.innerText()).toBe('2');
    await page.getByLabel('Serves SDG goal').selectOption({ index: 1 });
    await expect.poll(() => page.locator('.matrix-summary').innerText()).toContain('The filters hide');
    await page.getByRole('button', { name: 'Show everything' }).click();
    await expect.poll(() => page.locator('.matrix-summary').innerText()).not.toContain('The filters hide');
    expect(appErrors(app)).toEqual([]);
  });

  it('has a bodies × themes table beside bodies × SDG targets, with its own definition', async () => {
    const { page } = app;
    await page.getByLabel('Bodies × themes').check();
    const themes = table(page, 'theme');
    await themes.waitFor();
    expect(await themes.getByRole('columnheader').allInnerTexts()).toEqual([
      'OSCE body',
      'Border management',
      'Labour migration',
      'Total',
    ]);
    expect(await page.locator('.matrix-definition').innerText()).toContain('okg:addresses');
    const oceeaLabour = page.getByRole('button', {
      name: /^Office of the Co-ordinator .* and theme Labour migration: 1 statement$/,
    });
    await oceeaLabour.click();
    await expect.poll(() => page.locator('.matrix-details').innerText()).toContain('addresses Labour migration');
    await screenshot(page, 'workbench-matrix-themes');
    await page.getByLabel('Bodies × SDG targets').check();
    await table(page).waitFor();
  });

  it('row and column headers are buttons that select their entity', async () => {
    const { page } = app;
    await table(page)
      .getByRole('button', { name: 'ODIHR: Office for Democratic Institutions and Human Rights' })
      .click();
    await expect.poll(() => page.evaluate(() => window.__osceKg!.context.getSelectedNode())).toBe(`${ID}odihr`);
    await openTab(page, 'Matrix');
    await table(page)
      .getByRole('button', { name: /^10\.7: Facilitate orderly/ })
      .focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.__osceKg!.context.getSelectedNode())).toBe(T107);
  });
});

describe('Matrix in the URL', () => {
  const sessions: ExplorerSession[] = [];
  const open = async (suffix = ''): Promise<Page> => {
    const app = await openExplorer({ suffix });
    sessions.push(app);
    return app.page;
  };
  afterAll(async () => {
    for (const app of sessions) await app.close();
  });
  const param = (page: Page) => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('matrix'));
  const pressed = (page: Page) => page.locator('.matrix-table td button[aria-pressed="true"]');

  it('the table and the open cell go into the URL; a shared link reopens them, lit on the graph; Back walks back', async () => {
    const page = await open();
    await openTab(page, 'Matrix');
    await page.getByLabel('Bodies × themes').check();
    await expect.poll(() => param(page)).toBe('themes');
    const first = page.locator('.matrix-table td button').first();
    const [body, column] = await first.evaluate((b) => [
      (b as HTMLElement).dataset.body ?? '',
      (b as HTMLElement).dataset.target ?? '',
    ]);
    await first.click();
    await expect.poll(() => param(page)).toBe(`themes|${body}|${column}`);
    const link = await page.evaluate(() => location.hash);
    expect(new URLSearchParams(link.slice(1)).get('tab')).toBe('matrix');

    const shared = await open(link);
    await expect.poll(() => shared.getByLabel('Bodies × themes').isChecked()).toBe(true);
    await expect.poll(() => pressed(shared).count()).toBe(1);
    expect(await pressed(shared).evaluate((b) => (b as HTMLElement).dataset.body)).toBe(body);
    await expect.poll(() => shared.locator('.matrix-statements > li').count()).toBeGreaterThan(0);
    await expect.poll(() => shared.locator('.graph-caption').innerText()).toMatch(/→ .*: \d+ statements?/);
    await screenshot(shared, 'workbench-matrix-shared-link');

    await page.goBack();
    await expect.poll(() => param(page)).toBe('themes');
    await expect.poll(() => pressed(page).count()).toBe(0);
    expect(await page.locator('.matrix-statements').count()).toBe(0);
    await page.goBack();
    await expect.poll(() => param(page)).toBeNull();
    await expect.poll(() => page.getByLabel('Bodies × SDG targets').isChecked()).toBe(true);
  });

  it('a value that is not ours is ignored; a cell the table lacks is said to be missing', async () => {
    const page = await open('#tab=matrix&matrix=' + encodeURIComponent('__proto__|x|y'));
    await page.getByRole('table', { name: 'Statements per OSCE body and SDG target' }).waitFor();
    expect(await page.getByLabel('Bodies × SDG targets').isChecked()).toBe(true);
    const missing = await open('#tab=matrix&matrix=' + encodeURIComponent(`themes|${ID}no-such-body|${T107}`));
    await missing.getByRole('table', { name: 'Statements per OSCE body and theme' }).waitFor();
    await expect
      .poll(() => missing.locator('.matrix-details').innerText())
      .toContain('The link opens a cell that this table does not have');
    for (const app of sessions) expect(appErrors(app)).toEqual([]);
  });
});

describe('Matrix at a small size', () => {
  let app: ExplorerSession;
  beforeAll(async () => {
    app = await openExplorer({ viewport: { width: 420, height: 760 } });
  });
  afterAll(async () => {
    await stopStarted(app);
  });

  it('scrolls inside its box instead of overflowing the panel', async () => {
    const { page } = app;
    await revealDrawer(page, 'Panels'); // at this width the panels are a drawer
    await openTab(page, 'Matrix');
    await page.getByLabel('Bodies × themes').check(); // 36 themes: wider than any phone
    await page.getByRole('table', { name: 'Statements per OSCE body and theme' }).waitFor();
    const box = page.getByRole('region', { name: 'Counts per body and column' });
    const sizes = await box.evaluate((el) => {
      const panel = el.closest('[role="region"][aria-label="Matrix"]') ?? el.parentElement!;
      return {
        scroll: el.scrollWidth,
        client: el.clientWidth,
        panelScroll: panel.scrollWidth,
        panelClient: panel.clientWidth,
      };
    });
    await box.scrollIntoViewIfNeeded();
    await screenshot(page, 'workbench-matrix-small');
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(sizes.panelScroll).toBeLessThanOrEqual(sizes.panelClient);
  });
});

describe('List workbench', () => {
  let app: ExplorerSession;
  beforeAll(async () => {
    app = await openExplorer();
    await loadFixture(app.page);
    await openTab(app.page, 'List');
  });
  afterAll(async () => {
    await stopStarted(app);
  });

  const entities = (page: Page) => page.getByRole('table', { name: 'Entities' });
  const relations = (page: Page) => page.getByRole('table', { name: 'Relations' });

  it('has a relations table beside the entities: both ends and the relation by name', async () => {
    const { page } = app;
    await expect.poll(() => relations(page).locator('tbody tr').count()).toBe(7);
    const rows = await relations(page)
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toContainEqual([
      'Handbook on Labour Migration',
      'organized by',
      'Office of the Co-ordinator of OSCE Economic and Environmental Activities',
    ]);
    expect(await entities(page).locator('tbody tr').count()).toBe(7);
  });

  it('filters both tables by words typed in the filter box, and says how many match', async () => {
    const { page } = app;
    await page.getByLabel('Filter the list').fill('handbook');
    await expect.poll(() => entities(page).locator('tbody tr').count()).toBe(1);
    expect(await relations(page).locator('tbody tr').count()).toBe(5);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'match' }).innerText())
      .toContain('1 of 7 entities and 5 of 7 relations match');
    await page.getByLabel('Filter the list').fill('handbook democratic');
    await expect.poll(() => relations(page).locator('tbody tr').count()).toBe(1);
    await page.getByLabel('Filter the list').fill('');
    await expect.poll(() => relations(page).locator('tbody tr').count()).toBe(7);
  });

  it('sorts the relations by any column, both ways, and tells screen readers how', async () => {
    const { page } = app;
    const header = relations(page).getByRole('columnheader', { name: /Relation/ });
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const column = () => relations(page).locator('tbody td:nth-child(2)').allInnerTexts();
    const ascending = await column();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await column()).toEqual([...ascending].reverse());
  });

  it('a relation row lights its edge on the graph, by mouse or keyboard; an end selects that entity', async () => {
    const { page } = app;
    await page.getByLabel('Filter the list').fill('protect labour');
    const row = relations(page).locator('tbody tr').first();
    await expect.poll(() => relations(page).locator('tbody tr').count()).toBe(1);
    await row
      .getByRole('button', {
        name: /^Show on the graph: Handbook on Labour Migration contributes to Protect labour rights$/,
      })
      .focus();
    await page.keyboard.press('Enter');
    const lit = () => page.evaluate(() => document.querySelector('.graph-caption')?.textContent ?? '');
    await expect.poll(lit).toBe('Handbook on Labour Migration contributes to Protect labour rights');
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    await screenshot(page, 'workbench-list-relations');
    await row.getByRole('button', { name: 'Select Handbook on Labour Migration' }).click();
    await expect.poll(() => page.evaluate(() => window.__osceKg!.context.getSelectedNode())).toBe(`${ID}handbook`);
    await page.getByLabel('Filter the list').fill('');
    expect(appErrors(app)).toEqual([]);
  });
});

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function exportFile(page: Page, buttonName: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('Export workbench', () => {
  let app: ExplorerSession;
  beforeAll(async () => {
    app = await openExplorer();
    await loadFixture(app.page);
    await openTab(app.page, 'Export');
  });
  afterAll(async () => {
    await stopStarted(app);
  });

  it('Edges CSV names both ends and the relation and carries the quotes, read back by an RFC 4180 reader', async () => {
    const { name, bytes } = await exportFile(app.page, 'Edges CSV');
    expect(name).toBe('osce-kg-edges.csv');
    const rows = csvObjects(bytes.toString('utf8'));
    expect(rows).toHaveLength(7);
    const handbook = rows.find((r) => r.source === `${ID}handbook` && r.target === 'http://metadata.un.org/sdg/8.8');
    expect(handbook).toMatchObject({
      source_label: 'Handbook on Labour Migration',
      relation: 'contributes to',
      target_label: 'Protect labour rights',
    });
    expect(handbook?.quotes).toBe('The Handbook serves "labour rights",\nand safe migration.');
    // A quote that starts like a formula is defused by the one CSV writer
    expect(rows.find((r) => r.relation === 'organized by')?.quotes).toBe(
      "'=The OCEEA and ODIHR published the Handbook.",
    );
  });

  it('GEXF holds only what the GEXF 1.3 schema names, with the positions the layout gave the nodes', async () => {
    // A layout still settling moves nodes between the export and the read below: stop it first
    await app.page.evaluate(() => window.__osceKg!.layout.stop());
    const { bytes } = await exportFile(app.page, 'GEXF (Gephi)');
    const xml = bytes.toString('utf8');
    expect(gexfViolations(xml)).toEqual([]);
    const { drawn, seed } = await app.page.evaluate((key) => {
      const context = window.__osceKg!.context;
      const at = context.drawnPositions().get(key);
      return { drawn: at, seed: context.getGraph().getNodeAttributes(key) };
    }, `${ID}handbook`);
    const written = new RegExp(`<node id="${ID}handbook"[\\s\\S]*?<viz:position x="([^"]+)" y="([^"]+)"`).exec(xml);
    // Close, not equal: a position message the worker sent before it stopped may still land after the export
    expect(Number(written?.[1])).toBeCloseTo(drawn?.x ?? Number.NaN, 3);
    expect(Number(written?.[2])).toBeCloseTo(drawn?.y ?? Number.NaN, 3);
    expect([drawn?.x, drawn?.y]).not.toEqual([seed.x, seed.y]); // the first layout moved it from its seed
  });

  it('SVG of the view parses, with the nodes, edges, labels, title and legend; Chromium renders it', async () => {
    const { page } = app;
    await page.getByLabel('Title').fill('Workbench <test> & "quotes"');
    const { name, bytes } = await exportFile(page, 'SVG image');
    expect(name).toBe('osce-kg-view.svg');
    const text = bytes.toString('utf8');
    const errors: string[] = [];
    const doc = new DOMParser({
      errorHandler: (level, message) => errors.push(`${level}: ${message}`),
    }).parseFromString(text, 'image/svg+xml');
    expect(errors).toEqual([]);
    const ns = 'http://www.w3.org/2000/svg';
    const group = (cls: string) =>
      Array.from(doc.getElementsByTagNameNS(ns, 'g')).find((g) => g.getAttribute('class') === cls);
    const under = (parent: Element | undefined, name: string): Element[] =>
      parent ? Array.from(parent.getElementsByTagNameNS(ns, name)) : [];
    expect(under(group('nodes'), 'circle').length).toBe(7);
    expect(under(group('edges'), 'path').length).toBe(14); // 7 edges: line + arrow head each
    expect(under(group('legend'), 'text').map((t) => t.textContent)).toEqual([
      'OSCE body',
      'Publication',
      'Theme',
      'SDG target',
    ]);
    expect(doc.getElementsByTagNameNS(ns, 'title')[0]?.textContent).toBe('Workbench <test> & "quotes"');
    expect(under(group('labels'), 'text').length).toBeGreaterThan(0);
    writeFileSync(join(SCREENSHOT_DIR, 'workbench-export.svg'), bytes);
    const viewer = await app.browser.newPage({ viewport: { width: 1000, height: 1000 } });
    await viewer.setContent(`<body style="margin:0">${text.replace(/^<\?xml[^>]*>/, '')}</body>`);
    const png = await viewer
      .locator('svg')
      .screenshot({ path: join(SCREENSHOT_DIR, 'workbench-export-svg-rendered.png') });
    expect(await countColours(page, png)).toBeGreaterThan(8);
    await viewer.close();
  });

  it.each([
    [1, 'osce-kg-view.png'],
    [2, 'osce-kg-view-2x.png'],
    [4, 'osce-kg-view-4x.png'],
  ])('PNG at %i× is that many pixels per CSS pixel, with title and legend', async (scale, fileName) => {
    const { page } = app;
    await page.getByRole('radiogroup', { name: 'PNG scale' }).getByLabel(`${scale}×`).check();
    const { name, bytes } = await exportFile(page, 'PNG image');
    expect(name).toBe(fileName);
    const svg = (await exportFile(page, 'SVG image')).bytes.toString('utf8');
    const [, width = '0', height = '0'] = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg) ?? [];
    expect(pngSize(bytes)).toEqual({
      width: Math.round(Number(width) * scale),
      height: Math.round(Number(height) * scale),
    });
    writeFileSync(join(SCREENSHOT_DIR, `workbench-export-${scale}x.png`), bytes);
    if (scale === 1) expect(await countColours(page, bytes)).toBeGreaterThan(8);
  });
});
