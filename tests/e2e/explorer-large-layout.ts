// ForceAtlas2 probe shared by the e2e test and bench/explorer-large.ts: starts the layout on the drawn graph, and
// measures from inside the page what a user would feel while it runs (long tasks, timer gaps, search keystrokes, a
// hover) and that the drawing really moves; then stops it and measures how long Stop takes to show.
import type { Page } from 'playwright-core';
import { defined } from '../helpers/defined';
import { splitByDraw, type LongTasksByOwner } from './explorer-large-import';

export interface LayoutReport {
  ranForMs: number;
  /** Main-thread tasks over 50 ms while the layout ran (PerformanceObserver 'longtask'). */
  longTasks: { count: number; longestMs: number; totalMs: number; top: { at: number; ms: number }[] };
  /** Longest gap between 20 ms timers while the layout ran (ms): how long the page could not answer. */
  worstTimerGapMs: number;
  /** Search keystrokes typed while the layout ran: ms from the key event to its suggestions on screen. */
  keystrokeMs: number[];
  /** Sample nodes whose drawn position changed between the start and the stop, out of `sampled`. */
  moved: number;
  sampled: number;
  /**
   * Copies of ForceAtlas2's positions into the drawing (performance marks 'osce-kg:layout-sync'): when, and their cost.
   */
  syncs: { at: number; syncMs: number; drawMs: number }[];
  /** Times a sample node's drawn position changed while the layout ran (polled every 100 ms): syncs the user saw. */
  positionUpdates: number;
  /** ms from stop() returning to the layout reporting stopped, and the longest task after it (tidy-up, last sync). */
  stopMs: number;
  longestTaskAfterStopMs: number;
  /** The long tasks while it ran and after Stop, split by whether sigma drew a frame in them. */
  byOwner: LongTasksByOwner;
}

interface Probe {
  t0: number;
  tasks: { start: number; ms: number }[];
  positionUpdates: number;
  worstGap: number;
  stopAt: number;
}

/**
 * Waits until the page is idle: a 100 ms timer fires on time twice in a row (a big graph's full frame, or a re-index,
 * can hold the page for tens of seconds on software WebGL; a probe must not measure the previous step's work).
 */
export async function settle(page: Page, timeoutMs = 300_000): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const t0 = performance.now();
        setTimeout(() => {
          const t1 = performance.now();
          setTimeout(() => resolve(t1 - t0 < 250 && performance.now() - t1 < 250), 100);
        }, 100);
      }),
    undefined,
    { timeout: timeoutMs, polling: 200 },
  );
}

/** Runs the layout for `runMs`, typing `keys` search keystrokes meanwhile, then stops it. */
export async function probeLayout(
  page: Page,
  runMs: number,
  keys = 3,
  sample = 200,
  screenshotDuring?: (page: Page) => Promise<unknown>,
): Promise<LayoutReport> {
  const box = page.getByRole('combobox', { name: 'Search entities' });
  await settle(page);
  await box.fill('');
  await settle(page);
  const keysToSample = await page.evaluate((n) => {
    const hook = window.__osceKg;
    const nodes = hook?.context.getGraph().nodes() ?? [];
    const step = Math.max(1, Math.floor(nodes.length / n));
    return nodes.filter((_k, i) => i % step === 0).slice(0, n);
  }, sample);
  const positions = () =>
    page.evaluate((ks) => ks.map((k) => window.__osceKg?.view.nodeViewportPosition(k) ?? null), keysToSample);
  const before = await positions();
  await page.evaluate(
    (key) => {
      const probe: Probe = { t0: performance.now(), tasks: [], positionUpdates: 0, worstGap: 0, stopAt: 0 };
      (window as unknown as { __layoutProbe: Probe }).__layoutProbe = probe;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) probe.tasks.push({ start: e.startTime, ms: e.duration });
      }).observe({ type: 'longtask' });
      let last = performance.now();
      const timer = setInterval(() => {
        const now = performance.now();
        if (probe.stopAt === 0) probe.worstGap = Math.max(probe.worstGap, now - last);
        else clearInterval(timer);
        last = now;
      }, 20);
      const hook = window.__osceKg;
      const watched = key;
      let seen = JSON.stringify(hook?.view.nodeViewportPosition(watched));
      const poll = setInterval(() => {
        if (probe.stopAt !== 0) return clearInterval(poll);
        const now = JSON.stringify(hook?.view.nodeViewportPosition(watched));
        if (now !== seen) probe.positionUpdates++;
        seen = now;
      }, 100);
      hook?.layout.start();
    },
    defined(keysToSample[0], 'a node to watch'),
  );
  const started = Date.now();
  const keystrokeMs: number[] = [];
  for (let i = 0; i < keys; i++) {
    await page.waitForTimeout(runMs / (keys + 1));
    // In the page: the key event's time stamp to the frame after the suggestions changed.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[role=combobox]') as HTMLInputElement;
      const list = document.getElementById(input.getAttribute('aria-controls') ?? '') as HTMLElement;
      let keyAt = 0;
      input.addEventListener(
        'keydown',
        (e) => {
          keyAt = e.timeStamp;
        },
        { once: true },
      );
      (window as unknown as { __keyProbe: Promise<number> }).__keyProbe = new Promise<number>((resolve) => {
        const mo = new MutationObserver(() => {
          if (keyAt === 0) return;
          mo.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - keyAt));
        });
        mo.observe(list, { childList: true, subtree: true });
      });
    });
    await box.press(String((i + 1) % 10));
    keystrokeMs.push(
      Math.round(await page.evaluate(() => (window as unknown as { __keyProbe: Promise<number> }).__keyProbe)),
    );
    await box.fill('');
  }
  await screenshotDuring?.(page);
  await page.waitForTimeout(Math.max(0, runMs - (Date.now() - started)));
  const during = await page.evaluate(() => window.__osceKg?.layout.running() ?? false);
  const stopMs = await page.evaluate(async () => {
    const probe = (window as unknown as { __layoutProbe: Probe }).__layoutProbe;
    probe.stopAt = performance.now();
    window.__osceKg?.layout.stop();
    const stopped = performance.now();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return Math.round(performance.now() - stopped);
  });
  const ranForMs = Date.now() - started;
  // Long-task entries arrive after their task, and the tidy-up after Stop lands a moment later.
  await page.waitForTimeout(1_500);
  const after = await positions();
  const raw = await page.evaluate(() => (window as unknown as { __layoutProbe: Probe }).__layoutProbe);
  const renders = await page.evaluate(() => window.__osceKg?.view.renderSpans() ?? []);
  const syncs = await page.evaluate(
    (t0) =>
      performance
        .getEntriesByName('osce-kg:layout-sync')
        .filter((e) => e.startTime >= t0)
        .map((e) => {
          const d = (e as PerformanceMark).detail as { syncMs: number; drawMs: number };
          return { at: Math.round(e.startTime - t0), syncMs: Math.round(d.syncMs), drawMs: Math.round(d.drawMs) };
        }),
    raw.t0,
  );
  const whileRunning = raw.tasks.filter((t) => t.start >= raw.t0 && t.start < raw.stopAt);
  const afterStop = raw.tasks.filter((t) => t.start >= raw.stopAt);
  let moved = 0;
  before.forEach((p, i) => {
    const q = after[i];
    if (p && q && Math.hypot(p.x - q.x, p.y - q.y) > 0.5) moved++;
  });
  if (!during) throw new Error('the layout was not running before stop()');
  return {
    ranForMs,
    longTasks: {
      count: whileRunning.length,
      longestMs: Math.round(Math.max(0, ...whileRunning.map((t) => t.ms))),
      totalMs: Math.round(whileRunning.reduce((s, t) => s + t.ms, 0)),
      top: [...whileRunning]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 6)
        .map((t) => ({ at: Math.round(t.start - raw.t0), ms: Math.round(t.ms) })),
    },
    worstTimerGapMs: Math.round(raw.worstGap),
    keystrokeMs,
    moved,
    sampled: keysToSample.length,
    syncs,
    positionUpdates: raw.positionUpdates,
    stopMs,
    longestTaskAfterStopMs: Math.round(Math.max(0, ...afterStop.map((t) => t.ms))),
    byOwner: splitByDraw(
      [...whileRunning, ...afterStop].map((t) => ({ ...t, state: '' })),
      renders,
    ),
  };
}

export interface HoverReport {
  /** The hover took effect (the view's emphasis says a hover is active). */
  hovered: boolean;
  /** ms from the mouse move to the end of the main-thread work it caused (its long tasks), or to the next frame. */
  hoverToFrameMs: number;
  /** Long tasks in the 2 s after the move: the longest and their sum (ms). */
  longestTaskMs: number;
  busyMs: number;
}

/** Moves the mouse onto `key`'s disc and measures what the hover costs the page; then moves it away again. */
export async function probeHover(page: Page, key: string): Promise<HoverReport> {
  const at = await page.evaluate((k) => {
    const p = window.__osceKg?.view.nodeViewportPosition(k);
    const rect = document.getElementById('graph')?.getBoundingClientRect();
    const inside = p && rect && p.x > 45 && p.y > 45 && p.x < rect.width - 45 && p.y < rect.height - 45;
    return inside ? { x: rect.left + p.x, y: rect.top + p.y } : null;
  }, key);
  if (!at) throw new Error(`node ${key} is not drawn inside the view`);
  await page.mouse.move(at.x + 40, at.y + 40);
  await settle(page);
  await page.evaluate(() => {
    const probe = { moveAt: 0, tasks: [] as { start: number; end: number }[], firstFrame: 0 };
    (window as unknown as { __hoverProbe: typeof probe }).__hoverProbe = probe;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.tasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask' });
    document.getElementById('graph')?.addEventListener('mousemove', (e) => {
      if (probe.moveAt) return;
      probe.moveAt = e.timeStamp;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          probe.firstFrame = performance.now();
        }),
      );
    });
  });
  await page.mouse.move(at.x, at.y);
  await page.waitForTimeout(2_000);
  const raw = await page.evaluate(
    () =>
      (
        window as unknown as {
          __hoverProbe: { moveAt: number; tasks: { start: number; end: number }[]; firstFrame: number };
        }
      ).__hoverProbe,
  );
  const hovered = await page.evaluate(() => window.__osceKg?.view.emphasis().hoverActive ?? false);
  await page.mouse.move(at.x + 40, at.y + 40);
  await settle(page);
  const caused = raw.tasks.filter((t) => t.end >= raw.moveAt && t.start <= raw.moveAt + 2_000);
  const end = Math.max(raw.firstFrame, ...caused.map((t) => t.end));
  return {
    hovered,
    hoverToFrameMs: Math.round(end - raw.moveAt),
    longestTaskMs: Math.round(Math.max(0, ...caused.map((t) => t.end - t.start))),
    busyMs: Math.round(caused.reduce((s, t) => s + (t.end - t.start), 0)),
  };
}
