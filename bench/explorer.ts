// Explorer benchmark (real Chromium): navigation -> first frame and search usable, search keystroke -> suggestions
// (idle and while ForceAtlas2 runs), initial JS gzipped, and frame time vs bare sigma on the same graph.
// Run: npx tsx bench/explorer.ts [--runs 3] [--synthetic 1000]   (results also in bench/results/explorer.json)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, ROOT, openExplorer } from '../tests/e2e/harness';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : Number.NaN;
}

/** Gzipped bytes of the JS the page loads before anything else: the entry script and its modulepreloads. */
function initialJsGzip(): { files: string[]; bytes: number; gzip: number } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  let bytes = 0;
  let gzip = 0;
  for (const f of new Set(files)) {
    const content = readFileSync(join(DIST, f));
    bytes += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { files: [...new Set(files)], bytes, gzip };
}

/** A synthetic dataset of n bodies and about 4n relations, for frame times on a bigger graph. */
function synthetic(n: number): string {
  const lines = ['@prefix okg: <https://w3id.org/osce-kg/ontology#> .', '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .'];
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let i = 0; i < n; i++) {
    lines.push(`<urn:x:n${i}> a okg:${i % 3 ? 'OSCEBody' : 'Partner'} ; rdfs:label "Node ${i}" .`);
    for (let k = 0; k < 4; k++) lines.push(`<urn:x:n${i}> okg:partnersWith <urn:x:n${Math.floor(rnd() * n)}> .`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const runs = arg('runs', 3);
  const syntheticNodes = arg('synthetic', 0);
  const loads: { firstFrame: number; searchReady: number; layoutSettled: number | null }[] = [];
  for (let i = 0; i < runs; i++) {
    const app = await openExplorer({ waitSettled: i === runs - 1 });
    const t = await app.page.evaluate(() => window.__osceKg?.timings);
    loads.push({ firstFrame: t?.firstFrame ?? Number.NaN, searchReady: t?.searchReady ?? Number.NaN, layoutSettled: t?.layoutSettled ?? null });
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
      let syntheticFrames: Record<string, number> | undefined;
      if (syntheticNodes > 0) {
        await page.evaluate((text) => window.__osceKg?.loadText(text, { format: 'turtle' }), synthetic(syntheticNodes));
        await page.waitForFunction(() => document.documentElement.dataset.layout === 'settled', undefined, { timeout: 300_000 });
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
