// `osce-kg serve` against hostile requests: XML that must stay well-formed, RDF/XML for XML-only clients, negotiation
// with parameters, the static root (symlinks, dotfiles), aborted uploads, ambiguous forms, bad UTF-8, syntax errors.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from './helpers/serve';
import { stopStarted } from '../helpers/stop-started';

const EX = 'http://example.org/';
// A control character, U+FFFE and a plain value; a predicate ending in digits (no RDF/XML element name)
const DATA =
  [
    `<${EX}bell> <${EX}label> "ring\\u0007ring" .`,
    `<${EX}nonchar> <${EX}label> "odd\\uFFFEchar" .`,
    `<${EX}plain> <${EX}label> "plain & <simple>" .`,
    `<${EX}plain> <${EX}p123/456> <${EX}other> .`,
  ].join('\n') + '\n';
const SECRET = 'secret-outside-the-root';

let server: Served;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'osce-kg-hostile-'));
  const root = join(dir, 'site');
  mkdirSync(join(root, '.git'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>explorer</title>');
  writeFileSync(join(root, '.env'), 'TOKEN=hidden');
  writeFileSync(join(root, '.git', 'config'), '[core]');
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  symlinkSync(join(dir, 'secret.txt'), join(root, 'leak.txt'));
  symlinkSync(dir, join(root, 'up'));
  writeFileSync(join(dir, 'data.nt'), DATA);
  server = await serve(['--data', join(dir, 'data.nt'), '--static', root]);
});

afterAll(async () => {
  await stopStarted(server);
});

const sparql = (query: string, accept: string, extra = '') =>
  fetch(`${server.url}/sparql?query=${encodeURIComponent(query)}${extra}`, { headers: { accept } });

/** Parses with a strict XML 1.0 parser; throws on anything not well-formed. */
function parseXml(text: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text).close();
}

function readRdfXml(text: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let count = 0;
    const parser = new RdfXmlParser();
    parser
      .on('data', () => (count += 1))
      .on('error', reject)
      .on('end', () => resolve(count));
    parser.write(text);
    parser.end();
  });
}

describe('serve: SPARQL XML results stay well-formed', () => {
  it('the strict parser used here rejects a raw control character (so the checks below can fail)', () => {
    expect(() => parseXml('<a>\u0007</a>')).toThrow();
  });

  it('a plain result in SPARQL XML parses as XML', async () => {
    const response = await sparql(`SELECT ?l WHERE { <${EX}plain> <${EX}label> ?l }`, 'application/sparql-results+xml');
    expect(response.status).toBe(200);
    const body = await response.text();
    parseXml(body);
    expect(body).toContain('plain &amp; &lt;simple&gt;');
  });

  it.each(['bell', 'nonchar'])(
    'a literal XML 1.0 cannot carry (%s): 406 that says why, for an XML-only client',
    async (name) => {
      const response = await sparql(`SELECT ?l WHERE { <${EX}${name}> ?p ?l }`, 'application/sparql-results+xml');
      expect(response.status).toBe(406);
      expect(await response.text()).toMatch(/cannot be written as XML: .*U\+(0007|FFFE).*XML 1\.0/);
    },
  );

  it('…and another format the client accepts instead, when there is one', async () => {
    const response = await sparql(
      `SELECT ?l WHERE { <${EX}bell> ?p ?l }`,
      'application/sparql-results+xml, application/sparql-results+json;q=0.5',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/sparql-results\+json/);
    expect(JSON.parse(await response.text()).results.bindings[0].l.value).toBe('ring\u0007ring');
  });

  it('…and format=xml is refused the same way', async () => {
    const response = await sparql(`SELECT ?l WHERE { <${EX}bell> ?p ?l }`, '*/*', '&format=xml');
    expect(response.status).toBe(406);
  });
});

describe('serve: CONSTRUCT for clients that ask only for XML (roqet, rdflib)', () => {
  const construct = `CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?s = <${EX}plain> && ?p = <${EX}label>) }`;

  it.each(['application/sparql-results+xml', 'application/rdf+xml'])(
    'Accept: %s → RDF/XML that reads back',
    async (accept) => {
      const response = await sparql(construct, accept);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/rdf\+xml/);
      const body = await response.text();
      parseXml(body);
      expect(await readRdfXml(body)).toBe(1);
    },
  );

  it.each([
    ['a control character', `CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?s = <${EX}bell>) }`],
    ['a predicate RDF/XML cannot name', `CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?p = <${EX}p123/456>) }`],
  ])('a graph RDF/XML cannot carry (%s) → Turtle, labelled as Turtle', async (_case, query) => {
    const response = await sparql(query, 'application/rdf+xml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/turtle/);
    expect(await response.text()).toContain(EX);
  });
});

describe('serve: content negotiation', () => {
  it('a media range with a charset parameter matches', async () => {
    const response = await sparql('ASK {}', 'text/csv;charset=utf-8');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
  });

  it('q-values pick the format; q=0 refuses it', async () => {
    const response = await sparql('ASK {}', 'application/sparql-results+json;q=0.2, text/tab-separated-values;q=0.9');
    expect(response.headers.get('content-type')).toMatch(/^text\/tab-separated-values/);
    expect(
      (await sparql('ASK {}', '*/*;q=0.5, application/sparql-results+json;q=0')).headers.get('content-type'),
    ).toMatch(/^application\/sparql-results\+xml/);
  });
});

describe('serve: the static root', () => {
  it.each(['/leak.txt', '/up/secret.txt'])('never leaves the root through a symbolic link (%s)', async (path) => {
    const response = await fetch(server.url + path);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain(SECRET);
  });

  it.each(['/.env', '/.git/config', '/%2egit/config'])('serves no dotfiles (%s)', async (path) => {
    const response = await fetch(server.url + path);
    expect(response.status).toBe(404);
  });
});

describe('serve: requests that are malformed or cut off', () => {
  it('an upload the client aborts is logged as 499, not a 500 with a stack', async () => {
    const logStart = server.stderr().length;
    const { port, hostname } = new URL(server.url);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), hostname, () => {
        socket.write(
          'POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 5000\r\n\r\nASK {',
        );
        setTimeout(() => socket.destroy(), 200);
      });
      socket.on('close', () => resolve());
    });
    await expect.poll(() => server.stderr().slice(logStart), { timeout: 5000 }).toMatch(/POST \/sparql 499/);
    expect(server.stderr().slice(logStart)).not.toMatch(/ 500 |error:|\n\s+at /);
  });

  it('a form POST with query both in the URL and the body is 400', async () => {
    const response = await fetch(`${server.url}/sparql?query=${encodeURIComponent('ASK {}')}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent('ASK { ?s ?p ?o }')}`,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/both in the body and the URL/);
  });

  it.each(['query=ASK%20%7B%7D%FF', 'query=ASK%20%7B%7D%C3', 'query=%ED%A0%80'])(
    'invalid UTF-8 in a GET query string (%s) is 400',
    async (search) => {
      const response = await fetch(`${server.url}/sparql?${search}`);
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/not valid UTF-8/);
    },
  );

  it('a syntax error reads as a sentence at the offending token, no grammar dump', async () => {
    const response = await sparql('SELECT * WHERE {\n  ?s okg:label ?o }', 'application/sparql-results+json');
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toMatch(/2:6\): prefix okg: is not declared/);
    expect(body).not.toMatch(/\\u\{|\.\.=/);
  });
});
