// The Read panel in real Chromium: the source rendered from markdown, mentions that select nodes, sentences that
// show their statements, the selection scrolled to and highlighted in the text, and keyboard use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer, screenshotOf, waitSettled, type ExplorerSession } from './harness';
import { stopStarted } from '../helpers/stop-started';

const ID = 'https://w3id.org/osce-kg/id/';
let app: ExplorerSession;

beforeAll(async () => {
  app = await openExplorer({ viewport: { width: 1400, height: 900 } });
  await app.page.getByRole('tab', { name: 'Read' }).click();
  await app.page.locator('.reader-doc .rd-m').first().waitFor({ timeout: 20_000 });
});
afterAll(async () => {
  await stopStarted(app);
});

describe('the Read panel', () => {
  it('renders the markdown: headings, italics, a table-free text, footnotes as links to their notes', async () => {
    const { page } = app;
    expect(await page.locator('.reader-doc h2').first().textContent()).toContain('THE OSCE COMMITMENTS AND MANDATE');
    expect(await page.locator('.reader-doc em').count()).toBeGreaterThan(5);
    const ref = page.locator('.reader-doc a.reader-fnref').first();
    const target = (await ref.getAttribute('href'))!;
    expect(target).toMatch(/^#reader-fn-\d+$/);
    expect(await page.locator(`.reader-doc ${target}`).textContent()).toContain('The views expressed in the paper');
    // Nothing of the markup is left as text, and no element outside the allowed ones
    const left = /.{0,40}(?:<sup>|\*\*|[\uE000-\uE01F]).{0,40}/.exec(
      (await page.locator('.reader-doc').textContent())!,
    );
    expect(left?.[0]).toBeUndefined();
    expect(await page.locator('.reader-doc script, .reader-doc img, .reader-doc iframe').count()).toBe(0);
    await screenshotOf(page, '.reader-doc', 'reader-top');
  });

  it('lists every source document with a text, and renders the other one too', async () => {
    const { page } = app;
    const options = await page.locator('.reader-tools select option').allTextContents();
    expect(options.length).toBe(2);
    await page.locator('.reader-tools select').selectOption({ index: 1 });
    await page.locator('.reader-doc .rd-s').first().waitFor();
    expect(await page.locator('.reader-doc table, .reader-doc h2, .reader-doc h1').count()).toBeGreaterThan(0);
    await waitSettled(page);
    await page.locator('.reader-tools select').selectOption(`${ID}source-osce-un-migration-2017`);
    await page.locator('.reader-doc .rd-m').first().waitFor();
  });

  it('marks sentences that support no statement differently from those that do', async () => {
    const { page } = app;
    const supported = await page.locator('.reader-doc .rd-supported').count();
    const unsupported = await page.locator('.reader-doc .rd-unsupported').count();
    expect(supported).toBeGreaterThan(20);
    expect(unsupported).toBeGreaterThan(0);
    const colour = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).color);
    expect(await colour('.reader-doc .rd-unsupported')).not.toBe(await colour('.reader-doc .rd-supported'));
  });

  it('hovering a sentence shows the statements it supports', async () => {
    const { page } = app;
    const sentence = page.locator('.reader-doc .rd-supported', { hasText: 'ODIHR' }).first();
    await sentence.hover();
    await expect.poll(() => page.locator('.reader-statements li').count()).toBeGreaterThan(0);
    expect(await page.locator('.reader-statements h3').textContent()).toMatch(/supports \d+ statement/);
  });

  it('choosing a mention selects its node; selecting a node on the graph scrolls its sentence into view, highlighted', async () => {
    const { page } = app;
    await page.locator(`.reader-doc .rd-m[data-iri="${ID}odihr"]`).first().click();
    await expect.poll(() => page.evaluate(() => window.__osceKg!.context.getSelectedNode())).toBe(`${ID}odihr`);
    await page.evaluate((key) => window.__osceKg!.context.selectNode(key), `${ID}ufm`);
    const current = page.locator('.reader-doc .rd-current').first();
    await current.waitFor();
    expect(await current.textContent()).toBeTruthy();
    await expect
      .poll(async () => {
        const [doc, box] = await Promise.all([page.locator('.reader-doc').boundingBox(), current.boundingBox()]);
        return !!doc && !!box && box.y >= doc.y && box.y + box.height <= doc.y + doc.height;
      })
      .toBe(true);
    await screenshotOf(page, '.reader-panel', 'reader-selection');
  });

  it('clicking an edge on the graph chooses its statement: the Read tab scrolls to its sentence, highlighted', async () => {
    const { page } = app;
    await waitSettled(page);
    await page.locator('.reader-tools select').selectOption(`${ID}source-osce-un-migration-2017`);
    // An edge the current document supports, alone between its two nodes (drawn straight), whose middle is clear of
    // nodes
    const target = await page.evaluate(() => {
      const hook = window.__osceKg!;
      hook.context.selectNode(null);
      hook.layout.stop();
      const doc = document.querySelector<HTMLSelectElement>('.reader-tools select')!.value;
      const passages = new Set(
        hook.context
          .getQuads()
          .filter((q) => q.predicate.value.endsWith('/isPartOf') && q.object.value === doc)
          .map((q) => q.subject.value),
      );
      const graph = hook.context.getGraph();
      const { width, height } = document.querySelector('#graph')!.getBoundingClientRect();
      const nodes = graph
        .nodes()
        .map((n) => hook.view.nodeViewportPosition(n))
        .filter((p) => p !== null);
      // An object, so that what the callback sets is read afresh (a let would stay narrowed to null)
      const pick: { best: { key: string; x: number; y: number; length: number } | null } = { best: null };
      graph.forEachEdge((key, attributes, source, target) => {
        if (
          !attributes.graphs.some((g) => passages.has(g)) ||
          new Set([...graph.edges(source, target), ...graph.edges(target, source)]).size !== 1
        )
          return;
        const [a, b] = [hook.view.nodeViewportPosition(source), hook.view.nodeViewportPosition(target)];
        if (!a || !b) return;
        const [x, y, length] = [(a.x + b.x) / 2, (a.y + b.y) / 2, Math.hypot(a.x - b.x, a.y - b.y)];
        if (
          x < 20 ||
          y < 20 ||
          x > width - 20 ||
          y > height - 20 ||
          length < 60 ||
          nodes.some((p) => Math.hypot(p.x - x, p.y - y) < 14)
        )
          return;
        if (!pick.best || length > pick.best.length) pick.best = { key, x, y, length };
      });
      return pick.best;
    });
    expect(target).not.toBeNull();
    await page.waitForTimeout(300);
    const graphBox = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(graphBox.x + target!.x, graphBox.y + target!.y);
    await expect
      .poll(() => page.evaluate(() => window.__osceKg!.context.getHighlight()?.statement ?? null))
      .toBe(target!.key);
    const current = page.locator('.reader-doc .rd-current').first();
    await current.waitFor();
    await expect
      .poll(async () => {
        const [doc, box] = await Promise.all([page.locator('.reader-doc').boundingBox(), current.boundingBox()]);
        return !!doc && !!box && box.y >= doc.y && box.y + box.height <= doc.y + doc.height;
      })
      .toBe(true);
    // The statements box lists the chosen statement among those of its sentence
    const expected = await page.evaluate((key) => {
      const graph = window.__osceKg!.context.getGraph();
      const [s, t] = graph.extremities(key);
      return `${graph.getNodeAttribute(s, 'label')} — ${graph.getEdgeAttribute(key, 'predicate').replace(/.*[#/]/, '')} — ${graph.getNodeAttribute(t, 'label')}`;
    }, target!.key);
    expect(await page.locator('.reader-statements li').allTextContents()).toContain(expected);
    await screenshotOf(page, 'body', 'reader-statement-chosen');
  });

  it('is keyboard usable: a mention is a button that Enter activates', async () => {
    const { page } = app;
    const mention = page.locator(`.reader-doc .rd-m[data-iri="${ID}iom"]`).first();
    await mention.focus();
    expect(await mention.evaluate((el) => el.tagName)).toBe('BUTTON');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.__osceKg!.context.getSelectedNode())).toBe(`${ID}iom`);
    expect(app.errors).toEqual([]);
  });
});
