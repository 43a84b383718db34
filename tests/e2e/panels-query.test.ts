// The Query panel in real Chromium: run, Ctrl+Enter, examples, syntax errors, cancel and timeout, downloads, highlight.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { spawn, type ChildProcess } from 'node:child_process';
import { TEST_DIST, ROOT, openExplorer, screenshot, waitReady, type ExplorerSession } from './harness';
import { parseSparqlJson } from '../../src/query/results';
import { defined } from '../helpers/defined';
import { closePageContext, stopStarted } from '../helpers/stop-started';

const PREFIXES = `PREFIX okg: <https://w3id.org/osce-kg/ontology#>
PREFIX id: <https://w3id.org/osce-kg/id/>
`;
const ODIHR = 'https://w3id.org/osce-kg/id/odihr';
const PARTNERS_WITH = 'https://w3id.org/osce-kg/ontology#partnersWith';
const ENDLESS = 'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';

let app: ExplorerSession;
let page: Page;
const failed: string[] = [];

interface Captured {
  nodes: string[];
  edges: string[];
  caption?: string;
}

/** Replaces the editor's text (insertText: one input event, so auto-closing brackets do not interfere). */
async function setQuery(text: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'SPARQL query' });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

async function waitIdle(): Promise<string> {
  await page.waitForFunction(
    () => document.querySelector('[data-query-state]')?.getAttribute('data-query-state') === 'idle',
    undefined,
    { timeout: 30_000 },
  );
  return (await page.locator('.okg-qp-status').textContent()) ?? '';
}

async function lastHighlight(): Promise<Captured | null> {
  return page.evaluate(() => (window as unknown as { __lastHighlight: Captured | null }).__lastHighlight);
}

/**
 * Whether the page's main thread answers (a frame comes) while the query is still running: were the query on the
 * main thread, the frame would only come after it ended.
 */
async function answersWhileRunning(): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((r) =>
        requestAnimationFrame(() =>
          r(document.querySelector('[data-query-state]')?.getAttribute('data-query-state') === 'running'),
        ),
      ),
  );
}

beforeAll(async () => {
  app = await openExplorer();
  page = app.page;
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(response.url());
  });
  // Record what the panel asks the graph to highlight.
  await page.evaluate(() => {
    const context = window.__osceKg!.context;
    const original = context.setHighlight.bind(context);
    const w = window as unknown as { __lastHighlight: unknown };
    w.__lastHighlight = null;
    context.setHighlight = (highlight) => {
      w.__lastHighlight = highlight;
      original(highlight);
    };
  });
});

afterAll(async () => {
  await stopStarted(app);
});

describe('Query panel', () => {
  it('loads its heavy code (editor, engine) only when the tab first opens', async () => {
    const before = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(before.some((n) => n.endsWith('.wasm'))).toBe(false);
    expect(before.some((n) => /query-view/.test(n))).toBe(false);
    await page.getByRole('tab', { name: 'Query' }).click();
    await page.getByRole('textbox', { name: 'SPARQL query' }).waitFor();
    const after = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(after.some((n) => /query-view/.test(n))).toBe(true);
  });

  it('keeps the initial bundle (entry script and its static imports) under 250 KB gzipped', () => {
    const html = readFileSync(join(TEST_DIST, 'index.html'), 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map(([, file = '']) => file);
    expect(files.length).toBeGreaterThan(0);
    const gzipped = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(TEST_DIST, f))).length, 0);
    // The editor and the engine are chunks of their own, not in the entry.
    const wasm = readdirSync(join(TEST_DIST, 'assets')).filter((f) => f.endsWith('.wasm'));
    expect(wasm.length).toBeGreaterThan(0);
    console.log(`initial bundle: ${(gzipped / 1024).toFixed(1)} KB gzipped (${files.join(', ')})`);
    expect(gzipped).toBeLessThan(250 * 1024);
  });

  it('runs a typed query with Run: rows match the graph, highlighted on it', async () => {
    await setQuery(
      `${PREFIXES}SELECT ?body ?partner WHERE { VALUES ?body { id:odihr } ?body okg:partnersWith ?partner }`,
    );
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const status = await waitIdle();
    // The same answer read from the graph drawn on the canvas (graphology, not SPARQL).
    const expected = await page.evaluate(
      ([odihr, p]) => {
        const g = window.__osceKg!.context.getGraph();
        return g
          .outEdges(odihr)
          .filter((e) => g.getEdgeAttribute(e, 'predicate') === p)
          .map((e) => ({ key: g.target(e), label: g.getNodeAttribute(g.target(e), 'label'), edge: e }));
      },
      [ODIHR, PARTNERS_WITH],
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(status).toMatch(new RegExp(`^${expected.length} rows? in`));
    const table = page.getByRole('table', { name: 'Query results' });
    const partners = await table.locator('tbody td:nth-child(2)').allTextContents();
    expect(partners.sort()).toEqual(expected.map((e) => e.label).sort());
    const bodies = new Set(await table.locator('tbody td:nth-child(1)').allTextContents());
    expect([...bodies]).toEqual(['Office for Democratic Institutions and Human Rights']);
    // Nodes of the rows, and the edges joining the two nodes of each row.
    const highlight = await lastHighlight();
    expect(highlight?.nodes.sort()).toEqual([...expected.map((e) => e.key), ODIHR].sort());
    expect(highlight?.edges).toEqual(expect.arrayContaining(expected.map((e) => e.edge)));
    // A result IRI is a button that selects its node.
    const firstRow = defined(expected[0], 'a result row');
    await table.getByRole('button', { name: firstRow.label, exact: true }).first().click();
    expect(await page.evaluate(() => window.__osceKg!.context.getSelectedNode())).toBe(firstRow.key);
    await screenshot(page, 'query-select');
  });

  it('runs with Ctrl+Enter and sorts by a column', async () => {
    await setQuery(`${PREFIXES}PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?label (COUNT(?x) AS ?n) WHERE { ?s a okg:OSCEBody ; rdfs:label ?label ; ?p ?x } GROUP BY ?label`);
    await page.keyboard.press('Control+Enter');
    const status = await waitIdle();
    expect(status).toMatch(/rows? in/);
    const table = page.getByRole('table', { name: 'Query results' });
    await table.getByRole('button', { name: '?n' }).click();
    const ascending = (await table.locator('tbody tr td:nth-child(2)').allTextContents()).map(Number);
    expect(ascending.length).toBeGreaterThan(1);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await table.getByRole('button', { name: /\?n/ }).click();
    const descending = (await table.locator('tbody tr td:nth-child(2)').allTextContents()).map(Number);
    expect(descending).toEqual([...ascending].reverse().sort((a, b) => b - a));
    expect(await table.locator('th').nth(1).getAttribute('aria-sort')).toBe('descending');
  });

  it('runs an example query from the menu, and lights up a CONSTRUCT result', async () => {
    const options = await page.getByRole('combobox', { name: 'Example queries' }).locator('option').allTextContents();
    expect(options.length).toBeGreaterThan(3);
    await page.getByRole('combobox', { name: 'Example queries' }).selectOption({ label: 'Who works with whom' });
    expect(await waitIdle()).toMatch(/[1-9]\d* rows? in/);
    expect(await page.getByRole('textbox', { name: 'SPARQL query' }).textContent()).toMatch(/partnersWith/);

    await page
      .getByRole('combobox', { name: 'Example queries' })
      .selectOption({ label: 'Partnership network (CONSTRUCT)' });
    expect(await waitIdle()).toMatch(/[1-9]\d* triples? in/);
    const highlight = await lastHighlight();
    expect(highlight?.edges.length).toBeGreaterThan(0);
    expect(highlight?.edges.every((e) => e.split('|')[1] === PARTNERS_WITH)).toBe(true);
    await screenshot(page, 'query-construct');
  });

  it('completes prefixed names from the data and declares the prefix', async () => {
    const editor = page.getByRole('textbox', { name: 'SPARQL query' });
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('SELECT * WHERE { ?s a okg:Partn');
    const option = page.locator('.cm-tooltip-autocomplete [role=option]', { hasText: 'okg:Partner' });
    await option.first().waitFor();
    // CodeMirror ignores Enter for a moment after the list opens (its interactionDelay), so a stray key cannot pick.
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    const text = await page.evaluate(() =>
      [...document.querySelectorAll('.cm-content .cm-line')].map((l) => l.textContent).join('\n'),
    );
    expect(text.split('\n')[0]).toBe('PREFIX okg: <https://w3id.org/osce-kg/ontology#>');
    expect(text).toContain('?s a okg:Partner');
    await page.keyboard.press('Control+Enter');
    expect(await waitIdle()).toMatch(/[1-9]\d* rows? in/);
  });

  it('shows a syntax error with line and column, marked in the editor', async () => {
    await setQuery('SELECT ?s\nWHERE { ?s ?p }');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const status = await waitIdle();
    expect(status).toMatch(/^Syntax error at line 2, column 16 \(2:16\): expected/);
    await expect.poll(() => page.locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
    await screenshot(page, 'query-syntax-error');
  });

  it('stops an endless query with Cancel while the page stays responsive, then runs the next one', async () => {
    await page.getByRole('spinbutton', { name: 'Timeout in seconds' }).fill('120');
    await setQuery(ENDLESS);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-query-state]')?.getAttribute('data-query-state') === 'running',
    );
    await page.waitForTimeout(1500);
    expect(await answersWhileRunning()).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await waitIdle()).toMatch(/Cancelled/);
    await setQuery(`${PREFIXES}ASK { id:odihr okg:partnersWith ?x }`);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    expect(await waitIdle()).toMatch(/Answer: true/);
  });

  it('stops an endless query at the timeout', async () => {
    await page.getByRole('spinbutton', { name: 'Timeout in seconds' }).fill('2');
    await setQuery(ENDLESS);
    const started = Date.now();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForTimeout(500);
    expect(await answersWhileRunning()).toBe(true);
    const status = await waitIdle();
    const elapsed = Date.now() - started;
    expect(status).toMatch(/Stopped.*2 s/);
    // Not before its time limit (the status says when it stopped).
    expect(elapsed).toBeGreaterThanOrEqual(1900);
    await screenshot(page, 'query-timeout');
    await page.getByRole('spinbutton', { name: 'Timeout in seconds' }).fill('10');
  });

  it('shows a visible notice when the row limit truncates the result', async () => {
    await page.getByRole('spinbutton', { name: 'Row limit' }).fill('5');
    await setQuery('SELECT ?s ?p ?o WHERE { ?s ?p ?o }');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    expect(await waitIdle()).toMatch(/^5 rows in/);
    await expect.poll(() => page.locator('.okg-qp-notice').isVisible()).toBe(true);
    expect(await page.locator('.okg-qp-notice').textContent()).toMatch(/truncated/i);
    expect(await page.getByRole('table', { name: 'Query results' }).locator('tbody tr').count()).toBe(5);
    await page.getByRole('spinbutton', { name: 'Row limit' }).fill('10000');
  });

  it('downloads CSV, TSV and SPARQL JSON that parse back to the rows shown', async () => {
    await setQuery(`${PREFIXES}PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?partner ?label WHERE { id:odihr okg:partnersWith ?partner . ?partner rdfs:label ?label } ORDER BY ?label`);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const status = await waitIdle();
    const rows = Number(/^(\d+)/.exec(status)?.[1]);
    expect(rows).toBeGreaterThan(0);
    const save = async (format: string): Promise<string> => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `Download ${format}` }).click(),
      ]);
      return readFileSync(await download.path(), 'utf8');
    };
    const json = parseSparqlJson(await save('JSON'));
    expect(json.kind === 'bindings' && json.variables).toEqual(['partner', 'label']);
    expect(json.kind === 'bindings' && json.rows.length).toBe(rows);
    const labels = json.kind === 'bindings' ? json.rows.map((r) => r.label?.value) : [];
    const shown = await page
      .getByRole('table', { name: 'Query results' })
      .locator('tbody tr td:nth-child(2)')
      .allTextContents();
    expect(labels).toEqual(shown);
    const csv = (await save('CSV')).trimEnd().split('\r\n');
    expect(csv[0]).toBe('partner,label');
    expect(csv).toHaveLength(rows + 1);
    const firstPartner = json.kind === 'bindings' ? defined(json.rows[0]?.partner, 'a partner').value : '';
    expect(csv[1]?.startsWith(firstPartner)).toBe(true);
    const tsv = (await save('TSV')).trimEnd().split('\n');
    expect(tsv[0]).toBe('?partner\t?label');
    expect(tsv).toHaveLength(rows + 1);
    expect(tsv[1]?.split('\t')[0]).toBe(`<${firstPartner}>`);
  });

  it('shows hostile literals as text, never as markup, and follows data changes', async () => {
    await page.evaluate(() =>
      window.__osceKg!.loadText(
        '<https://example.org/x> <http://www.w3.org/2000/01/rdf-schema#comment> "<img src=x onerror=\\"window.__pwned=1\\"><script>window.__pwned=2</script>" .',
        { format: 'ntriples', mode: 'merge' },
      ),
    );
    await setQuery('SELECT ?c WHERE { <https://example.org/x> ?p ?c }');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    expect(await waitIdle()).toMatch(/^1 row in/);
    const cell = page.getByRole('table', { name: 'Query results' }).locator('tbody td').first();
    expect(await cell.textContent()).toContain('<img src=x');
    expect(await cell.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // Failed requests other than the browser's own favicon probe would be ours.
    expect(failed.filter((u) => !u.endsWith('/favicon.ico'))).toEqual([]);
    expect(app.errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });
});

describe('Query panel against a SPARQL endpoint (the project server, a real process, its CSP)', () => {
  let server: ChildProcess | undefined;
  let snapshot: string | undefined;
  let base = '';
  let remotePage: Page;

  beforeAll(async () => {
    // A snapshot of the build: another test run may rebuild dist/ meanwhile, and lazy chunks must not vanish under the
    // page.
    snapshot = mkdtempSync(join(tmpdir(), 'osce-kg-dist-'));
    cpSync(TEST_DIST, snapshot, { recursive: true });
    server = spawn(process.execPath, ['bin/osce-kg.js', 'serve', '--port', '0', '--quiet', '--static', snapshot], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    base = await new Promise<string>((resolve, reject) => {
      let err = '';
      server?.stderr?.on('data', (chunk: Buffer) => {
        err += chunk.toString();
        const m = /explorer at (http:\/\/[^\s]+?)\/?\s/.exec(err);
        if (m?.[1] !== undefined) resolve(m[1]);
      });
      server?.once('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
    });
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    remotePage = await context.newPage();
    await remotePage.goto(`${base}/`);
    await waitReady(remotePage);
    await remotePage.getByRole('tab', { name: 'Query' }).click();
    await remotePage.getByRole('textbox', { name: 'SPARQL query' }).waitFor();
  });

  afterAll(async () => {
    await closePageContext(remotePage);
    if (server?.pid) process.kill(server.pid, 'SIGTERM');
    if (snapshot) rmSync(snapshot, { recursive: true, force: true });
  });

  const idle = async (): Promise<string> => {
    await remotePage.waitForFunction(
      () => document.querySelector('[data-query-state]')?.getAttribute('data-query-state') === 'idle',
      undefined,
      { timeout: 30_000 },
    );
    return (await remotePage.locator('.okg-qp-status').textContent()) ?? '';
  };
  const type = async (text: string): Promise<void> => {
    await remotePage.getByRole('textbox', { name: 'SPARQL query' }).click();
    await remotePage.keyboard.press('Control+A');
    await remotePage.keyboard.press('Delete');
    await remotePage.keyboard.insertText(text);
  };

  it("runs the local engine (worker + WASM) under the server's Content-Security-Policy", async () => {
    await type(`${PREFIXES}SELECT ?p WHERE { id:odihr okg:partnersWith ?p }`);
    await remotePage.getByRole('button', { name: 'Run', exact: true }).click();
    expect(await idle()).toMatch(/^[1-9]\d* rows? in/);
  });

  it("sends queries to the endpoint, and brings a node's neighbours into the graph 50 at a time", async () => {
    // Start from a graph that knows nothing but ODIHR's name.
    await remotePage.evaluate(
      (odihr) =>
        window.__osceKg!.loadText(`<${odihr}> <http://www.w3.org/2000/01/rdf-schema#label> "ODIHR" .`, {
          format: 'ntriples',
          mode: 'replace',
        }),
      ODIHR,
    );
    expect(await remotePage.evaluate(() => window.__osceKg!.context.getGraph().order)).toBe(1);
    await remotePage.getByText('SPARQL endpoint', { exact: true }).click();
    await remotePage.getByRole('textbox', { name: 'Endpoint URL' }).fill(`${base}/sparql`);
    await remotePage.getByRole('button', { name: 'Query endpoint' }).click();

    // The same query now answers from the endpoint's full data, not from the one-node graph.
    await type(`${PREFIXES}SELECT ?p WHERE { id:odihr okg:partnersWith ?p }`);
    await remotePage.getByRole('button', { name: 'Run', exact: true }).click();
    const status = await idle();
    const remoteRows = Number(/^(\d+)/.exec(status)?.[1]);
    expect(remoteRows).toBeGreaterThan(0);
    expect(await remotePage.getByRole('button', { name: /^Load neighbours of / }).count()).toBe(remoteRows);

    // How many links ODIHR has on the endpoint to things drawn as entities (qualification nodes, which say in
    // which role it took part, are not drawn), asked directly over HTTP.
    const prov = 'http://www.w3.org/ns/prov#';
    const count = await fetch(`${base}/sparql`, {
      method: 'POST',
      headers: { 'content-type': 'application/sparql-query', accept: 'application/sparql-results+json' },
      body: `SELECT (COUNT(*) AS ?n) WHERE { { <${ODIHR}> ?p ?o FILTER(isIRI(?o) && ?p != <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>) BIND(?o AS ?x) } UNION { ?s ?p <${ODIHR}> FILTER(isIRI(?s)) BIND(?s AS ?x) } FILTER NOT EXISTS { ?x a ?t FILTER(?t IN (<${prov}Association>, <${prov}Attribution>, <${prov}Role>)) } }`,
    }).then((r) => r.json() as Promise<{ results: { bindings: { n: { value: string } }[] } }>);
    const links = Number(count.results.bindings[0]?.n.value);
    expect(links).toBeGreaterThan(0);

    await remotePage.evaluate((odihr) => window.__osceKg!.context.selectNode(odihr), ODIHR);
    await remotePage.getByRole('button', { name: 'Expand selected node' }).click();
    await expect
      .poll(() => remotePage.evaluate((odihr) => window.__osceKg!.context.getGraph().degree(odihr), ODIHR))
      .toBeGreaterThan(0);
    const degree = await remotePage.evaluate((odihr) => window.__osceKg!.context.getGraph().degree(odihr), ODIHR);
    expect(degree).toBeLessThanOrEqual(50);
    expect(degree).toBe(Math.min(links, 50));
    // Neighbours arrive with their labels.
    const unnamed = await remotePage.evaluate((odihr) => {
      const g = window.__osceKg!.context.getGraph();
      return g.neighbors(odihr).filter((n) => g.getNodeAttribute(n, 'label') === g.getNodeAttribute(n, 'iri'));
    }, ODIHR);
    expect(unnamed).toEqual([]);
    expect(await remotePage.getByRole('button', { name: 'More neighbours' }).isVisible()).toBe(links > 50);
    await screenshot(remotePage, 'query-endpoint-expand');

    // Back to local data: the query answers from the (now small) graph again.
    await remotePage.getByRole('button', { name: 'Query local data' }).click();
    await remotePage.getByRole('button', { name: 'Run', exact: true }).click();
    const local = Number(/^(\d+)/.exec(await idle())?.[1]);
    expect(local).toBeLessThanOrEqual(remoteRows);
  });
});
