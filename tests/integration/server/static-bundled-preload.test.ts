// The explorer's page over real HTTP: the bundled-graph preload is kept for the bundled explorer, dropped in front of a
// store.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../../src/server/static';

const PAGE = [
  '<!doctype html>',
  '<head>',
  '    <link rel="preload" as="fetch" href="/assets/bundled-graph-AbC123.json" crossorigin="anonymous">',
  '    <script type="module" crossorigin src="/assets/index-x.js"></script>',
  '    <link rel="modulepreload" crossorigin href="/assets/rolldown-runtime-y.js">',
  '</head>',
  '',
].join('\n');

describe('static explorer page and the bundled-graph preload', () => {
  let dir: string;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'okg-static-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), PAGE);
    writeFileSync(join(dir, 'assets', 'bundled-graph-AbC123.json'), '{}');
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      serveStatic(req, res, dir, url.pathname, { withoutBundledGraph: url.searchParams.has('remote') }).catch(
        (e: unknown) => {
          res.writeHead(500);
          res.end(String(e));
        },
      );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the page as built to the bundled explorer', async () => {
    const response = await fetch(`${base}/`);
    expect(await response.text()).toBe(PAGE);
  });

  it('drops only the preload of the bundled graph in front of a store, with a matching length', async () => {
    const response = await fetch(`${base}/?remote`);
    const html = await response.text();
    expect(html).not.toContain('bundled-graph');
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-x.js"></script>');
    expect(html).toContain('rolldown-runtime-y.js');
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(html));
  });

  it('leaves other files alone, even in front of a store', async () => {
    const response = await fetch(`${base}/assets/bundled-graph-AbC123.json?remote`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{}');
  });
});
