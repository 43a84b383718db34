// Large-import probe shared by the e2e test and bench/explorer-large.ts: a synthetic N-Triples file, and an import
// through the Import panel watched from inside the page (long tasks, progress-bar updates, phases, time to drawn).
import type { Page } from 'playwright-core';

/** `nodes` labelled nodes and `edges` edges over ten predicates (deterministic), as N-Triples. */
export function syntheticNTriples(nodes: number, edges: number): string {
  const lines: string[] = [];
  for (let i = 0; i < nodes; i++)
    lines.push(`<http://example.org/n${i}> <http://www.w3.org/2000/01/rdf-schema#label> "Node ${i}"@en .`);
  let seed = 42;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < edges; i++) {
    lines.push(
      `<http://example.org/n${i % nodes}> <http://example.org/p${i % 10}> <http://example.org/n${next() % nodes}> .`,
    );
  }
  return lines.join('\n') + '\n';
}

export interface LongTask {
  start: number;
  ms: number;
  state: string;
  /** ms of sigma's render inside this task (its JavaScript; the GPU's part shows in the task's length only). */
  renderMs?: number;
}

/**
 * Long tasks split by whether sigma drew a frame in them (a render span starts inside the task): the bound is
 * on the others, the explorer's own work. A frame's task also holds the raster the browser waits for.
 */
export interface LongTasksByOwner {
  outsideDraw: { count: number; over200: number; longestMs: number };
  inDraw: { count: number; longestMs: number; longestRenderMs: number };
}

export function splitByDraw(tasks: readonly LongTask[], renders: readonly { start: number; ms: number }[]) {
  const drawIn = (t: LongTask) => renders.find((r) => r.start >= t.start && r.start <= t.start + t.ms);
  const inDraw = tasks.filter((t) => drawIn(t));
  const outside = tasks.filter((t) => !drawIn(t));
  const longest = (list: readonly LongTask[]) => Math.round(Math.max(0, ...list.map((t) => t.ms)));
  const longestDraw = inDraw.reduce<LongTask | undefined>((a, t) => (a && a.ms >= t.ms ? a : t), undefined);
  return {
    outsideDraw: {
      count: outside.length,
      over200: outside.filter((t) => t.ms > 200).length,
      longestMs: longest(outside),
    },
    inDraw: {
      count: inDraw.length,
      longestMs: longest(inDraw),
      longestRenderMs: Math.round(longestDraw ? (drawIn(longestDraw)?.ms ?? 0) : 0),
    },
  } satisfies LongTasksByOwner;
}

export interface ImportReport {
  /** The panel's own timings (read, parse, decode, apply ...). */
  timings: Record<string, number>;
  /** ms from the file being handed to the page to the panel reporting 'done', and to the next frame after. */
  toDoneMs: number;
  toDrawnMs: number;
  longTasks: {
    count: number;
    over200: number;
    longestMs: number;
    longestState: string;
    totalMs: number;
    top: LongTask[];
  } & LongTasksByOwner;
  progress: { updates: number; longestGapMs: number; gapEndsAt: number; gapState: string; monotonic: boolean };
  /** Import states seen, in order (running, applying, done). */
  states: string[];
  /** The status line's texts while the bar moved, in order, each once ("Replacing the graph: building the graph …"). */
  statusTexts: string[];
}

/**
 * Picks `file` in the Import panel (opening the panel), then waits for the import to be done and drawn.
 * Everything is measured in the page: long tasks by a PerformanceObserver, each change of the progress bar's value by a
 * MutationObserver (it runs in the task that made the change, so a gap between two is time the bar could not move).
 */
export async function importAndWatch(
  page: Page,
  file: string,
  mode: 'replace' | 'merge',
  timeoutMs: number,
): Promise<ImportReport> {
  await page.getByRole('tab', { name: 'Import' }).click();
  await page.getByRole('region', { name: 'Import' }).waitFor();
  await page.getByLabel(mode === 'replace' ? 'Replace the current graph' : 'Merge with the current graph').check();
  await page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('.import-panel') as HTMLElement;
    const bar = panel.querySelector('progress') as HTMLProgressElement;
    const probe = {
      t0: performance.now(),
      longTasks: [] as { start: number; ms: number; state: string }[],
      updates: [] as [number, number, string][],
      states: [] as string[],
      statusTexts: [] as string[],
      done: 0,
      drawn: 0,
    };
    (window as unknown as { __largeProbe: typeof probe }).__largeProbe = probe;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        probe.longTasks.push({ start: e.startTime, ms: e.duration, state: panel.dataset.importState ?? '' });
    }).observe({ type: 'longtask' });
    const status = panel.querySelector('[role="status"]');
    new MutationObserver(() => {
      probe.updates.push([
        performance.now(),
        bar.hasAttribute('value') ? bar.value : -1,
        panel.dataset.importState ?? '',
      ]);
      const text = status?.textContent ?? '';
      if (text && probe.statusTexts[probe.statusTexts.length - 1] !== text) probe.statusTexts.push(text);
    }).observe(bar, { attributes: true, attributeFilter: ['value'] });
    new MutationObserver(() => {
      const state = panel.dataset.importState ?? '';
      if (probe.states[probe.states.length - 1] !== state) probe.states.push(state);
      if ((state === 'done' || state === 'error') && probe.done === 0) {
        probe.done = performance.now();
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            probe.drawn = performance.now();
          }),
        );
      }
    }).observe(panel, { attributes: true, attributeFilter: ['data-import-state'] });
  });
  await page.evaluate(() => {
    (window as unknown as { __largeProbe: { t0: number } }).__largeProbe.t0 = performance.now();
  });
  await page.getByLabel('Import RDF file').setInputFiles(file);
  await page.waitForFunction(
    () => (window as unknown as { __largeProbe: { drawn: number } }).__largeProbe.drawn > 0,
    undefined,
    { timeout: timeoutMs, polling: 250 },
  );
  // Long-task entries are delivered after the task: give the observer a moment.
  await page.waitForTimeout(300);
  const raw = await page.evaluate(() => {
    const probe = (
      window as unknown as {
        __largeProbe: {
          t0: number;
          longTasks: { start: number; ms: number; state: string }[];
          updates: [number, number, string][];
          states: string[];
          statusTexts: string[];
          done: number;
          drawn: number;
        };
      }
    ).__largeProbe;
    const panel = document.querySelector<HTMLElement>('.import-panel') as HTMLElement;
    return {
      ...probe,
      renders: window.__osceKg?.view.renderSpans() ?? [],
      timings: JSON.parse(panel.dataset.importTimings ?? '{}') as Record<string, number>,
    };
  });
  const tasks = raw.longTasks.filter((t) => t.start >= raw.t0 && t.start <= raw.drawn);
  const longest = tasks.reduce<LongTask | undefined>((a, t) => (a && a.ms >= t.ms ? a : t), undefined);
  // Gaps between bar updates, from the first update to the end of the import (the bar is then full).
  let longestGap = 0;
  let gapEndsAt = 0;
  let gapState = '';
  let monotonic = true;
  for (const [i, [t, v, s]] of raw.updates.entries()) {
    const previous = raw.updates[i - 1];
    if (previous === undefined) continue;
    const [tp, vp] = previous;
    if (v >= 0 && vp >= 0 && v < vp) monotonic = false;
    if (t - tp > longestGap) [longestGap, gapEndsAt, gapState] = [t - tp, v, s];
  }
  return {
    timings: raw.timings,
    toDoneMs: Math.round(raw.done - raw.t0),
    toDrawnMs: Math.round(raw.drawn - raw.t0),
    longTasks: {
      count: tasks.length,
      over200: tasks.filter((t) => t.ms > 200).length,
      longestMs: Math.round(longest?.ms ?? 0),
      longestState: longest?.state ?? '',
      totalMs: Math.round(tasks.reduce((s, t) => s + t.ms, 0)),
      ...splitByDraw(tasks, raw.renders),
      top: [...tasks]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 8)
        .map((t) => ({ start: Math.round(t.start - raw.t0), ms: Math.round(t.ms), state: t.state })),
    },
    progress: {
      updates: raw.updates.length,
      longestGapMs: Math.round(longestGap),
      gapEndsAt: Number(gapEndsAt.toFixed(3)),
      gapState,
      monotonic,
    },
    states: raw.states,
    statusTexts: raw.statusTexts,
  };
}
