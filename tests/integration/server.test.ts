// `osce-kg serve` through a real HTTP client: SPARQL 1.1 Protocol, negotiation, errors, limits, static files, CORS.
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRdf } from '../../src/rdf/parse';
import { parseSparqlJson } from '../../src/query/results';
import { parseWithN3, runCli } from './helpers/cli';
import { serve, type Served } from './helpers/serve';
import { stopStarted } from '../helpers/stop-started';

const OKG = 'https://w3id.org/osce-kg/ontology#';
const SELECT = `SELECT ?s ?label WHERE { ?s a <${OKG}OSCEBody> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?s`;
const ASK = `ASK { ?s a <${OKG}OSCEBody> }`;
const CONSTRUCT = `CONSTRUCT { ?s a <${OKG}Region> ; ?p ?o } WHERE { ?s a <${OKG}Region> ; ?p ?o }`;
const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';
const SECRET = 'top-secret-outside-the-static-root';

let server: Served;
let base: string;
let staticRoot: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'osce-kg-static-'));
  staticRoot = join(dir, 'site');
  mkdirSync(join(staticRoot, 'assets'), { recursive: true });
  writeFileSync(
    join(staticRoot, 'index.html'),
    '<!doctype html><title>explorer</title><script type="module" src="/assets/app.js"></script>',
  );
  writeFileSync(join(staticRoot, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(join(staticRoot, 'assets', 'app.css'), 'body { margin: 0 }');
  writeFileSync(join(staticRoot, 'assets', 'engine.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  server = await serve(['--static', staticRoot, '--timeout', '1500', '--limit', '7', '--quiet']);
  base = server.url;
});

afterAll(async () => {
  await stopStarted(server);
});

const get = (query: string, accept?: string) =>
  fetch(`${base}/sparql?query=${encodeURIComponent(query)}`, { headers: accept ? { accept } : {} });

/** A raw request whose path is sent exactly as written (fetch would normalize `..`). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res
        .setEncoding('utf8')
        .on('data', (d: string) => {
          body += d;
        })
        .on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('SELECT and ASK: content negotiation', () => {
  it.each([
    [undefined, 'application/sparql-results+json'],
    ['application/sparql-results+json', 'application/sparql-results+json'],
    ['application/sparql-results+xml', 'application/sparql-results+xml'],
    ['text/csv', 'text/csv'],
    ['text/tab-separated-values', 'text/tab-separated-values'],
    ['application/json', 'application/json'],
    ['text/csv;q=0.5, application/sparql-results+xml', 'application/sparql-results+xml'],
    ['text/*', 'text/csv'],
    ['*/*;q=0.1, text/tab-separated-values', 'text/tab-separated-values'],
  ])('Accept %s → %s', async (accept, expected) => {
    const response = await get(SELECT, accept);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(expected);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = await response.text();
    if (expected.includes('json')) {
      const result = parseSparqlJson(body);
      expect(result.kind === 'bindings' && result.variables).toEqual(['s', 'label']);
    } else if (expected.includes('xml')) {
      expect(body).toContain('<sparql xmlns="http://www.w3.org/2005/sparql-results#">');
      expect(body).toContain('<variable name="label"');
    } else if (expected === 'text/csv') {
      expect(body.split(/\r?\n/)[0]).toBe('s,label');
    } else {
      expect(body.split('\n')[0]).toBe('?s\t?label');
    }
  });

  it('ASK answers a boolean', async () => {
    const result = parseSparqlJson(await (await get(ASK)).text());
    expect(result).toEqual({ kind: 'boolean', value: true });
  });

  it('406 when no offered type is acceptable', async () => {
    const response = await get(SELECT, 'image/png');
    expect(response.status).toBe(406);
    expect(await response.text()).toContain('application/sparql-results+json');
  });

  it('the row limit cuts results and says so in a header', async () => {
    const response = await get('SELECT * WHERE { ?s ?p ?o }');
    const result = parseSparqlJson(await response.text());
    expect(result.kind === 'bindings' && result.rows.length).toBe(7);
    expect(response.headers.get('x-osce-kg-truncated')).toMatch(/7 rows/);
  });
});

describe('CONSTRUCT: graph formats', () => {
  it.each([
    [undefined, 'text/turtle'],
    ['text/turtle', 'text/turtle'],
    ['application/n-triples', 'application/n-triples'],
    ['application/n-quads', 'application/n-quads'],
    ['application/trig', 'application/trig'],
    ['application/ld+json', 'application/ld+json'],
  ])('Accept %s → %s, parsed back to the same triples', async (accept, expected) => {
    const response = await get(CONSTRUCT, accept);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(expected);
    const body = await response.text();
    const quads =
      expected === 'application/ld+json'
        ? await parseRdf(body, { format: 'jsonld' })
        : parseWithN3(body, expected as 'text/turtle');
    const regions = new Set(quads.filter((q) => q.object.value === `${OKG}Region`).map((q) => q.subject.value));
    expect(regions.size).toBeGreaterThan(0);
  });
});

describe('protocol operations', () => {
  it('POST application/sparql-query', async () => {
    const response = await fetch(`${base}/sparql`, {
      method: 'POST',
      headers: { 'content-type': 'application/sparql-query' },
      body: ASK,
    });
    expect(response.status).toBe(200);
    expect(parseSparqlJson(await response.text())).toEqual({ kind: 'boolean', value: true });
  });

  it('POST form-encoded, same answer as GET', async () => {
    const form = await fetch(`${base}/sparql`, { method: 'POST', body: new URLSearchParams({ query: SELECT }) });
    expect(form.status).toBe(200);
    expect(await form.text()).toBe(await (await get(SELECT)).text());
  });

  it('format= overrides Accept', async () => {
    const response = await fetch(`${base}/sparql?format=csv&query=${encodeURIComponent(SELECT)}`, {
      headers: { accept: 'application/sparql-results+xml' },
    });
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect((await response.text()).split(/\r?\n/)[0]).toBe('s,label');
  });

  it('osce-kg query --endpoint reads this endpoint as it reads the local engine', async () => {
    const [remote, local] = await Promise.all([
      runCli(['query', '--endpoint', `${base}/sparql`, '--format', 'csv', SELECT]),
      // The endpoint cuts at its --limit 7: ask the local engine for as many.
      runCli(['query', '--format', 'csv', '--limit', '7', SELECT]),
    ]);
    expect(remote.code).toBe(0);
    expect(remote.stdout.trim().split(/\r?\n/)).toHaveLength(8);
    expect(remote.stdout).toBe(local.stdout);
  });

  it('CORS preflight from another origin', async () => {
    const response = await fetch(`${base}/sparql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://elsewhere.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('content-type');
  });
});

describe('errors', () => {
  it.each([
    ['syntax error', () => get('SELECT * WHERE { ?s ?p }'), 400, /line 1, column \d+/],
    [
      'missing query',
      () => fetch(`${base}/sparql`, { method: 'POST', body: new URLSearchParams({ 'default-graph-uri': 'urn:x' }) }),
      400,
      /query/,
    ],
    ['two queries', () => fetch(`${base}/sparql?query=ASK{}&query=ASK{}`), 400, /more than one/],
    [
      'update by form',
      () =>
        fetch(`${base}/sparql`, {
          method: 'POST',
          body: new URLSearchParams({ update: 'INSERT DATA { <a:b> <a:c> <a:d> }' }),
        }),
      403,
      /read-only/,
    ],
    [
      'update media type',
      () =>
        fetch(`${base}/sparql`, {
          method: 'POST',
          headers: { 'content-type': 'application/sparql-update' },
          body: 'DROP ALL',
        }),
      403,
      /read-only/,
    ],
    [
      'update as query',
      () => get('PREFIX ex: <http://example.org/>\nINSERT DATA { ex:a ex:b ex:c }'),
      403,
      /read-only/,
    ],
    ['SERVICE', () => get('SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }'), 403, /SERVICE/],
    ['PUT', () => fetch(`${base}/sparql`, { method: 'PUT', body: 'x' }), 405, /PUT/],
    ['DELETE on a page', () => fetch(`${base}/index.html`, { method: 'DELETE' }), 405, /DELETE/],
    [
      'unsupported body type',
      () => fetch(`${base}/sparql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: ASK }),
      415,
      /Content-Type/,
    ],
    [
      'body too large',
      () =>
        fetch(`${base}/sparql`, {
          method: 'POST',
          headers: { 'content-type': 'application/sparql-query' },
          body: `ASK {} #${'x'.repeat(2 * 1024 * 1024)}`,
        }),
      413,
      /too large/,
    ],
  ] as const)('%s → %i with a message', async (_name, send, status, message) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toMatch(message);
  });

  it('405 names the allowed methods', async () => {
    const response = await fetch(`${base}/sparql`, { method: 'PUT', body: 'x' });
    expect(response.headers.get('allow')).toContain('POST');
  });

  it('a query past the time limit is stopped (503) and the endpoint answers again afterwards', async () => {
    const started = Date.now();
    const response = await get(SLOW);
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/timed out/);
    expect(Date.now() - started).toBeLessThan(15_000);
    const after = await get(ASK);
    expect(after.status).toBe(200);
  });
});

describe('dataset and static files', () => {
  it('/data.nq is the dataset with its passage graphs', async () => {
    const response = await fetch(`${base}/data.nq`);
    expect(response.headers.get('content-type')).toContain('application/n-quads');
    const quads = parseWithN3(await response.text(), 'application/n-quads');
    expect(quads.some((q) => q.graph.termType === 'NamedNode')).toBe(true);
    const count = parseSparqlJson(await (await get('SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }')).text());
    expect(count.kind === 'bindings' && Number(count.rows[0]?.n?.value)).toBe(
      quads.filter((q) => q.graph.termType === 'NamedNode').length,
    );
  });

  it('/data negotiates Turtle', async () => {
    const response = await fetch(`${base}/data`, { headers: { accept: 'text/turtle' } });
    expect(response.headers.get('content-type')).toContain('text/turtle');
    expect(parseWithN3(await response.text(), 'text/turtle').length).toBeGreaterThan(100);
  });

  it.each([
    ['/', 'text/html'],
    ['/index.html', 'text/html'],
    ['/assets/app.js', 'text/javascript'],
    ['/assets/app.css', 'text/css'],
    ['/assets/engine.wasm', 'application/wasm'],
  ])('%s is served as %s with a CSP that forbids inline script', async (path, type) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(type);
    const csp = response.headers.get('content-security-policy') ?? '';
    const scriptSrc =
      csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('a missing file is 404', async () => {
    expect((await fetch(`${base}/assets/nothing.js`)).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/..%252fsecret.txt',
    '/%00/etc/passwd',
  ])('path traversal %s is refused', async (path) => {
    const response = await rawGet(path);
    expect([400, 403, 404]).toContain(response.status);
    expect(response.body).not.toContain(SECRET);
  });
});
