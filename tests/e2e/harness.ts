// E2E harness: builds the instrumented explorer once (dist-test/: production code plus the test hook), serves it
// over real HTTP, opens it in real Chromium (playwright-core).
//
// Usage in a test file (project e2e):
//   const app = await openExplorer();            // page is loaded and the explorer is ready
//   await app.page.getByRole('combobox', { name: 'Search entities' }).fill('ODIHR');
//   await screenshot(app.page, 'my-panel');      // -> tests/e2e/screenshots/my-panel.png
//   await app.close();
// In the page, `window.__osceKg` is the test hook: { context (ExplorerContext), loadText(text, { format, mode }),
// timings: { firstFrame, searchReady } } — see src/explorer/test-hook.ts.
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The production build (`npm run build`): no test or bench hook. */
export const DIST = join(ROOT, 'dist');
/**
 * The instrumented build (`vite build --mode instrumented`): the explorer with window.__osceKg, for tests and
 * benchmarks.
 */
export const TEST_DIST = join(ROOT, 'dist-test');
export const SCREENSHOT_DIR = join(ROOT, 'tests/e2e/screenshots');
const BUILD_LOCK = '/tmp/osce-kg-e2e-build.lock';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Inputs of the build: when any is newer than its index.html, a build is rebuilt. */
const BUILD_INPUTS = ['index.html', 'vite.config.ts', 'package.json', 'src', 'graph-data'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function distIsFresh(dist: string): boolean {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return BUILD_INPUTS.every((input) => newestMtime(join(ROOT, input)) <= built);
}

/**
 * Builds the instrumented explorer into dist-test/ (or, with 'production', the shipped one into dist/) unless it is
 * fresher than every input. Serialised across processes with flock, and built into a temporary directory then
 * swapped in, so a server already serving the build never sees it half-written.
 */
export function ensureBuilt(build: 'instrumented' | 'production' = 'instrumented'): void {
  const dist = build === 'production' ? DIST : TEST_DIST;
  const out = build === 'production' ? 'dist' : 'dist-test';
  if (process.env.OSCE_KG_E2E_SKIP_BUILD === '1' && existsSync(join(dist, 'index.html'))) return;
  if (distIsFresh(dist)) return;
  const tmp = `dist-e2e-${process.pid}`;
  // Checked again inside the lock: another process may have just built.
  const inputs = BUILD_INPUTS.filter((i) => existsSync(join(ROOT, i))).join(' ');
  const old = `dist-old-${process.pid}`;
  const script = [
    `if [ -f ${out}/index.html ] && [ -z "$(find ${inputs} -newer ${out}/index.html -print -quit)" ]; then exit 0; fi`,
    `npx vite build --mode ${build} --logLevel warn --outDir ${tmp} --emptyOutDir`,
    `rm -rf ${old}; if [ -d ${out} ]; then mv ${out} ${old}; fi; mv ${tmp} ${out}; rm -rf ${old}`,
  ].join(' && ');
  const result = spawnSync('flock', [BUILD_LOCK, 'sh', '-c', script], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    rmSync(join(ROOT, tmp), { recursive: true, force: true });
    throw new Error(`vite build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * A private copy of dist-test/ for this process (taken under the build lock): another process may rebuild it
 * while this one's tests run, and a page must never find its chunks gone.
 */
export function snapshotDist(): string {
  const dir = join(tmpdir(), `osce-kg-e2e-dist-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  const result = spawnSync('flock', [BUILD_LOCK, 'cp', '-r', TEST_DIST, dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`could not copy dist-test/: ${result.stderr}`);
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ttl': 'text/turtle; charset=utf-8',
  '.trig': 'application/trig; charset=utf-8',
};

/** A tiny static server for a build on a free port (index.html for directory paths). */
export async function serveDist(dir = TEST_DIST): Promise<{ url: string; server: Server }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, server };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS, headless: true });
}

export interface OpenOptions {
  /** Appended to the served URL: a hash or query holding explorer state ("#sel=..."). */
  suffix?: string;
  viewport?: { width: number; height: number };
  /** Wait for the explorer to report ready (default true). */
  waitReady?: boolean;
  /** Also wait for the first layout to settle, so screenshots are stable (default true). */
  waitSettled?: boolean;
}

export interface ExplorerSession {
  page: Page;
  browser: Browser;
  /** Base URL of the served build (ends with '/'). */
  url: string;
  /** Page errors and console errors seen so far (an uncaught exception lands here). */
  errors: string[];
  close(): Promise<void>;
}

// One server and one browser per test process, shared by every session and closed with the last one.
let shared: { url: string; server: Server; browser: Browser; dir: string; users: number } | undefined;
let starting: Promise<NonNullable<typeof shared>> | undefined;

async function acquire(): Promise<NonNullable<typeof shared>> {
  if (shared) {
    shared.users++;
    return shared;
  }
  starting ??= (async () => {
    ensureBuilt();
    const dir = snapshotDist();
    const { url, server } = await serveDist(dir);
    const browser = await launchChromium();
    shared = { url, server, browser, dir, users: 0 };
    return shared;
  })();
  const s = await starting;
  s.users++;
  return s;
}

async function release(): Promise<void> {
  if (!shared) return;
  shared.users--;
  if (shared.users > 0) return;
  const s = shared;
  shared = undefined;
  starting = undefined;
  await s.browser.close();
  await new Promise<void>((done) => s.server.close(() => done()));
  rmSync(s.dir, { recursive: true, force: true });
}

/** Opens the built explorer in a fresh browser context and waits until it is ready (graph drawn, search usable). */
export async function openExplorer(options: OpenOptions = {}): Promise<ExplorerSession> {
  const s = await acquire();
  const context = await s.browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await context.close();
    await release();
  };
  try {
    await page.goto(s.url + (options.suffix ?? ''));
    if (options.waitReady !== false) await waitReady(page);
    if (options.waitReady !== false && options.waitSettled !== false) await waitSettled(page);
  } catch (err) {
    await close();
    throw err;
  }
  return { page, browser: s.browser, url: s.url, errors, close };
}

/** Waits for `<html data-explorer="ready">`; throws with the app's message when it reports `error`. */
export async function waitReady(page: Page, timeoutMs = 30_000): Promise<void> {
  const state = await page.waitForFunction(
    () => {
      const s = document.documentElement.dataset.explorer;
      return s === 'ready' || s === 'error' ? s : false;
    },
    undefined,
    { timeout: timeoutMs },
  );
  if ((await state.jsonValue()) === 'error') {
    const message = await page.evaluate(() => document.documentElement.dataset.explorerError ?? '');
    throw new Error(`explorer failed to start: ${message}`);
  }
}

/** Waits for `<html data-layout="settled">`: the deterministic first layout has finished. */
export async function waitSettled(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.layout === 'settled', undefined, {
    timeout: timeoutMs,
  });
}

/**
 * On a small window (900 px wide or less) the filters and the panels are drawers: opens one if closed (else nothing).
 */
export async function revealDrawer(page: Page, name: 'Filters' | 'Panels'): Promise<void> {
  const toggle = page.getByRole('button', { name, exact: true });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Full-page screenshot into tests/e2e/screenshots/<name>.png; returns the PNG bytes. */
export async function screenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const png = await page.screenshot({ fullPage: false });
  writeFileSync(join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`), png);
  return png;
}

export type Rgb = [number, number, number];

/** What to read from a PNG's pixels in the browser (one decoder for every question). */
type PngQuestion =
  | { kind: 'colours' }
  | { kind: 'points'; points: { x: number; y: number }[] }
  | { kind: 'near'; rgb: Rgb; tolerance: number };

/** Decodes a PNG in the page itself (no PNG decoder needed in Node) and answers one question about its pixels. */
function readPng(page: Page, png: Buffer, question: PngQuestion): Promise<number | Rgb[]> {
  return page.evaluate(
    async ({ src, question }) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.width, img.height];
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      if (question.kind === 'points') {
        return question.points.map((p) => {
          const i = (Math.round(p.y) * img.width + Math.round(p.x)) * 4;
          return [data[i], data[i + 1], data[i + 2]] as [number, number, number];
        });
      }
      if (question.kind === 'near') {
        const [r, g, b] = question.rgb;
        let n = 0;
        // RGBA: i, i + 1 and i + 2 are inside the data (the defaults never apply)
        for (let i = 0; i < data.length; i += 4)
          if (
            Math.abs((data[i] ?? 0) - r) + Math.abs((data[i + 1] ?? 0) - g) + Math.abs((data[i + 2] ?? 0) - b) <
            question.tolerance
          )
            n++;
        return n;
      }
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4)
        seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      return seen.size;
    },
    { src: `data:image/png;base64,${png.toString('base64')}`, question },
  );
}

/** Distinct colours in a PNG: a blank or single-colour canvas gives 1–2, a drawn graph hundreds. */
export async function countColours(page: Page, png: Buffer): Promise<number> {
  return (await readPng(page, png, { kind: 'colours' })) as number;
}

/** The colours of a PNG at these pixel points. */
export async function pixelsAt(page: Page, png: Buffer, points: { x: number; y: number }[]): Promise<Rgb[]> {
  return (await readPng(page, png, { kind: 'points', points })) as Rgb[];
}

/** Pixels of a PNG within `tolerance` (sum of channel differences) of a colour. */
export async function countPixelsNear(page: Page, png: Buffer, rgb: Rgb, tolerance: number): Promise<number> {
  return (await readPng(page, png, { kind: 'near', rgb, tolerance })) as number;
}

/** Screenshot of one element (the graph canvas container, a panel) as PNG bytes, also saved under `name`. */
export async function screenshotOf(page: Page, selector: string, name: string): Promise<Buffer> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const png = await page.locator(selector).screenshot();
  writeFileSync(join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`), png);
  return png;
}

/** Removes a stale temporary build directory left by a killed process (safe to call any time). */
export function cleanStaleBuilds(): void {
  for (const entry of readdirSync(ROOT)) {
    if (/^dist-(e2e|old)-\d+$/.test(entry)) {
      const pid = Number(entry.split('-').pop());
      try {
        process.kill(pid, 0);
      } catch {
        rmSync(join(ROOT, entry), { recursive: true, force: true });
      }
    }
  }
}
