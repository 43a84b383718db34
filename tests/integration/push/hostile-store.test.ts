// `osce-kg push` against stores that misbehave (real HTTP servers on 127.0.0.1): redirects, web pages, silence,
// stalls and cut-off answers end in exit 1 with the status or the URL named; nothing is reported as pushed.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

const SMALL = 'tests/integration/fixtures/small.ttl';

interface Seen {
  method: string;
  url: string;
  body: string;
  authorization?: string;
}

interface Store {
  url: string;
  origin: string;
  seen: Seen[];
  server: Server;
}

const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A store on a free port; `handle` answers each request after its body has been read. */
async function store(handle: (req: IncomingMessage, res: ServerResponse, seen: Seen[]) => void): Promise<Store> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        body: Buffer.concat(chunks).toString('utf8'),
        authorization: req.headers.authorization,
      });
      handle(req, res, seen);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: `${origin}/gsp`, origin, seen, server };
}

const push = (url: string, ...args: string[]) =>
  runCli(['push', '--endpoint', url, '--graph', 'urn:test:g', ...args, SMALL], { timeoutMs: 30_000 });

describe('redirects', () => {
  it.each([
    [301, []],
    [302, ['--append']],
    [303, []],
  ])(
    'HTTP %i to a web page: exit 1 naming the status and the Location; the page is never fetched',
    async (status, extra) => {
      const s = await store((req, res) => {
        if (req.url?.startsWith('/gsp')) res.writeHead(status, { location: '/welcome' }).end();
        else res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Welcome</body></html>');
      });
      const run = await push(s.url, ...extra);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`HTTP ${status} redirect to /welcome not followed`);
      expect(run.stderr).not.toMatch(/pushed \d+ triples/);
      expect(s.seen.map((r) => r.method)).toEqual([extra.length ? 'POST' : 'PUT']);
    },
  );

  it.each([
    [307, 'PUT', []],
    [308, 'POST', ['--append']],
  ])(
    'HTTP %i to the same origin: followed with the same method (%s) and the same body',
    async (status, method, extra) => {
      const s = await store((req, res) => {
        if (req.url?.startsWith('/gsp')) res.writeHead(status, { location: `/moved${req.url.slice(4)}` }).end();
        else res.writeHead(201).end();
      });
      const run = await push(s.url, ...extra);
      expect(run.stderr).toMatch(/pushed \d+ triples/);
      expect(run.code).toBe(0);
      expect(s.seen.map((r) => [r.method, r.url.split('?')[0]])).toEqual([
        [method, '/gsp'],
        [method, '/moved'],
      ]);
      expect(s.seen[0]?.body).toBeDefined();
      expect(s.seen[1]?.body).toBe(s.seen[0]?.body);
      expect(s.seen[1]?.body).toContain('<');
    },
  );

  it('HTTP 307 to another origin: not followed, and neither data nor credentials reach it', async () => {
    const elsewhere = await store((_req, res) => res.writeHead(201).end());
    const s = await store((_req, res) => res.writeHead(307, { location: `${elsewhere.origin}/gsp?graph=x` }).end());
    const run = await push(s.url, '--user', 'u', '--password', 'secret');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('HTTP 307 redirect to');
    expect(run.stderr).toContain('another origin');
    expect(elsewhere.seen).toEqual([]);
  });

  it('a redirect loop on the same origin stops after 5 hops', async () => {
    const s = await store((req, res) => res.writeHead(307, { location: req.url ?? '/' }).end());
    const run = await push(s.url);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('more than 5 redirects');
    expect(s.seen).toHaveLength(6);
  });
});

describe("answers that are not a store's", () => {
  it('HTTP 200 with an HTML login page: exit 1, nothing reported as pushed', async () => {
    const s = await store((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!DOCTYPE html><html><title>Sign in</title><form><input name="password"></form></html>'),
    );
    const run = await push(s.url);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('with a web page');
    expect(run.stderr).toContain('Sign in');
    expect(run.stderr).not.toMatch(/pushed \d+ triples/);
  });

  it('an empty text/html 201 (what Virtuoso answers) is a success', async () => {
    const s = await store((_req, res) => res.writeHead(201, { 'content-type': 'text/html; charset=UTF-8' }).end());
    const run = await push(s.url);
    expect(run.code).toBe(0);
  });
});

describe('time limits and cut-off answers', () => {
  it('a store that never answers: exit 1 at --timeout, naming the URL', async () => {
    const s = await store(() => undefined);
    const run = await push(s.url, '--timeout', '800');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${s.url}?graph=`);
    expect(run.stderr).toContain('no complete answer within 800 ms');
  });

  it('a store that stalls mid-answer: exit 1 at --timeout, while reading the answer', async () => {
    const s = await store((_req, res) => {
      res.writeHead(200, { 'content-length': '1000' });
      res.write('partial');
    });
    const run = await push(s.url, '--timeout', '800');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no complete answer within 800 ms \(--timeout\) while reading the answer \(HTTP 200\)/);
  });

  it('an answer cut off mid-body: exit 1 naming the URL', async () => {
    const s = await store((req, res) => {
      res.writeHead(200, { 'content-length': '1000' });
      res.write('ten bytes.', () => req.socket.destroy());
    });
    const run = await push(s.url);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${s.url}?graph=`);
    expect(run.stderr).toContain('cut off after 10 bytes');
  });
});

describe('--verify', () => {
  it('fails when the store holds other counts than were sent (a store that accepts and drops)', async () => {
    const s = await store((req, res) => {
      if (req.url?.startsWith('/sparql')) {
        res
          .writeHead(200, { 'content-type': 'application/sparql-results+json' })
          .end(JSON.stringify({ head: { vars: ['g', 'n'] }, results: { bindings: [] } }));
      } else {
        res.writeHead(201).end();
      }
    });
    const run = await push(s.url, '--verify', '--query-endpoint', `${s.origin}/sparql`);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/verification failed: <urn:test:g> holds 0 triples, \d+ were sent/);
    expect(s.seen.map((r) => r.method)).toEqual(['PUT', expect.stringMatching(/GET|POST/)]);
  });

  it('without a known query endpoint beside the Graph Store URL, --verify asks for --query-endpoint (exit 2)', async () => {
    const run = await runCli(['push', '--endpoint', 'http://127.0.0.1:9/somewhere', '--verify', SMALL]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--query-endpoint');
  });
});
