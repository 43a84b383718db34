// `osce-kg serve --endpoint` in front of a real Virtuoso: /id/{name} pages and RDF are asked of the store and say what
// `osce-kg serve` says from the same data loaded locally (same triples, same quads per passage graph, same quotes and
// links), with the same 404/400 answers.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthFetch } from '../../../src/node/digest-auth';
import { ROOT, runCli } from '../helpers/cli';
import { serve, type Served } from '../helpers/serve';
import { rapperStatements } from './rapper';
import { stopStarted } from '../../helpers/stop-started';

const SPARQL = 'http://127.0.0.1:8890/sparql';
const GSP = 'http://127.0.0.1:8890/sparql-graph-crud-auth';
/** Names of this run only: other test runs may use the same store at the same time. */
const P = `proxy${process.pid}t${Date.now()}`;
const CONTAINER = `urn:osce-kg:test:${P}`;
const NAMED_GRAPHS = [`${P}-passage-1`, `${P}-passage-2`, `${P}-curation`].map(
  (n) => `https://w3id.org/osce-kg/id/${n}`,
);
const NAMES = [`${P}-body`, `${P}-partner`, `${P}-passage-1`, `${P}-curation`, `${P}-doc`, `${P}-theme`];

let work: string;
let local: Served;
let proxy: Served;

const FIXTURE = `@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix sdg: <http://metadata.un.org/sdg/> .
@prefix sdgo: <http://metadata.un.org/sdg/ontology#> .
sdg:99.9 a sdgo:Target ; rdfs:label "A test target"@en ; skos:notation "99.9" ; skos:broader sdg:99 .
sdg:99 a sdgo:Goal ; rdfs:label "A test goal"@en ; skos:notation "99" .
id:${P}-curation { id:${P}-body okg:contributesTo sdg:99.9 . }
id:${P}-body a okg:OSCEBody ; rdfs:label "Proxy <script>alert(1)</script> body"@en ; skos:altLabel "PB" ;
  owl:sameAs <javascript:alert(1)> ; skos:exactMatch <http://www.wikidata.org/entity/Q1> ; dcterms:date "2016"^^<http://www.w3.org/2001/XMLSchema#gYear> .
id:${P}-partner a okg:Partner ; rdfs:label "Partner organization"@en ; rdfs:label "Organisation partenaire"@fr .
id:${P}-doc a okg:SourceDocument ; rdfs:label "The source"@en .
id:${P}-passage-1 a okg:Passage ; dcterms:isPartOf id:${P}-doc ; okg:quote "The body works with the partner </blockquote><img src=x onerror=alert(2)>" .
id:${P}-passage-2 a okg:Passage ; dcterms:isPartOf id:${P}-doc ; okg:quote "Again, both together." .
id:${P}-passage-1 { id:${P}-body okg:partnersWith id:${P}-partner . id:${P}-body okg:organizedBy id:${P}-partner . }
id:${P}-passage-2 { id:${P}-body okg:partnersWith id:${P}-partner . }
id:${P}-curation a okg:CurationGraph ; rdfs:label "Curation: themes"@en ; prov:wasAttributedTo id:${P}-curators ; prov:wasDerivedFrom id:${P}-passage-2 .
id:${P}-curators rdfs:label "The curators"@en .
id:${P}-curation { id:${P}-partner okg:addresses id:${P}-theme . }
id:${P}-theme a okg:Theme ; rdfs:label "A theme"@en .
`;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'osce-kg-proxy-pages-'));
  const data = join(work, 'fixture.trig');
  writeFileSync(data, FIXTURE);
  const ontology = join(ROOT, 'graph-data/ontology.ttl');
  const pushed = await runCli([
    'push',
    '--endpoint',
    GSP,
    '--graph',
    CONTAINER,
    '--named-graphs',
    '--user',
    'dba',
    '--password',
    'dba',
    ontology,
    data,
  ]);
  expect(pushed.stderr).toMatch(/pushed \d+ triples/);
  [local, proxy] = await Promise.all([
    serve(['--quiet', '--data', ontology, '--data', data]),
    serve(['--quiet', '--endpoint', SPARQL]),
  ]);
});

afterAll(async () => {
  await stopStarted(local, proxy);
  const authFetch = createAuthFetch({ user: 'dba', password: 'dba' });
  for (const graph of [CONTAINER, ...NAMED_GRAPHS])
    await (await authFetch(`${GSP}?graph=${encodeURIComponent(graph)}`, { method: 'DELETE' })).arrayBuffer();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function text(
  base: string,
  path: string,
  accept?: string,
): Promise<{ status: number; type: string | null; body: string }> {
  const response = await fetch(base + path, { headers: accept ? { accept } : {} });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

/**
 * What a person sees of a page: its heading, quotes and links. Links to other vocabularies' terms on the ontology page
 * are left out: a store may hold their own descriptions (Virtuoso ships RDFS's), which the page then rightly documents.
 */
function visible(html: string): { h1: string; quotes: string[]; links: string[] } {
  const main = /<main>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return {
    h1: /<h1>([\s\S]*?)<\/h1>/.exec(main)?.[1] ?? '',
    quotes: [...main.matchAll(/<blockquote>([\s\S]*?)<\/blockquote>/g)].map((m) => m[1] ?? '').sort(),
    links: [...main.matchAll(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)]
      .map((m) => `${m[1]} ${m[2]}`)
      .filter((l) => !/^\.\.\/ontology\.html#\w+:/.test(l))
      .sort(),
  };
}

describe('serve --endpoint: entity pages from the store', () => {
  it.each(NAMES.map((n) => [n]))(
    '%s: the same triples (N-Triples, Turtle) and quads (TriG) as the local server',
    async (name) => {
      for (const [suffix, syntax] of [
        ['nt', 'ntriples'],
        ['ttl', 'turtle'],
        ['trig', 'trig'],
      ] as const) {
        const [mine, theirs] = await Promise.all([
          text(proxy.url, `/id/${name}.${suffix}`),
          text(local.url, `/id/${name}.${suffix}`),
        ]);
        expect(mine.status, `${name}.${suffix}`).toBe(200);
        const expected = new Set(rapperStatements(theirs.body, syntax));
        expect(expected.size).toBeGreaterThan(1);
        expect(new Set(rapperStatements(mine.body, syntax)), `${name}.${suffix}`).toEqual(expected);
      }
    },
  );

  it.each(NAMES.map((n) => [n]))(
    '%s: the page shows the same heading, quotes and links as the local one',
    async (name) => {
      const [mine, theirs] = await Promise.all([
        text(proxy.url, `/id/${name}`, 'text/html'),
        text(local.url, `/id/${name}`, 'text/html'),
      ]);
      expect(mine.status).toBe(200);
      expect(mine.type).toBe('text/html; charset=utf-8');
      expect(visible(mine.body)).toEqual(visible(theirs.body));
    },
  );

  it("every relation and class links to its anchor on the proxy's own /ontology, which documents the store's terms", async () => {
    const ontology = await text(proxy.url, '/ontology', 'text/html');
    expect(ontology.status).toBe(200);
    const ids = new Set([...ontology.body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
    expect(ids.has('OSCEBody')).toBe(true);
    const anchors = new Set<string>();
    for (const name of NAMES) {
      const page = await text(proxy.url, `/id/${name}.html`);
      for (const m of page.body.matchAll(/href="\.\.\/ontology\.html#([^"]+)"/g)) anchors.add(m[1] ?? '');
    }
    expect(anchors.size).toBeGreaterThan(3);
    expect([...anchors].filter((a) => !ids.has(a))).toEqual([]);
    const turtle = await text(proxy.url, '/ontology', 'text/turtle');
    expect(rapperStatements(turtle.body, 'turtle')).toContain(
      '<https://w3id.org/osce-kg/ontology#OSCEBody> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#Class> .',
    );
  });

  it.each([['99.9'], ['99']])('/sdg/%s: the same page of an SDG target or goal as the local server', async (code) => {
    const [mine, theirs] = await Promise.all([text(proxy.url, `/sdg/${code}`), text(local.url, `/sdg/${code}`)]);
    expect(mine.status).toBe(200);
    expect(visible(mine.body)).toEqual(visible(theirs.body));
    expect(mine.body).toContain(`<a href="../id/${P}-body.html">`);
    expect((await text(proxy.url, `/id/${P}-body`)).body).toContain(`href="../sdg/99.9.html"`);
  });

  it('quotes every passage behind a statement, and keeps hostile text inert', async () => {
    const page = await text(proxy.url, `/id/${P}-body.html`);
    expect(page.body).toContain('<h1>Proxy &lt;script&gt;alert(1)&lt;/script&gt; body</h1>');
    expect(page.body).toContain(
      '<blockquote>The body works with the partner &lt;/blockquote&gt;&lt;img src=x onerror=alert(2)&gt;</blockquote>',
    );
    expect(page.body).toContain('<blockquote>Again, both together.</blockquote>');
    expect(page.body).not.toMatch(/<script>alert|<img|href="javascript:/i);
    expect(page.body).toContain('href="http://www.wikidata.org/entity/Q1"');
  });

  it('negotiates the format by Accept, with Vary and Link', async () => {
    const response = await fetch(`${proxy.url}/id/${P}-partner`, { headers: { accept: 'text/turtle' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(response.headers.get('vary')).toBe('accept');
    expect(response.headers.get('link')).toContain(`</id/${P}-partner.jsonld>; rel="alternate"`);
    expect(rapperStatements(await response.text(), 'turtle')).toContain(
      `<https://w3id.org/osce-kg/id/${P}-partner> <http://www.w3.org/2000/01/rdf-schema#label> "Organisation partenaire"@fr .`,
    );
  });

  it.each([
    ['text/html', 'text/html', '<h1>Not found</h1>'],
    ['text/turtle', 'text/turtle', '# not found'],
    ['application/ld+json', 'application/ld+json', '"error"'],
  ])('a name the store lacks is 404 as %s', async (accept, type, marker) => {
    const answer = await text(proxy.url, `/id/${P}-no-such-thing`, accept);
    expect(answer.status).toBe(404);
    expect(answer.type).toBe(`${type}; charset=utf-8`);
    expect(answer.body).toContain(marker);
  });

  it.each(['/id/..%2f..%2fpackage.json', '/id/a%00b', '/id/.hidden', '/id/%3Cscript%3E', '/id/a%20b'])(
    '%s is refused with 400 before the store is asked',
    async (path) => {
      const answer = await text(proxy.url, path);
      expect(answer.status).toBe(400);
      expect(answer.body).not.toMatch(/\n\s+at |<script/);
    },
  );
});
