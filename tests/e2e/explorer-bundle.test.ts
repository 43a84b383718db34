// The production build (dist/) stays light and clean: initial JS (entry + modulepreloads) at most 250 KB gzipped,
// the heavy libraries (jsonld, oxigraph, CodeMirror) only in chunks loaded on demand, and no test or bench hook.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, TEST_DIST, ensureBuilt } from './harness';

describe('explorer bundle', () => {
  ensureBuilt('production');
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const initial = [
    ...new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map(([, file = '']) => file)),
  ];

  it('loads at most 250 KB of gzipped JS before the first frame', () => {
    expect(initial.length).toBeGreaterThan(0);
    const gzip = initial.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
    console.log(`initial JS: ${initial.join(', ')} = ${(gzip / 1024).toFixed(1)} KB gzipped`);
    expect(gzip).toBeLessThanOrEqual(250 * 1024);
  });

  it('keeps jsonld, oxigraph and CodeMirror out of the initial chunks', () => {
    for (const f of initial) {
      if (!existsSync(join(DIST, f + '.map'))) {
        // A chunk without a source map (the bundler's runtime) is only a few hundred bytes of loader code.
        expect(readFileSync(join(DIST, f)).length, f).toBeLessThan(4096);
        continue;
      }
      const map = JSON.parse(readFileSync(join(DIST, f + '.map'), 'utf8')) as { sources: string[] };
      const heavy = map.sources.filter((s) => /node_modules\/(jsonld|oxigraph|@codemirror|codemirror)\//.test(s));
      expect(heavy, f).toEqual([]);
    }
  });

  it('holds neither the test hook nor the bench hook; the instrumented build holds both', () => {
    expect(hooksIn(DIST)).toEqual({ windowHook: false, hookSources: [] });
    ensureBuilt('instrumented');
    expect(hooksIn(TEST_DIST)).toEqual({
      windowHook: true,
      hookSources: ['src/explorer/bench-hook.ts', 'src/explorer/test-hook.ts'],
    });
  });
});

/** Whether a build's scripts name window.__osceKg, and which hook modules its source maps list. */
function hooksIn(dist: string): { windowHook: boolean; hookSources: string[] } {
  const assets = readdirSync(join(dist, 'assets'));
  const scripts = assets.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dist, 'assets', f), 'utf8'));
  const sources = assets
    .filter((f) => f.endsWith('.js.map'))
    .flatMap((f) => (JSON.parse(readFileSync(join(dist, 'assets', f), 'utf8')) as { sources: string[] }).sources);
  const hookSources = sources
    .map((s) => /src\/explorer\/(?:test|bench)-hook\.ts$/.exec(s)?.[0])
    .filter((s) => s !== undefined);
  return {
    windowHook: scripts.some((code) => code.includes('__osceKg')),
    hookSources: [...new Set(hookSources)].sort(),
  };
}
