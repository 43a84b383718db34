// Hover in real Chromium: the real mouse over a node makes it and its neighbours stand out and fades the rest
// (checked in sigma's states and in screenshot pixels); moving away restores the picture; edge labels on hover of a
// small neighbourhood and on zoom.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExplorer, pixelsAt, screenshotOf, type ExplorerSession, type Rgb } from './harness';
import { stopStarted } from '../helpers/stop-started';

const ODIHR = 'https://w3id.org/osce-kg/id/odihr';
const FADED: Rgb = [0xe4, 0xe4, 0xe7];
let app: ExplorerSession;

function hex(color: string): Rgb {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Colours within `tolerance` on each channel; a missing colour (fewer pixels than probes) is near nothing. */
const near = (a: Rgb | undefined, b: Rgb | undefined, tolerance = 24): boolean =>
  a !== undefined && b !== undefined && a.every((v, i) => Math.abs(v - (b[i] ?? Number.NaN)) <= tolerance);

interface Probe {
  key: string;
  x: number;
  y: number;
  color: Rgb;
  neighbour: boolean;
}

/** Nodes around the hovered one (neighbours and strangers) with their centres in the graph container. */
async function probes(page: Page, hovered: string): Promise<Probe[]> {
  const raw = await page.evaluate((hovered) => {
    const hook = window.__osceKg!;
    const graph = hook.context.getGraph();
    const neighbours = new Set(graph.neighbors(hovered));
    const box = document.querySelector('#graph')!.getBoundingClientRect();
    return graph
      .mapNodes((key) => ({
        key,
        neighbour: neighbours.has(key),
        at: hook.view.nodeViewportPosition(key),
        color: hook.view.nodeColor(key),
      }))
      .filter(
        (p) =>
          p.key !== hovered &&
          p.at &&
          p.color &&
          p.at.x > 10 &&
          p.at.y > 10 &&
          p.at.x < box.width - 10 &&
          p.at.y < box.height - 10,
      )
      .map((p) => ({ key: p.key, neighbour: p.neighbour, x: p.at!.x, y: p.at!.y, color: p.color! }));
  }, hovered);
  return raw.map((p) => ({ ...p, color: hex(p.color) }));
}

beforeAll(async () => {
  app = await openExplorer({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await stopStarted(app);
});

describe('hover', () => {
  it('the hovered node and its neighbours stand out, the rest fades; moving away restores the picture', async () => {
    const { page } = app;
    const centre = await page.evaluate((k) => window.__osceKg!.view.nodeViewportPosition(k), ODIHR);
    expect(centre).not.toBeNull();
    const box = (await page.locator('#graph').boundingBox())!;
    const all = await probes(page, ODIHR);
    const before = await screenshotOf(page, '#graph', 'hover-before');
    const beforePixels = await pixelsAt(page, before, all);
    // Only nodes whose centre shows their own colour (not covered by another node) can be judged by their pixels.
    const visible = all.filter((p, i) => near(beforePixels[i], p.color));
    const strangers = visible.filter((p) => !p.neighbour);
    const neighbours = visible.filter((p) => p.neighbour);
    expect(strangers.length).toBeGreaterThan(5);
    expect(neighbours.length).toBeGreaterThan(2);
    expect(await page.evaluate(() => window.__osceKg!.view.emphasis().hasActive)).toBe(false);

    await page.mouse.move(box.x + centre!.x, box.y + centre!.y, { steps: 4 });
    await expect.poll(() => page.evaluate(() => window.__osceKg!.view.emphasis().hoverActive)).toBe(true);
    const expected = await page.evaluate((k) => {
      const graph = window.__osceKg!.context.getGraph();
      return { nodes: [k, ...graph.neighbors(k)].sort(), edges: graph.edges(k).sort() };
    }, ODIHR);
    const during = await page.evaluate(() => window.__osceKg!.view.emphasis());
    expect(during.active).toEqual(expected.nodes);
    expect(during.activeEdges).toEqual(expected.edges);
    // A hub: its edge labels would pile up, so only the node labels show.
    expect(expected.nodes.length).toBeGreaterThan(12);
    expect(during.edgeLabels).toBe(false);
    await page.waitForTimeout(200);
    const hovering = await screenshotOf(page, '#graph', 'hover-during');
    const duringStrangers = await pixelsAt(page, hovering, strangers);
    const duringNeighbours = await pixelsAt(page, hovering, neighbours);
    // Strangers fade to the faded colour; neighbours keep their class colour (or are drawn over by active
    // edges/labels).
    expect(duringStrangers.filter((rgb) => near(rgb, FADED, 12)).length).toBeGreaterThanOrEqual(
      Math.ceil(strangers.length * 0.9),
    );
    expect(duringNeighbours.filter((rgb, i) => near(rgb, neighbours[i]?.color)).length).toBeGreaterThanOrEqual(
      Math.ceil(neighbours.length * 0.8),
    );
    // The hovered node shows its full name.
    expect(await page.evaluate((k) => window.__osceKg!.view.nodeColor(k), ODIHR)).not.toBeNull();

    await page.mouse.move(box.x + 4, box.y + box.height - 4, { steps: 4 });
    await expect.poll(() => page.evaluate(() => window.__osceKg!.view.emphasis().hasActive)).toBe(false);
    expect(await page.evaluate(() => window.__osceKg!.view.emphasis().edgeLabels)).toBe(false);
    await page.waitForTimeout(200);
    const after = await screenshotOf(page, '#graph', 'hover-after');
    const afterPixels = await pixelsAt(page, after, visible);
    expect(afterPixels.filter((rgb, i) => near(rgb, visible[i]?.color)).length).toBe(visible.length);
    expect(app.errors).toEqual([]);
  });

  it('hovering a node while another is selected emphasises the hovered one, then returns to the selection', async () => {
    const { page } = app;
    const other = await page.evaluate((k) => {
      const graph = window.__osceKg!.context.getGraph();
      return graph.neighbors(k).find((n) => graph.degree(n) >= 2 && graph.degree(n) < graph.degree(k)) ?? null;
    }, ODIHR);
    expect(other).not.toBeNull();
    await page.evaluate((k) => window.__osceKg!.context.selectNode(k), other);
    await page.waitForTimeout(700); // the camera glides to the selection
    const selectedActive = await page.evaluate(() => window.__osceKg!.view.emphasis());
    expect(selectedActive.hasActive).toBe(true);
    expect(selectedActive.hoverActive).toBe(false);
    // (Edge labels here follow the zoom: a selection is framed, so a small neighbourhood may be zoomed in far
    // enough to name its edges.)
    const box = (await page.locator('#graph').boundingBox())!;
    const centre = (await page.evaluate((k) => window.__osceKg!.view.nodeViewportPosition(k), ODIHR))!;
    await page.mouse.move(box.x + centre.x, box.y + centre.y, { steps: 4 });
    await expect.poll(() => page.evaluate(() => window.__osceKg!.view.emphasis().hoverActive)).toBe(true);
    expect((await page.evaluate(() => window.__osceKg!.view.emphasis())).active).toContain(ODIHR);
    await page.mouse.move(box.x + 4, box.y + box.height - 4, { steps: 4 });
    await expect.poll(() => page.evaluate(() => window.__osceKg!.view.emphasis().hoverActive)).toBe(false);
    expect((await page.evaluate(() => window.__osceKg!.view.emphasis())).active).toEqual(selectedActive.active);
    await page.evaluate(() => window.__osceKg!.context.selectNode(null));
  });

  it('hovering a node with a small neighbourhood also names its edges', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Fit graph' }).click();
    await page.waitForTimeout(700);
    // A node of degree 2–4 whose centre is on the canvas and not covered by another node's centre.
    const small = await page.evaluate(() => {
      const hook = window.__osceKg!;
      const graph = hook.context.getGraph();
      const box = document.querySelector('#graph')!.getBoundingClientRect();
      const at = graph.mapNodes((key) => ({
        key,
        p: hook.view.nodeViewportPosition(key),
        d: new Set(graph.neighbors(key)).size,
      }));
      const free = (a: { key: string; p: { x: number; y: number } | null }) =>
        at.every((b) => b.key === a.key || !b.p || !a.p || Math.hypot(b.p.x - a.p.x, b.p.y - a.p.y) > 14);
      return (
        at.find(
          (a) =>
            a.d >= 2 &&
            a.d <= 4 &&
            a.p &&
            a.p.x > 40 &&
            a.p.y > 40 &&
            a.p.x < box.width - 40 &&
            a.p.y < box.height - 40 &&
            free(a),
        ) ?? null
      );
    });
    expect(small).not.toBeNull();
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + small!.p!.x, box.y + small!.p!.y, { steps: 4 });
    await expect.poll(() => page.evaluate(() => window.__osceKg!.view.emphasis().hoverActive)).toBe(true);
    const during = await page.evaluate(() => window.__osceKg!.view.emphasis());
    expect(during.active).toContain(small!.key);
    expect(during.active.length).toBeLessThanOrEqual(12);
    expect(during.edgeLabels).toBe(true);
    await screenshotOf(page, '#graph', 'hover-small-neighbourhood');
    await page.mouse.move(box.x + 4, box.y + box.height - 4, { steps: 4 });
    await expect.poll(() => page.evaluate(() => window.__osceKg!.view.emphasis().edgeLabels)).toBe(false);
  });

  it('edge labels are drawn when zoomed in and not when zoomed out', async () => {
    const { page } = app;
    const box = (await page.locator('#graph').boundingBox())!;
    const labels = () => page.evaluate(() => window.__osceKg!.view.emphasis().edgeLabels);
    await page.getByRole('button', { name: 'Fit graph' }).click();
    await expect.poll(labels).toBe(false);
    // Wheel over an empty corner of the canvas: no node under the mouse, so only the zoom can bring edge labels.
    await page.mouse.move(box.x + 6, box.y + 6);
    for (let i = 0; i < 8 && !(await labels()); i++) {
      await page.mouse.wheel(0, -240);
      await page.waitForTimeout(400);
    }
    expect(await labels()).toBe(true);
    expect(await page.evaluate(() => window.__osceKg!.view.emphasis().hoverActive)).toBe(false);
    await screenshotOf(page, '#graph', 'hover-zoomed-in');
    await page.getByRole('button', { name: 'Fit graph' }).click();
    await expect.poll(labels).toBe(false);
  });
});
