// JSON-LD never fetches: a remote @context is refused with RemoteContextError, and a real server sees no request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseRdf } from '../../../src/rdf/parse';
import { RemoteContextError } from '../../../src/rdf/errors';

let server: Server;
let base = '';
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.setHeader('content-type', 'application/ld+json');
    res.end(JSON.stringify({ '@context': { name: 'http://schema.org/name' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('JSON-LD offline', () => {
  it('the server is really reachable (so a fetch would have been recorded)', async () => {
    const response = await fetch(`${base}/probe`);
    expect(response.ok).toBe(true);
    expect(hits).toEqual(['/probe']);
    hits.length = 0;
  });

  it.each([
    { name: 'string @context', doc: (url: string) => ({ '@context': url, '@id': 'http://e/a', name: 'x' }) },
    { name: '@context array', doc: (url: string) => ({ '@context': [{ ex: 'http://e/' }, url], '@id': 'http://e/a' }) },
    {
      name: 'nested @context',
      doc: (url: string) => ({ '@id': 'http://e/a', 'http://e/p': { '@context': url, name: 'x' } }),
    },
    {
      name: '@import',
      doc: (url: string) => ({ '@context': { '@version': 1.1, '@import': url }, '@id': 'http://e/a' }),
    },
  ])('refuses a remote context: $name', async ({ doc }) => {
    const url = `${base}/context.jsonld`;
    const error = await parseRdf(JSON.stringify(doc(url)), { format: 'jsonld', fileName: 'remote.jsonld' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RemoteContextError);
    expect(error).toMatchObject({ url, file: 'remote.jsonld' });
    expect(hits).toEqual([]);
  });
});
