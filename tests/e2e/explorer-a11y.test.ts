// Accessibility check with axe-core in real Chromium over the explorer's main views, at a wide and a narrow size:
// every rule axe runs by default (WCAG 2.x A/AA and best practices), none excluded, no violation allowed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { openExplorer, revealDrawer, type ExplorerSession } from './harness';
import { stopStarted } from '../helpers/stop-started';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ODIHR = 'https://w3id.org/osce-kg/id/odihr';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

async function axe(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    interface AxeResult {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[]; failureSummary?: string }[];
      }[];
    }
    const run = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe.run;
    const result = await run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
    }));
  });
}

async function openTab(page: Page, name: string): Promise<void> {
  await revealDrawer(page, 'Panels');
  await page.getByRole('tab', { name }).click();
  await page.getByRole('region', { name, exact: true }).waitFor();
  // Panels load their code on first open; give them a moment to fill in.
  await page.waitForTimeout(600);
}

/** The views to check, each reached the way a user reaches it. */
const VIEWS: [string, (page: Page) => Promise<void>][] = [
  ['initial view', async () => undefined],
  [
    'search suggestions open',
    async (page) => {
      await page.getByRole('combobox', { name: 'Search entities' }).fill('ODIHR');
      await page.getByRole('listbox', { name: 'Suggestions' }).waitFor();
    },
  ],
  [
    'details of a selected node',
    async (page) => {
      await page.getByRole('combobox', { name: 'Search entities' }).press('Enter');
      await page.getByRole('region', { name: 'Details' }).locator('blockquote').first().waitFor();
    },
  ],
  [
    'a passage shown in the Read tab',
    async (page) => {
      await page
        .getByRole('region', { name: 'Details' })
        .getByRole('button', { name: 'Show in source' })
        .first()
        .click();
      await page.getByRole('article', { name: 'Document text' }).locator('.rd-passage').first().waitFor();
    },
  ],
  [
    'list view',
    async (page) => {
      await page.keyboard.press('Escape');
      await openTab(page, 'List');
    },
  ],
  [
    'matrix with a cell open',
    async (page) => {
      await openTab(page, 'Matrix');
      await page.locator('.matrix-table td button').first().click();
      await page.locator('.matrix-statements').waitFor();
    },
  ],
  [
    'matrix swapped',
    async (page) => {
      await page.getByRole('button', { name: 'Swap rows and columns' }).click();
    },
  ],
  ['export panel', async (page) => openTab(page, 'Export')],
  ['import panel', async (page) => openTab(page, 'Import')],
  [
    'query panel with results',
    async (page) => {
      await openTab(page, 'Query');
      await page.getByRole('button', { name: 'Run' }).click();
      await page.getByRole('table', { name: 'Query results' }).waitFor({ timeout: 30_000 });
    },
  ],
  [
    'query panel with a bar chart, saved and recent queries',
    async (page) => {
      await page.getByRole('textbox', { name: 'SPARQL query' }).click();
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText(
        'SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n)',
      );
      await page.getByRole('button', { name: 'Run' }).click();
      await page.getByRole('button', { name: 'Chart', exact: true }).click();
      await page.getByRole('img', { name: /^Bar chart/ }).waitFor({ timeout: 30_000 });
      await page.getByText(/^Saved queries \(\d+\) and history/).click();
      await page.getByRole('textbox', { name: 'Query name' }).fill('Classes by size');
      await page.getByRole('button', { name: 'Save query' }).click();
      await page.getByRole('list', { name: 'Saved queries' }).waitFor();
    },
  ],
  [
    'paths panel with paths found',
    async (page) => {
      await openTab(page, 'Paths');
      await page.getByRole('combobox', { name: 'From entity' }).fill('ODIHR');
      await page.getByRole('listbox', { name: 'From entity suggestions' }).getByRole('option').first().click();
      await page.getByRole('combobox', { name: 'To entity' }).fill('IOM');
      await page.getByRole('listbox', { name: 'To entity suggestions' }).getByRole('option').first().click();
      await page.getByRole('button', { name: 'Find paths' }).click();
      await page.getByRole('region', { name: 'Paths found' }).waitFor();
    },
  ],
  [
    'read panel, a sentence hovered and a node selected',
    async (page) => {
      await openTab(page, 'Read');
      await page.locator('.reader-doc .rd-supported').first().hover();
      await page.locator('.reader-statements li').first().waitFor();
      await page.evaluate((k) => window.__osceKg!.context.selectNode(k), ODIHR);
    },
  ],
  [
    'filtered, focused on a selection',
    async (page) => {
      await page.evaluate((k) => window.__osceKg!.context.selectNode(k), ODIHR);
      await revealDrawer(page, 'Filters');
      await page.getByLabel('Focus on selection').selectOption('1');
      await page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: /Theme/ }).uncheck();
    },
  ],
];

describe.each([
  ['1280×800', { width: 1280, height: 800 }],
  ['800×700', { width: 800, height: 700 }],
])('axe-core at %s', (_size, viewport) => {
  let app: ExplorerSession;
  beforeAll(async () => {
    app = await openExplorer({ viewport });
  });
  afterAll(async () => {
    await stopStarted(app);
  });

  it.each(VIEWS)('%s has no violation', async (_name, reach) => {
    await reach(app.page);
    const violations = await axe(app.page);
    expect(violations).toEqual([]);
  });

  it('raised no page errors', () => {
    expect(app.errors).toEqual([]);
  });
});
