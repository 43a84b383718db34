// `osce-kg serve --endpoint`: a real server process proxying a real endpoint, over real HTTP, failures included.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as oxigraph from 'oxigraph';
import { loadBundledData } from '../../src/node/bundled';
import { createOxigraphEngine } from '../../src/query/oxigraph-engine';
import { createProxyEngine } from '../../src/server/proxy';
import { startServer, type RunningServer } from '../../src/server/server';
import { runCli } from './helpers/cli';
import { serve, type Served } from './helpers/serve';
import { startUpstream, type Upstream, type UpstreamMode } from './server-proxy-upstream';
import { defined } from '../helpers/defined';
import { stopStarted } from '../helpers/stop-started';

const COUNT = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';
const ODIHR_LINKS = 'SELECT ?p ?o WHERE { <https://w3id.org/osce-kg/id/odihr> ?p ?o } ORDER BY ?p ?o';

let origin: RunningServer;
let upstream: Upstream;
let proxy: Served;

beforeAll(async () => {
  // The "remote store": the project's own server on the bundled graph, reached through a forwarding server
  // that can be told to misbehave.
  const quads = await loadBundledData();
  origin = await startServer({
    host: '127.0.0.1',
    port: 0,
    quads,
    engine: createOxigraphEngine(oxigraph, quads),
    timeoutMs: 10_000,
    rowLimit: 100_000,
    bodyLimit: 1 << 20,
    allowService: false,
  });
  upstream = await startUpstream(`${origin.url}/sparql`);
  proxy = await serve(['--endpoint', upstream.url, '--timeout', '1500', '--limit', '5', '--quiet']);
});

afterAll(async () => {
  await stopStarted(proxy, upstream, origin);
});

function get(base: string, query: string, accept = 'application/sparql-results+json'): Promise<Response> {
  return fetch(`${base}/sparql?query=${encodeURIComponent(query)}`, { headers: { accept }, redirect: 'manual' });
}

describe('serve --endpoint: queries go to the remote store', () => {
  it('answers as the store does (same rows, any negotiated format)', async () => {
    upstream.mode = 'forward';
    const direct = (await (await get(origin.url, COUNT)).json()) as {
      results: { bindings: { n: { value: string } }[] };
    };
    const via = await get(proxy.url, COUNT);
    expect(via.status).toBe(200);
    const json = (await via.json()) as typeof direct;
    const expected = defined(direct.results.bindings[0], 'a row from the origin').n.value;
    expect(json.results.bindings[0]?.n.value).toBe(expected);
    const csv = await get(proxy.url, COUNT, 'text/csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect((await csv.text()).split('\r\n')[1]).toBe(expected);
  });

  it('keeps its own row limit: a bigger answer is cut and says so', async () => {
    upstream.mode = 'forward';
    const response = await get(proxy.url, ODIHR_LINKS);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-osce-kg-truncated')).toMatch(/5 rows/);
    const json = (await response.json()) as { results: { bindings: unknown[] } };
    expect(json.results.bindings).toHaveLength(5);
  });

  it('answers CONSTRUCT as RDF', async () => {
    upstream.mode = 'forward';
    const response = await get(proxy.url, 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3', 'application/n-triples');
    expect(response.headers.get('content-type')).toMatch(/^application\/n-triples/);
    expect((await response.text()).trim().split('\n')).toHaveLength(3);
  });

  it.each([
    ['UPDATE by GET', 403, () => fetch(`${proxy.url}/sparql?update=${encodeURIComponent('DROP ALL')}`)],
    [
      'UPDATE in a form',
      403,
      () =>
        fetch(`${proxy.url}/sparql`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `query=${encodeURIComponent('CLEAR DEFAULT')}`,
        }),
    ],
    [
      'sparql-update body',
      403,
      () =>
        fetch(`${proxy.url}/sparql`, {
          method: 'POST',
          headers: { 'content-type': 'application/sparql-update' },
          body: 'DROP ALL',
        }),
    ],
    ['SERVICE', 403, () => get(proxy.url, 'SELECT * WHERE { SERVICE <http://evil.example/sparql> { ?s ?p ?o } }')],
    [
      'a body over the limit',
      413,
      () =>
        fetch(`${proxy.url}/sparql`, {
          method: 'POST',
          headers: { 'content-type': 'application/sparql-query' },
          body: `# ${'x'.repeat(1_100_000)}\nASK {}`,
        }),
    ],
  ])('refuses %s (%i) without asking the store', async (_name, status, send) => {
    const before = upstream.requests;
    const response = await send();
    await response.arrayBuffer();
    expect(response.status).toBe(status);
    expect(upstream.requests).toBe(before);
  });

  it("passes the store's rejection of a bad query on as 400 with its message", async () => {
    upstream.mode = 'forward';
    const response = await get(proxy.url, 'SELECT ?s WHERE { ?s ?p }');
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/syntax|expect|parse/i);
  });
});

describe("serve --endpoint: the store's failures are clear HTTP errors", () => {
  it.each<[UpstreamMode, number, string, RegExp]>([
    ['html', 502, 'not-results', /answered text\/html, not SPARQL results/],
    ['http-500', 502, 'http-500', /answered HTTP 500: Virtuoso 42000 Error SR483/],
    ['truncated', 502, 'invalid', /invalid or cut-off results/],
    ['partial-206', 502, 'partial', /only a partial result .*S1TAT/],
    ['reset', 502, 'unreachable', /cannot be reached/],
  ])('%s → %i (x-osce-kg-upstream: %s)', async (mode, status, header, message) => {
    upstream.mode = mode;
    try {
      const response = await get(proxy.url, COUNT);
      expect(response.status).toBe(status);
      expect(response.headers.get('x-osce-kg-upstream')).toBe(header);
      expect(await response.text()).toMatch(message);
    } finally {
      upstream.mode = 'forward';
    }
  });

  it('a store that hangs is cut off at the time limit: 503', async () => {
    upstream.mode = 'hang';
    const started = Date.now();
    try {
      const response = await get(proxy.url, COUNT);
      expect(response.status).toBe(503);
      expect(await response.text()).toMatch(/timed out after 1500 ms/);
    } finally {
      upstream.mode = 'forward';
    }
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a store that is not there: 502 naming it, without its password', async () => {
    const down = await startServer({
      host: '127.0.0.1',
      port: 0,
      quads: [],
      engine: createProxyEngine('http://user:secret@127.0.0.1:9/sparql'),
      timeoutMs: 2000,
      rowLimit: 10,
      bodyLimit: 1000,
      allowService: false,
      remoteEndpoint: 'http://127.0.0.1:9/sparql',
    });
    try {
      const response = await get(down.url, COUNT);
      expect(response.status).toBe(502);
      const text = await response.text();
      expect(text).toMatch(/http:\/\/127\.0\.0\.1:9\/sparql cannot be reached/);
      expect(text).not.toContain('secret');
    } finally {
      await down.close();
    }
  });

  it('credentials in the endpoint URL are sent as Basic authorization, never shown', async () => {
    upstream.mode = 'forward';
    const withUser = upstream.url.replace('http://', 'http://reader:s%3Acret@');
    const authed = await startServer({
      host: '127.0.0.1',
      port: 0,
      quads: [],
      engine: createProxyEngine(withUser),
      timeoutMs: 5000,
      rowLimit: 10,
      bodyLimit: 1000,
      allowService: false,
      remoteEndpoint: withUser,
    });
    try {
      const response = await get(authed.url, 'ASK {}');
      expect(response.status).toBe(200);
      expect(upstream.authorization).toBe(`Basic ${Buffer.from('reader:s:cret').toString('base64')}`);
      upstream.mode = 'http-500';
      expect(await (await get(authed.url, 'ASK {}')).text()).not.toMatch(/reader|cret/);
    } finally {
      upstream.mode = 'forward';
      await authed.close();
    }
  });

  it('an answer bigger than the proxy reads is refused (502), not buffered whole', async () => {
    upstream.mode = 'forward';
    const small = await startServer({
      host: '127.0.0.1',
      port: 0,
      quads: [],
      engine: createProxyEngine(upstream.url, { maxResponseBytes: 2000 }),
      timeoutMs: 5000,
      rowLimit: 100_000,
      bodyLimit: 1000,
      allowService: false,
      remoteEndpoint: upstream.url,
    });
    try {
      const response = await get(small.url, 'SELECT * WHERE { ?s ?p ?o } LIMIT 500');
      expect(response.status).toBe(502);
      expect(await response.text()).toMatch(/larger than the proxy's limit of 2000 bytes/);
    } finally {
      await small.close();
    }
  });
});

describe("serve --endpoint: the request to the store ends with the client's", () => {
  it.each(['GET', 'POST'])('a client that hangs up (%s) aborts the request to the store at once', async (method) => {
    upstream.mode = 'slow';
    upstream.slowMs = 8000;
    const [requests, aborted] = [upstream.requests, upstream.aborted];
    try {
      const client = new AbortController();
      const pending =
        method === 'GET'
          ? fetch(`${proxy.url}/sparql?query=${encodeURIComponent(COUNT)}`, { signal: client.signal })
          : fetch(`${proxy.url}/sparql`, {
              method: 'POST',
              headers: { 'content-type': 'application/sparql-query' },
              body: COUNT,
              signal: client.signal,
            });
      pending.catch(() => undefined);
      await vi.waitUntil(() => upstream.requests > requests, { timeout: 5000, interval: 20 });
      const hungUp = Date.now();
      client.abort();
      await vi.waitUntil(() => upstream.aborted > aborted, { timeout: 1000, interval: 20 });
      expect(Date.now() - hungUp).toBeLessThan(1000);
      expect(upstream.open).toBe(0);
    } finally {
      upstream.mode = 'forward';
    }
    // The proxy is still there for the next client
    expect((await get(proxy.url, 'ASK {}')).status).toBe(200);
  });

  it('the time limit aborts the request to the store too (503), and the store sees it go', async () => {
    upstream.mode = 'slow';
    upstream.slowMs = 8000;
    const aborted = upstream.aborted;
    try {
      const response = await get(proxy.url, COUNT);
      expect(response.status).toBe(503);
      await response.arrayBuffer();
      await vi.waitUntil(() => upstream.aborted > aborted, { timeout: 1000, interval: 20 });
      expect(upstream.open).toBe(0);
    } finally {
      upstream.mode = 'forward';
    }
  });

  it('default-graph-uri and named-graph-uri are passed to the store as given', async () => {
    upstream.mode = 'forward';
    const g1 = 'https://w3id.org/osce-kg/graph/a?x=1&y=é';
    const response = await fetch(`${proxy.url}/sparql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+json' },
      body: new URLSearchParams([
        ['query', 'ASK {}'],
        ['default-graph-uri', g1],
        ['named-graph-uri', 'urn:g2'],
        ['named-graph-uri', 'urn:g3'],
      ]).toString(),
    });
    await response.arrayBuffer();
    expect(response.status).toBe(200);
    const sent = new URLSearchParams(upstream.lastSearch);
    expect(sent.getAll('default-graph-uri')).toEqual([g1]);
    expect(sent.getAll('named-graph-uri')).toEqual(['urn:g2', 'urn:g3']);
  });
});

describe('serve --endpoint: the explorer and the dataset', () => {
  it.each([
    ['/', '/?endpoint=%2Fsparql'],
    ['/index.html', '/?endpoint=%2Fsparql'],
    ['/?x=1#sel', '/?x=1&endpoint=%2Fsparql'],
  ])('%s redirects the explorer to remote mode (%s)', async (path, location) => {
    const response = await fetch(`${proxy.url}${path}`, { redirect: 'manual' });
    await response.arrayBuffer();
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(location);
  });

  it('does not redirect once the explorer names its endpoint', async () => {
    const response = await fetch(`${proxy.url}/?endpoint=%2Fsparql`, { redirect: 'manual' });
    await response.arrayBuffer();
    expect([200, 404]).toContain(response.status); // 404 only when dist/ is not built
  });

  it.each(['/data.nq', '/data.ttl', '/data'])('%s is 404: the store is never dumped whole', async (path) => {
    const response = await fetch(`${proxy.url}${path}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/proxies a SPARQL endpoint/);
  });
});

describe('serve --endpoint: bad use', () => {
  it.each([
    [['--endpoint', 'ftp://example.org/sparql'], /http or https/],
    [['--endpoint', 'not a url'], /not a URL/],
    [['--endpoint', 'http://127.0.0.1:8890/sparql', '--data', 'x.ttl'], /no data files/],
  ])('%j: exit 2', async (args, message) => {
    const run = await runCli(['serve', '--port', '0', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
