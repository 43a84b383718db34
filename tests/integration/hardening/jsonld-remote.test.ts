// Hardening: JSON-LD that asks for a remote context is refused with RemoteContextError, and nothing is fetched (a real
// server counts hits).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RemoteContextError } from '../../../src/rdf/errors';
import { parseRdf } from '../../../src/rdf/parse';
import { priorDataset, type PriorDataset } from '../../hardening/prior-dataset';

let server: Server;
let base: string;
const hits: string[] = [];

beforeAll(async () => {
  // Serves a real, valid context, so a parser that fetched it would succeed (and be counted)
  server = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'application/ld+json' });
    response.end(JSON.stringify({ '@context': { name: 'http://schema.org/name' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const DOCUMENTS: [string, (url: string) => unknown][] = [
  ['@context is a URL', (url) => ({ '@context': url, '@id': 'http://e.org/a', name: 'x' })],
  [
    '@context array with a URL after an inline context',
    (url) => ({ '@context': [{ ex: 'http://e.org/' }, url], '@id': 'ex:a', name: 'x' }),
  ],
  [
    '@import inside an inline context',
    (url) => ({ '@context': { '@version': 1.1, '@import': url }, '@id': 'http://e.org/a', name: 'x' }),
  ],
  [
    'property-scoped context with a URL',
    (url) => ({
      '@context': { '@version': 1.1, knows: { '@id': 'http://e.org/knows', '@context': url } },
      '@id': 'http://e.org/a',
      knows: { '@id': 'http://e.org/b', name: 'y' },
    }),
  ],
  [
    'URL context in a nested node object',
    (url) => ({ '@id': 'http://e.org/a', 'http://e.org/p': { '@context': url, name: 'y' } }),
  ],
  [
    'document is a list of nodes, the second with a URL context',
    (url) => [
      { '@id': 'http://e.org/a', 'http://e.org/p': 'x' },
      { '@context': url, name: 'y' },
    ],
  ],
];

describe('JSON-LD remote contexts are refused, nothing is fetched', () => {
  let prior: PriorDataset;
  beforeAll(async () => {
    prior = await priorDataset();
  });

  it.each(DOCUMENTS)('%s', async (_case, make) => {
    const url = `${base}/context-${hits.length}-${Math.random().toString(36).slice(2)}.jsonld`;
    const text = JSON.stringify(make(url));
    const error = await parseRdf(text, { format: 'jsonld', fileName: 'remote.jsonld' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RemoteContextError);
    expect((error as RemoteContextError).url).toBe(url);
    expect((error as RemoteContextError).file).toBe('remote.jsonld');
    await expect(prior.importSources([{ name: 'remote.jsonld', content: text }])).rejects.toBeInstanceOf(
      RemoteContextError,
    );
    await prior.expectIntact();
    expect(hits).toEqual([]);
  });

  it('the server does answer when asked (so the zero-hit check can fail)', async () => {
    const response = await fetch(`${base}/probe`);
    expect(response.ok).toBe(true);
    expect(hits.splice(0)).toEqual(['/probe']);
  });

  it('an inline context still works', async () => {
    const quads = await parseRdf(
      JSON.stringify({ '@context': { name: 'http://schema.org/name' }, '@id': 'http://e.org/a', name: 'x' }),
      { format: 'jsonld' },
    );
    expect(quads.map((q) => [q.subject.value, q.predicate.value, q.object.value])).toEqual([
      ['http://e.org/a', 'http://schema.org/name', 'x'],
    ]);
  });
});
