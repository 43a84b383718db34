// `osce-kg serve --data`: a client that hangs up stops its query in the worker at once, instead of at the time limit.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serve, type Served } from './helpers/serve';
import { stopStarted } from '../helpers/stop-started';

// A cross product of the bundled graph with itself four times: runs until the time limit stops it.
const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';
const TIME_LIMIT_MS = 8000;

let server: Served;

beforeAll(async () => {
  // Not --quiet: the log line of each request tells how it ended
  server = await serve(['--timeout', String(TIME_LIMIT_MS)]);
});

afterAll(async () => {
  await stopStarted(server);
});

describe('a client that hangs up', () => {
  it.each(['GET', 'POST'])(
    '%s: its query is stopped long before the time limit, and the next one is answered',
    async (method) => {
      const logged = () =>
        server
          .stderr()
          .split('\n')
          .filter((line) => /^(GET|POST) \/sparql 499 /.test(line)).length;
      const before = logged();
      const client = new AbortController();
      const pending =
        method === 'GET'
          ? fetch(`${server.url}/sparql?query=${encodeURIComponent(SLOW)}`, { signal: client.signal })
          : fetch(`${server.url}/sparql`, {
              method: 'POST',
              headers: { 'content-type': 'application/sparql-query' },
              body: SLOW,
              signal: client.signal,
            });
      pending.catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const hungUp = Date.now();
      client.abort();
      await vi.waitUntil(() => logged() > before, { timeout: TIME_LIMIT_MS, interval: 20 });
      expect(Date.now() - hungUp).toBeLessThan(TIME_LIMIT_MS / 2);
      const next = await fetch(`${server.url}/sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`, {
        headers: { accept: 'application/sparql-results+json' },
      });
      expect(next.status).toBe(200);
      expect(await next.json()).toMatchObject({ boolean: true });
      expect(Date.now() - hungUp).toBeLessThan(TIME_LIMIT_MS);
    },
  );
});
