// Explorer benchmark (real Chromium): navigation -> first frame and search usable, search keystroke -> suggestions
// (idle and while ForceAtlas2 runs), initial JS gzipped, and frame time vs bare sigma on the same graph.
// Run: npx tsx bench/explorer.ts [--runs 3] [--synthetic 1000]   (results also in bench/results/explorer.json)
//      npx tsx bench/explorer.ts --compare OTHER_DIST[,MORE…] [--runs 8] [--marks]
//        first frame of dist-test/ vs other builds, loaded in turn (dist-test/ is left out when the list starts with a
//        comma: --compare ,A,B compares A and B)
import type { FrameComparison } from '../src/explorer/bench-hook';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TEST_DIST, ROOT, ensureBuilt, launchChromium, openExplorer, serveDist } from '../tests/e2e/harness';
import { oneMinuteLoad } from './lib/stats';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? Number.NaN;
}

/** Gzipped bytes of the JS the page loads before anything else: the entry script and its modulepreloads. */
function initialJsGzip(): { files: string[]; bytes: number; gzip: number } {
  const html = readFileSync(join(TEST_DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map(([, file = '']) => file);
  let bytes = 0;
  let gzip = 0;
  for (const f of new Set(files)) {
    const content = readFileSync(join(TEST_DIST, f));
    bytes += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { files: [...new Set(files)], bytes, gzip };
}

/** A synthetic dataset of n bodies and about 4n relations, for frame times on a bigger graph. */
function synthetic(n: number): string {
  const lines = [
    '@prefix okg: <https://w3id.org/osce-kg/ontology#> .',
    '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .',
  ];
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let i = 0; i < n; i++) {
    lines.push(`<urn:x:n${i}> a okg:${i % 3 ? 'OSCEBody' : 'Partner'} ; rdfs:label "Node ${i}" .`);
    for (let k = 0; k < 4; k++) lines.push(`<urn:x:n${i}> okg:partnersWith <urn:x:n${Math.floor(rnd() * n)}> .`);
  }
  return lines.join('\n');
}

function text(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function spread(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  const r = (v: number) => Math.round(v);
  return {
    median: r(median(s)),
    min: r(s[0] ?? Number.NaN),
    max: r(s.at(-1) ?? Number.NaN),
    over1s: s.filter((v) => v > 1000).length,
    runs: s.map(r),
  };
}

/**
 * Navigation -> first frame of two builds, loaded alternately in fresh browser contexts of one browser, so that both
 * see the same machine state (the machine is shared: absolute times drift, the comparison holds).
 */
async function compare(otherDists: string, runs: number): Promise<void> {
  const dirs = otherDists.split(',');
  if (dirs[0] === '') dirs.shift();
  else {
    ensureBuilt();
    dirs.unshift(TEST_DIST);
  }
  const builds = dirs.map((dir) => ({ name: dir === TEST_DIST ? 'dist-test/' : dir, dir }));
  const served = await Promise.all(builds.map((b) => serveDist(b.dir)));
  const browser = await launchChromium();
  const times = builds.map(() => ({
    firstFrame: [] as number[],
    searchReady: [] as number[],
    presented: [] as number[],
    labels: [] as number[],
    marks: [] as Record<string, number>[],
  }));
  const load: number[] = [];
  for (let i = 0; i < runs * builds.length; i++) {
    // Rounds of one load per build, the order reversed every other round: no build always goes first.
    const round = Math.floor(i / builds.length);
    const k = i % builds.length;
    const b = round % 2 === 0 ? k : builds.length - 1 - k;
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    load.push(oneMinuteLoad());
    const target = served[b];
    const buildTimes = times[b];
    if (target === undefined || buildTimes === undefined) throw new Error(`no build ${b}`);
    await page.goto(target.url);
    await page.waitForFunction(() => document.documentElement.dataset.explorer === 'ready', undefined, {
      timeout: 30_000,
    });
    // On screen (a frame produced after the first one drawn), and the labels, when the build marks them.
    await page
      .waitForFunction(() => performance.getEntriesByName('osce-kg:presented').length > 0, undefined, {
        timeout: 30_000,
      })
      .catch(() => undefined);
    await page.waitForTimeout(300);
    const t = await page.evaluate(() => ({
      timings: window.__osceKg?.timings,
      marks: Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('osce-kg:'))
          .map((m) => [m.name.slice(8), Math.round(m.startTime)]),
      ),
    }));
    buildTimes.firstFrame.push(t.timings?.firstFrame ?? Number.NaN);
    buildTimes.searchReady.push(t.timings?.searchReady ?? Number.NaN);
    buildTimes.marks.push(t.marks);
    buildTimes.presented.push(t.marks.presented ?? Number.NaN);
    buildTimes.labels.push(t.marks.labels ?? Number.NaN);
    await context.close();
  }
  await browser.close();
  for (const s of served) s.server.close();
  const result = {
    date: new Date().toISOString(),
    loadAverage1m: { min: Math.min(...load).toFixed(2), max: Math.max(...load).toFixed(2) },
    builds: builds.map((b, k) => {
      const buildTimes = times[k];
      if (buildTimes === undefined) throw new Error(`no times for build ${b.name}`);
      const { firstFrame, searchReady, presented, labels, marks } = buildTimes;
      return {
        build: b.name,
        firstFrameMs: spread(firstFrame),
        searchReadyMs: spread(searchReady),
        presentedMs: spread(presented),
        labelsMs: spread(labels),
        marks,
      };
    }),
  };
  console.log(
    JSON.stringify(result, (key, v) => (key === 'marks' && !process.argv.includes('--marks') ? undefined : v), 2),
  );
}

async function main(): Promise<void> {
  const runs = arg('runs', 3);
  const other = text('compare');
  if (other) return compare(other, runs);
  const syntheticNodes = arg('synthetic', 0);
  const loads: { firstFrame: number; searchReady: number; layoutSettled: number | null }[] = [];
  for (let i = 0; i < runs; i++) {
    const app = await openExplorer({ waitSettled: i === runs - 1 });
    const t = await app.page.evaluate(() => window.__osceKg?.timings);
    loads.push({
      firstFrame: t?.firstFrame ?? Number.NaN,
      searchReady: t?.searchReady ?? Number.NaN,
      layoutSettled: t?.layoutSettled ?? null,
    });
    if (i < runs - 1) await app.close();
    else {
      const page = app.page;
      const keystrokes = async (label: string) => {
        const box = page.getByRole('combobox', { name: 'Search entities' });
        await box.fill('');
        const times: number[] = [];
        for (const ch of 'migration') {
          const ms = await page.evaluate(async (c) => {
            const input = document.querySelector<HTMLInputElement>('input[role=combobox]') as HTMLInputElement;
            const t0 = performance.now();
            input.value += c;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await new Promise(requestAnimationFrame);
            return performance.now() - t0;
          }, ch);
          times.push(ms);
        }
        return { label, medianMs: median(times), maxMs: Math.max(...times) };
      };
      const idle = await keystrokes('idle');
      await page.evaluate(() => window.__osceKg?.layout.start());
      await page.waitForTimeout(1000);
      const duringLayout = await keystrokes('during ForceAtlas2');
      await page.evaluate(() => window.__osceKg?.layout.stop());
      const frames = await page.evaluate(() => window.__osceKg?.bench(10));
      let syntheticFrames: FrameComparison | undefined;
      if (syntheticNodes > 0) {
        await page.evaluate((text) => window.__osceKg?.loadText(text, { format: 'turtle' }), synthetic(syntheticNodes));
        await page.waitForFunction(() => document.documentElement.dataset.layout === 'settled', undefined, {
          timeout: 300_000,
        });
        syntheticFrames = await page.evaluate(() => window.__osceKg?.bench(5));
      }
      const js = initialJsGzip();
      const result = {
        date: new Date().toISOString(),
        note: 'headless Chromium, SwiftShader WebGL, shared 2-core machine: compare ratios, not absolute times',
        load: {
          runs: loads,
          medianFirstFrameMs: median(loads.map((l) => l.firstFrame)),
          medianSearchReadyMs: median(loads.map((l) => l.searchReady)),
        },
        searchKeystroke: [idle, duringLayout],
        frames,
        syntheticFrames,
        initialJs: { files: js.files, kb: +(js.bytes / 1024).toFixed(1), gzipKb: +(js.gzip / 1024).toFixed(1) },
      };
      mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
      writeFileSync(join(ROOT, 'bench/results/explorer.json'), JSON.stringify(result, null, 2));
      console.log(JSON.stringify(result, null, 2));
      await app.close();
    }
  }
}

await main();
