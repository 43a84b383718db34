// Large-graph benchmark of the explorer (real Chromium): a synthetic N-Triples import of 50,000 nodes / 200,000 edges,
// from file pick to drawn graph. Reports parse, build and draw times, main-thread long tasks (PerformanceObserver
// 'longtask'), gaps between progress-bar updates, search latency, hover cost, ForceAtlas2 (long tasks, keystroke
// latency, copies of its positions into the drawing, nodes moved, Stop), and frame time vs bare sigma;
// then the 1,000-node / 4,000-edge frame ratio vs bare sigma.
// Run: npx tsx bench/explorer-large.ts [--nodes 50000] [--edges 200000] [--runs 1] [--frames 3] [--layout-ms 15000]
//      [--profile] [--import-only] [--skip-layout] [--skip-frames] [--skip-small] [--small-only]
//      (results in bench/results/explorer-large.json; --profile also prints where the main thread's time went)
import type { FrameComparison } from '../src/explorer/bench-hook';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { ROOT, openExplorer } from '../tests/e2e/harness';
import { importAndWatch, syntheticNTriples, type ImportReport } from '../tests/e2e/explorer-large-import';
import { probeHover, probeLayout } from '../tests/e2e/explorer-large-layout';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/**
 * Names profile frames by their original source position, through the build's source maps (fetched from the server).
 */
async function sourceNamer(profile: Profile): Promise<(n: ProfileNode) => string> {
  const maps = new Map<string, SourceMapConsumer | null>();
  for (const url of new Set(profile.nodes.map((n) => n.callFrame.url))) {
    if (!url.startsWith('http') || !url.endsWith('.js')) continue;
    const res = await fetch(url + '.map').catch(() => null);
    maps.set(url, res?.ok ? new SourceMapConsumer(await res.json()) : null);
  }
  return (n) => {
    const { functionName, url, lineNumber, columnNumber } = n.callFrame;
    const map = maps.get(url);
    if (!map) return `${functionName || '(anon)'} ${url.split('/').pop()}:${lineNumber}`;
    // source-map-js's types say every field is set; at run time a position with no mapping has nulls
    const at: { source: string | null; name?: string | null; line: number | null } = map.originalPositionFor({
      line: lineNumber + 1,
      column: columnNumber,
    });
    const file = (at.source ?? '?').replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
    return `${at.name ?? functionName} ${file}:${at.line}`;
  };
}

/** Self time per function, and inclusive time per function, from a CDP CPU profile (ms). */
function summarise(profile: Profile, name: (n: ProfileNode) => string, top = 30): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [i, sample] of profile.samples.entries()) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(sample);
    if (!node) continue;
    self.set(name(node), (self.get(name(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const k = name(byId.get(id) as ProfileNode);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  }
  const fmt = (m: Map<string, number>): string =>
    [...m]
      .filter(([k]) => !/^\((root|program|idle|garbage collector)\)/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${v.toFixed(0).padStart(7)} ms  ${k}`)
      .join('\n');
  const gc = [...self].filter(([k]) => k.startsWith('(garbage collector)')).reduce((a, [, v]) => a + v, 0);
  return `self time:\n${fmt(self)}\n  (garbage collector ${gc.toFixed(0)} ms)\ninclusive time:\n${fmt(total)}`;
}

async function largeRun(
  nodes: number,
  edges: number,
  frames: number,
  profile: boolean,
): Promise<Record<string, unknown>> {
  const file = join(tmpdir(), `osce-kg-large-${nodes}-${edges}.nt`);
  writeFileSync(file, syntheticNTriples(nodes, edges));
  const app = await openExplorer();
  const { page } = app;
  try {
    const cdp = profile ? await page.context().newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    const report: ImportReport = await importAndWatch(page, file, 'replace', 400_000);
    if (cdp) {
      const { profile: p } = await cdp.send('Profiler.stop');
      writeFileSync('/tmp/osce-kg-large.cpuprofile', JSON.stringify(p));
      console.log(summarise(p as never, await sourceNamer(p as never)));
    }
    const order = await page.evaluate(() => window.__osceKg?.context.getGraph().order ?? 0);
    if (process.argv.includes('--import-only'))
      return { nodes, edges, graphOrder: order, ...report, pageErrors: app.errors };
    // Search: one keystroke into the box, timed by the app from input to suggestions shown.
    const box = page.getByRole('combobox', { name: 'Search entities' });
    await box.fill('Node 4999');
    await page.waitForTimeout(300);
    const searchMs = await page.evaluate(() => window.__osceKg?.searchLatencyMs() ?? Number.NaN);
    const suggestions = await page.getByRole('option').count();
    await box.fill('');
    // Hover on the big graph: what it costs the page (the neighbourhood comes forward, nothing is re-styled in bulk).
    const hover = await probeHover(page, 'http://example.org/n0');
    // ForceAtlas2 in its worker: long tasks, keystrokes and drawn positions while it runs, then Stop.
    const before = await page.evaluate(() => window.__osceKg?.context.getGraph().order);
    const layout = process.argv.includes('--skip-layout')
      ? undefined
      : await probeLayout(page, arg('layout-ms', 15_000), 3);
    const framesResult = process.argv.includes('--skip-frames')
      ? undefined
      : await page.evaluate((n) => window.__osceKg?.bench(n), frames);
    return {
      nodes,
      edges,
      graphOrder: order,
      graphBefore: before,
      ...report,
      search: { latencyMs: Math.round(searchMs), suggestions },
      hover,
      forceAtlas2: layout,
      frames: framesResult,
      pageErrors: app.errors,
    };
  } finally {
    await app.close();
  }
}

/** The 1,000-node / 4,000-edge graph of bench/explorer.ts, loaded through the test hook: explorer vs bare sigma. */
async function smallRatio(frames: number): Promise<FrameComparison | undefined> {
  const app = await openExplorer();
  try {
    const lines = [
      '@prefix okg: <https://w3id.org/osce-kg/ontology#> .',
      '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .',
    ];
    let seed = 42;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let i = 0; i < 1000; i++) {
      lines.push(`<urn:x:n${i}> a okg:${i % 3 ? 'OSCEBody' : 'Partner'} ; rdfs:label "Node ${i}" .`);
      for (let k = 0; k < 4; k++) lines.push(`<urn:x:n${i}> okg:partnersWith <urn:x:n${Math.floor(rnd() * 1000)}> .`);
    }
    await app.page.evaluate((text) => window.__osceKg?.loadText(text, { format: 'turtle' }), lines.join('\n'));
    await app.page.waitForFunction(() => document.documentElement.dataset.layout === 'settled', undefined, {
      timeout: 300_000,
    });
    return await app.page.evaluate((n) => window.__osceKg?.bench(n), frames);
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const nodes = arg('nodes', 50_000);
  const edges = arg('edges', 200_000);
  const runs = arg('runs', 1);
  const frames = arg('frames', 3);
  const profile = process.argv.includes('--profile');
  const large: Record<string, unknown>[] = [];
  for (let i = 0; i < (process.argv.includes('--small-only') ? 0 : runs); i++) {
    const r = await largeRun(nodes, edges, frames, profile);
    console.log(JSON.stringify(r, null, 2));
    large.push(r);
  }
  const small: (FrameComparison | undefined)[] = [];
  if (!process.argv.includes('--skip-small')) {
    for (let i = 0; i < Math.max(runs, 2); i++) small.push(await smallRatio(10));
    console.log('1k/4k frames', JSON.stringify(small));
  }
  const result = {
    date: new Date().toISOString(),
    note: 'headless Chromium, SwiftShader WebGL, shared 2-core machine: compare ratios measured in the same run',
    large,
    small1k4k: small,
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/explorer-large.json'), JSON.stringify(result, null, 2));
}

await main();
