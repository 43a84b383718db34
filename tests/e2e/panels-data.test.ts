// End-to-end tests of the Matrix, Export and Import panels in real Chromium against the built explorer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { Page } from 'playwright-core';
import { countColours, openExplorer, ROOT, screenshot, type ExplorerSession } from './harness';
import { syntheticNTriples } from './explorer-large-import';
import { parseRdf } from '../../src/rdf/parse';
import { stopStarted } from '../helpers/stop-started';

const KOS = join(ROOT, 'tests/fixtures/sdg-kos-goals-targets-indicators.ttl');
const T107 = 'http://metadata.un.org/sdg/10.7';
const work = mkdtempSync(join(tmpdir(), 'osce-kg-data-panels-'));

/** Errors that say something about the app (a missing favicon does not). */
function appErrors(app: ExplorerSession): string[] {
  return app.errors.filter((e) => !/favicon|Failed to load resource/.test(e));
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('region', { name }).waitFor();
}

async function counts(page: Page): Promise<{ nodes: number; quads: number; triples: number }> {
  return page.evaluate(() => {
    const context = window.__osceKg!.context;
    const quads = context.getQuads();
    const triples = new Set(
      quads.map(
        (q) =>
          `${q.subject.termType}${q.subject.value} ${q.predicate.value} ${q.object.termType}${q.object.value}@${'language' in q.object ? q.object.language : ''}^${'datatype' in q.object ? q.object.datatype.value : ''}`,
      ),
    );
    return { nodes: context.getGraph().order, quads: quads.length, triples: triples.size };
  });
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function exportFile(page: Page, buttonName: string | RegExp): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: buttonName, exact: typeof buttonName === 'string' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

function n3Parse(text: string, format: string) {
  return new Parser({ format }).parse(text);
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function csvRecords(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

async function importFile(page: Page, path: string, mode: 'merge' | 'replace'): Promise<void> {
  await page.getByLabel(mode === 'merge' ? 'Merge with the current graph' : 'Replace the current graph').check();
  await page.getByLabel('Import RDF file').setInputFiles(path);
  await page.waitForFunction(
    () => {
      const state = document.querySelector<HTMLElement>('.import-panel')?.dataset.importState;
      return state === 'done' || state === 'error';
    },
    undefined,
    { timeout: 120_000 },
  );
}

describe('Export panel', () => {
  let app: ExplorerSession;
  beforeAll(async () => {
    app = await openExplorer();
    await openTab(app.page, 'Export');
  });
  afterAll(async () => {
    await stopStarted(app);
  });

  it.each([
    ['Turtle', 'osce-kg.ttl', 'text/turtle', false],
    ['N-Triples', 'osce-kg.nt', 'application/n-triples', false],
    ['TriG', 'osce-kg.trig', 'application/trig', true],
    ['N-Quads', 'osce-kg.nq', 'application/n-quads', true],
  ])('%s downloads %s, which n3 parses to the whole dataset', async (button, fileName, format, withGraphs) => {
    const { name, bytes } = await exportFile(app.page, button);
    expect(name).toBe(fileName);
    const quads = n3Parse(bytes.toString('utf8'), format);
    const { quads: total, triples } = await counts(app.page);
    if (withGraphs) {
      expect(quads).toHaveLength(total);
      expect(quads.filter((q) => q.graph.termType === 'NamedNode').length).toBeGreaterThan(0);
    } else {
      expect(quads).toHaveLength(triples);
    }
  });

  it('JSON-LD downloads a document that the RDF core reads back to the same triples', async () => {
    const { name, bytes } = await exportFile(app.page, 'JSON-LD');
    expect(name).toBe('osce-kg.jsonld');
    const quads = await parseRdf(bytes.toString('utf8'), { format: 'jsonld', fileName: name });
    expect(quads).toHaveLength((await counts(app.page)).triples);
  });

  it('GEXF downloads XML with every node, its label and kind', async () => {
    const { name, bytes } = await exportFile(app.page, 'GEXF (Gephi)');
    expect(name).toBe('osce-kg.gexf');
    const gexf = parseGexf(Graph, bytes.toString('utf8'));
    const { nodes } = await counts(app.page);
    expect(gexf.order).toBe(nodes);
    expect(gexf.size).toBeGreaterThan(0);
    const kinds = new Set(gexf.mapNodes((_k, a) => a.kind as string));
    expect(kinds.has('body')).toBe(true);
    expect(gexf.mapNodes((_k, a) => a.label as string).every((l) => typeof l === 'string' && l.length > 0)).toBe(true);
  });

  it('Nodes CSV and Edges CSV download one record per node and per edge', async () => {
    const nodes = await exportFile(app.page, 'Nodes CSV');
    expect(nodes.name).toBe('osce-kg-nodes.csv');
    const nodeRows = csvRecords(nodes.bytes.toString('utf8'));
    const edges = await exportFile(app.page, 'Edges CSV');
    expect(edges.name).toBe('osce-kg-edges.csv');
    const edgeRows = csvRecords(edges.bytes.toString('utf8'));
    const { nodeCount, edgeCount } = await app.page.evaluate(() => {
      const g = window.__osceKg!.context.getGraph();
      return { nodeCount: g.order, edgeCount: g.size };
    });
    expect(nodeRows[0]?.slice(0, 3)).toEqual(['id', 'label', 'kind']);
    expect(nodeRows).toHaveLength(nodeCount + 1);
    expect(edgeRows).toHaveLength(edgeCount + 1);
    expect(nodeRows.every((r) => r.length === nodeRows[0]?.length)).toBe(true);
    expect(nodeRows.slice(1).every((r) => !/^[=+\-@]/.test(r[1] ?? ''))).toBe(true);
  });

  it('PNG downloads a picture of the drawn graph, not a blank canvas', async () => {
    const { name, bytes } = await exportFile(app.page, 'PNG image');
    expect(name).toBe('osce-kg-view.png');
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    writeFileSync(join(ROOT, 'tests/e2e/screenshots/data-export-view.png'), bytes);
    expect(await countColours(app.page, bytes)).toBeGreaterThan(20);
  });

  it('exports only what is visible: statements about visible nodes and their provenance', async () => {
    await app.page.getByRole('checkbox', { name: /Partner organization/ }).uncheck();
    const visible = await app.page.evaluate(() => window.__osceKg!.context.visibleNodes());
    const all = await counts(app.page);
    expect(visible.length).toBeLessThan(all.nodes);
    await app.page.getByLabel(/Only what is visible/).check();
    await screenshot(app.page, 'data-export-panel');
    const { name, bytes } = await exportFile(app.page, 'TriG');
    expect(name).toBe('osce-kg-visible.trig');
    const quads = n3Parse(bytes.toString('utf8'), 'application/trig');
    expect(quads.length).toBeGreaterThan(0);
    expect(quads.length).toBeLessThan(all.quads);
    const keep = new Set(visible);
    const passages = new Set(quads.filter((q) => q.graph.termType === 'NamedNode').map((q) => q.graph.value));
    const documents = new Set(
      quads.filter((q) => q.predicate.value === 'http://purl.org/dc/terms/isPartOf').map((q) => q.object.value),
    );
    for (const q of quads) {
      const subject = q.subject.termType === 'BlankNode' ? '_:' + q.subject.value : q.subject.value;
      expect(keep.has(subject) || passages.has(subject) || documents.has(subject), subject).toBe(true);
    }
    const gexf = parseGexf(Graph, (await exportFile(app.page, 'GEXF (Gephi)')).bytes.toString('utf8'));
    expect(gexf.order).toBe(visible.length);
    await app.page.getByRole('button', { name: 'Show everything' }).click();
    expect(appErrors(app)).toEqual([]);
  });
});

const MATRIX_FIXTURE = `
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix sdg: <http://metadata.un.org/sdg/> .
@prefix sdgo: <http://metadata.un.org/sdg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
id:odihr a okg:OSCEBody ; rdfs:label "Office for Democratic Institutions and Human Rights"@en ; skos:altLabel "ODIHR" .
id:oceea a okg:OSCEBody ; rdfs:label "Office of the Co-ordinator of OSCE Economic and Environmental Activities"@en .
id:handbook a okg:Publication ; rdfs:label "Handbook on Establishing Effective Labour Migration Policies"@en .
sdg:10.7 a sdgo:Target ; skos:notation "10.7" ; skos:prefLabel "Facilitate orderly, safe, regular and responsible migration"@en .
sdg:8.8 a sdgo:Target ; skos:notation "8.8" ; skos:prefLabel "Protect labour rights"@en .
id:p1 a okg:Passage ; okg:quote "ODIHR supports orderly and safe migration." .
id:p2 a okg:Passage ; okg:quote "The Handbook serves labour rights and safe migration." .
id:p3 a okg:Passage ; okg:quote "The OCEEA and ODIHR published the Handbook." .
id:p1 { id:odihr okg:contributesTo sdg:10.7 . }
id:p2 { id:handbook okg:contributesTo sdg:10.7, sdg:8.8 . }
id:p3 { id:handbook okg:organizedBy id:oceea, id:odihr . }
`;

describe('Matrix panel', () => {
  let app: ExplorerSession;
  beforeAll(async () => {
    app = await openExplorer();
  });
  afterAll(async () => {
    await stopStarted(app);
  });

  it("shows the bundled graph's bodies × targets, with the definition of a cell stated", async () => {
    const { page } = app;
    await openTab(page, 'Matrix');
    const region = page.getByRole('region', { name: 'Matrix' });
    await expect.poll(() => region.innerText()).toContain('Each cell counts the distinct okg:contributesTo statements');
    const table = page.getByRole('table', { name: /Statements per OSCE body and SDG target/ });
    await table.waitFor();
    expect(await table.getByRole('rowheader').count()).toBeGreaterThan(0);
    expect(await table.getByRole('columnheader').allInnerTexts()).toContain('10.7');
    await screenshot(page, 'data-matrix-bundled');
  });

  it('counts statements per body and target in an accessible table; a cell lists them and lights them up', async () => {
    const { page } = app;
    await page.evaluate((text) => window.__osceKg!.loadText(text, { format: 'trig', mode: 'replace' }), MATRIX_FIXTURE);
    await openTab(page, 'Matrix');
    const table = page.getByRole('table', { name: /Statements per OSCE body and SDG target/ });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['OSCE body', '8.8', '10.7', 'Total']);
    expect(await table.getByRole('rowheader').allInnerTexts()).toEqual([
      'ODIHR', // its acronym, with the full name as the abbreviation's title
      'Office of the Co-ordinator of OSCE Economic and Environmental Activities',
    ]);
    expect(await table.getByRole('rowheader').first().locator('abbr').getAttribute('title')).toBe(
      'Office for Democratic Institutions and Human Rights',
    );
    const cell = page.getByRole('button', {
      name: 'Office for Democratic Institutions and Human Rights and SDG target 10.7: 2 statements',
    });
    await cell.click();
    const details = page.locator('.matrix-details');
    await expect.poll(() => details.locator('.matrix-statements > li').count()).toBe(2);
    const text = await details.innerText();
    expect(text).toContain('ODIHR supports orderly and safe migration.');
    expect(text).toContain('The Handbook serves labour rights and safe migration.');
    expect(text).toContain('The OCEEA and ODIHR published the Handbook.');
    const caption = page.locator('.graph-caption');
    await expect.poll(() => caption.innerText()).toContain('2 statements');
    await screenshot(page, 'data-matrix');
    expect(appErrors(app)).toEqual([]);
  });

  it('recounts when data changes', async () => {
    const { page } = app;
    await page.evaluate(() =>
      window.__osceKg!.loadText(
        '<https://w3id.org/osce-kg/id/oceea> <https://w3id.org/osce-kg/ontology#contributesTo> <http://metadata.un.org/sdg/16.9> .',
        { format: 'nt', mode: 'merge' },
      ),
    );
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: /Statements per OSCE body/ })
          .getByRole('columnheader')
          .allInnerTexts(),
      )
      .toEqual(['OSCE body', '8.8', '10.7', '16.9', 'Total']);
  });
});

describe('Import panel', () => {
  let app: ExplorerSession;
  beforeAll(async () => {
    app = await openExplorer();
    await openTab(app.page, 'Import');
  });
  afterAll(async () => {
    await stopStarted(app);
  });

  it('a broken Turtle file shows its error with file, line and column and changes nothing', async () => {
    const { page } = app;
    const bad = join(work, 'broken.ttl');
    writeFileSync(bad, '@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e "unterminated ;\n');
    const before = await counts(page);
    await importFile(page, bad, 'merge');
    const alert = page.getByRole('alert').filter({ hasText: 'broken.ttl' });
    await alert.waitFor();
    const message = await alert.innerText();
    expect(message).toMatch(/broken\.ttl:3:\d+/);
    expect(message).toMatch(/line 3, column \d+/);
    expect(await counts(page)).toEqual(before);
    await screenshot(page, 'data-import-error');
  });

  it('merging the UN SDG KOS joins on target IRIs: 10.7 gets its French and Spanish labels', async () => {
    const { page } = app;
    const before = await counts(page);
    await importFile(page, KOS, 'merge');
    expect(await page.locator('.import-panel').getAttribute('data-import-state')).toBe('done');
    const after = await counts(page);
    expect(after.quads).toBeGreaterThan(before.quads);
    const labels = await page.evaluate((iri) => {
      const g = window.__osceKg!.context.getGraph();
      const literals = g.getNodeAttribute(iri, 'literals') as Record<string, { value: string; language: string }[]>;
      return Object.values(literals)
        .flat()
        .filter((l) => l.language === 'fr' || l.language === 'es')
        .map((l) => `${l.language}:${l.value}`);
    }, T107);
    expect(labels).toContain(
      'fr:Faciliter la migration et la mobilité de façon ordonnée, sûre, régulière et responsable, notamment par la mise en œuvre de politiques migratoires planifiées et bien gérées',
    );
    expect(labels.some((l) => l.startsWith('es:Facilitar la migración'))).toBe(true);
    // Only one node for 10.7: the OSCE graph's target and the KOS's are the same resource
    expect(await page.evaluate((iri) => window.__osceKg!.context.getGraph().hasNode(iri), T107)).toBe(true);
    await screenshot(page, 'data-import-kos');
  });

  it('after the KOS merge, Details of target 10.7 shows its French and Spanish labels', async () => {
    const { page } = app;
    await page.evaluate((iri) => window.__osceKg!.context.selectNode(iri), T107);
    await openTab(page, 'Details');
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.innerText()).toContain('Faciliter la migration');
    expect(await details.innerText()).toContain('Facilitar la migración');
    await screenshot(page, 'data-import-kos-details');
  });

  it('a file dropped on the page is imported; its format is sniffed when the name does not tell (JSON-LD here)', async () => {
    const { page } = app;
    await openTab(page, 'Import');
    const before = await counts(page);
    const jsonld = JSON.stringify({
      '@context': {
        label: 'http://www.w3.org/2000/01/rdf-schema#label',
        knows: { '@id': 'http://example.org/knows', '@type': '@id' },
      },
      '@graph': [{ '@id': 'http://example.org/dropped', label: 'Dropped', knows: 'http://example.org/other' }],
    });
    await page.getByLabel('Merge with the current graph').check();
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped-data', { type: '' }));
      return dt;
    }, jsonld);
    await page.dispatchEvent('.import-drop-zone', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('.import-drop-zone', 'drop', { dataTransfer: transfer });
    await page.waitForFunction(
      () => {
        const panel = document.querySelector<HTMLElement>('.import-panel');
        return panel?.dataset.importState === 'done' && panel.dataset.importTimings?.includes('jsonld');
      },
      undefined,
      { timeout: 60_000 },
    );
    const after = await counts(page);
    expect(after.quads).toBe(before.quads + 2);
    expect(await page.evaluate(() => window.__osceKg!.context.getGraph().hasNode('http://example.org/dropped'))).toBe(
      true,
    );
  });

  it('"Cancel import" while parsing leaves the graph as it was; once the graph is being changed it is no longer offered', async () => {
    const { page } = app;
    await openTab(page, 'Import');
    const file = join(work, 'synthetic-10k.nt');
    writeFileSync(file, syntheticNTriples(10_000, 40_000));
    const panel = page.locator('.import-panel');
    const before = await counts(page);
    await page.getByLabel('Merge with the current graph').check();
    // Cancel is pressed as soon as it shows while the file is parsed: a MutationObserver's callback runs before the
    // worker's answer (a task) can arrive, so the click never races a parse that finished first on a fast machine.
    const pressed = page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const host = document.querySelector<HTMLElement>('.import-panel')!;
          new MutationObserver((_r, observer) => {
            const button = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Cancel import');
            if (host.dataset.importState === 'running' && button && !button.hidden) {
              observer.disconnect();
              const state = host.dataset.importState;
              button.click();
              resolve(state);
            }
          }).observe(host, { attributes: true, childList: true, subtree: true });
        }),
    );
    await page.getByLabel('Import RDF file').setInputFiles(file);
    expect(await pressed).toBe('running');
    await expect.poll(() => panel.getAttribute('data-import-state')).toBe('cancelled');
    await expect.poll(() => panel.textContent()).toContain('Import cancelled. The graph was not changed.');
    await page.waitForTimeout(2_000); // nothing of the abandoned parse arrives late
    expect(await counts(page)).toEqual(before);
    // The same file again, to the end: while it is being applied there is no Cancel that would not keep its word.
    const states = page.evaluate(
      () =>
        new Promise<{ state: string; cancelShown: boolean }[]>((resolve) => {
          const host = document.querySelector<HTMLElement>('.import-panel')!;
          const seen: { state: string; cancelShown: boolean }[] = [];
          new MutationObserver((_r, observer) => {
            const button = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Cancel import');
            seen.push({ state: host.dataset.importState ?? '', cancelShown: !!button && !button.hidden });
            if (host.dataset.importState === 'done' || host.dataset.importState === 'error') {
              observer.disconnect();
              resolve(seen);
            }
          }).observe(host, { attributes: true, attributeFilter: ['data-import-state'] });
        }),
    );
    await page.getByLabel('Import RDF file').setInputFiles(file);
    const seen = await states;
    expect(seen.find((s) => s.state === 'running')?.cancelShown).toBe(true);
    expect(seen.filter((s) => s.state === 'applying')).toEqual([{ state: 'applying', cancelShown: false }]);
    expect(seen.at(-1)?.state).toBe('done');
    expect((await counts(page)).nodes).toBeGreaterThan(before.nodes);
    expect(appErrors(app)).toEqual([]);
  }, 120_000);

  it('replace mode replaces the graph with the file', async () => {
    const { page } = app;
    await openTab(page, 'Import');
    const small = join(work, 'small.nt');
    writeFileSync(
      small,
      [
        '<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "A" .',
        '<http://example.org/a> <http://example.org/knows> <http://example.org/b> .',
        '_:x <http://example.org/knows> <http://example.org/a> .',
      ].join('\n') + '\n',
    );
    await importFile(page, small, 'replace');
    const after = await counts(page);
    expect(after.quads).toBe(3);
    expect(after.nodes).toBe(3);
    const blank = await page.evaluate(
      () => window.__osceKg!.context.getQuads().find((q) => q.subject.termType === 'BlankNode')?.subject.value,
    );
    expect(blank).toMatch(/^import\d+x/); // the file's blank nodes get a prefix of their own
    // Merging the same file again: its IRIs join (no new statements about them), its blank node stays apart
    await importFile(page, small, 'merge');
    const again = await counts(page);
    expect(again.quads).toBe(4);
    const blanks = await page.evaluate(
      () =>
        new Set(
          window
            .__osceKg!.context.getQuads()
            .filter((q) => q.subject.termType === 'BlankNode')
            .map((q) => q.subject.value),
        ).size,
    );
    expect(blanks).toBe(2);
    expect(appErrors(app)).toEqual([]);
  });
});

describe('Import panel, large file', () => {
  let app: ExplorerSession;
  beforeAll(async () => {
    app = await openExplorer();
    await openTab(app.page, 'Import');
  });
  afterAll(async () => {
    await stopStarted(app);
  });

  it('parses 50,000 nodes / 200,000 edges of N-Triples in the worker; the bar moves at least every half second', async () => {
    const { page } = app;
    const big = join(work, 'synthetic-50k.nt');
    writeFileSync(big, syntheticNTriples(50_000, 200_000));
    // Samples the bar every 50 ms from the page itself: a gap between samples is the main thread being busy.
    // When the data is handed to the shell (state "applying") the page logs what it saw: the shell's synchronous
    // graph rebuild may then hold the page for long, and is not the import's to measure here.
    const report = new Promise<{ timings: Record<string, number>; samples: [number, number][] }>((resolve) => {
      page.on('console', (message) => {
        if (message.text().startsWith('import-report '))
          resolve(JSON.parse(message.text().slice('import-report '.length)));
      });
    });
    await page.evaluate(() => {
      const samples: [number, number][] = [];
      const panel = document.querySelector<HTMLElement>('.import-panel')!;
      const bar = panel.querySelector('progress')!;
      const timer = setInterval(() => samples.push([performance.now(), bar.hidden ? -1 : bar.value]), 50);
      new MutationObserver((_records, observer) => {
        if (panel.dataset.importState !== 'applying' && panel.dataset.importState !== 'error') return;
        clearInterval(timer);
        observer.disconnect();
        console.log(
          'import-report ' + JSON.stringify({ timings: JSON.parse(panel.dataset.importTimings ?? '{}'), samples }),
        );
      }).observe(panel, { attributes: true, attributeFilter: ['data-import-state', 'data-import-timings'] });
    });
    await page.getByLabel('Replace the current graph').check();
    await page.getByLabel('Import RDF file').setInputFiles(big);
    const { timings, samples } = await report;
    const moving = samples.filter(([, v]) => v >= 0);
    let longestStill = 0;
    let stillAt = 0;
    let longestSampleGap = 0;
    let lastChange = moving[0]?.[0] ?? 0;
    for (const [i, [at, value]] of moving.entries()) {
      const previous = moving[i - 1];
      if (previous === undefined) continue;
      longestSampleGap = Math.max(longestSampleGap, at - previous[0]);
      if (value !== previous[1]) {
        if (at - lastChange > longestStill) [longestStill, stillAt] = [at - lastChange, previous[1]];
        lastChange = at;
      }
    }
    console.log(
      'large import',
      JSON.stringify({
        ...timings,
        longestStillMs: Math.round(longestStill),
        stillAtFraction: Number(stillAt.toFixed(3)),
        longestMainThreadGapMs: Math.round(longestSampleGap),
        samples: moving.length,
      }),
    );
    expect(timings.quads).toBe(250_000);
    expect(longestStill).toBeLessThan(500);
    expect(longestSampleGap).toBeLessThan(500);
    // The shell's rebuild (setQuads) of 50k nodes / 200k edges: reported, and bounded so a regression shows.
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('.import-panel')?.dataset.importState === 'done',
      undefined,
      { timeout: 240_000 },
    );
    const done = JSON.parse(
      (await page.locator('.import-panel').getAttribute('data-import-timings')) ?? '{}',
    ) as Record<string, number>;
    console.log('large import applied', JSON.stringify(done));
    expect(await page.evaluate(() => window.__osceKg!.context.getGraph().order)).toBe(50_000);
    expect(done.applyMs).toBeLessThan(120_000);
  }, 400_000);
});
