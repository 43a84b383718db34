// `osce-kg serve` resolves every IRI: /id/{name} by Accept header and by suffix, 404/400 in the asked-for format,
// /ontology, the VoID (its counts equal `osce-kg stats`) and the Service Description; RDF checked with rapper.
import { request } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { ROOT, runCli } from '../helpers/cli';
import { serve, type Served } from '../helpers/serve';
import { rapperStatements } from './rapper';
import { defined } from '../../helpers/defined';
import { stopStarted } from '../../helpers/stop-started';

const ID = 'https://w3id.org/osce-kg/id/';
const VOID = 'http://rdfs.org/ns/void#';
let server: Served;
let base: string;
/** The bundled graph read by n3 here, not by the code under test. */
let bundled: Quad[];

beforeAll(async () => {
  server = await serve(['--quiet', '--static', join(ROOT, 'tests/integration/publish')]);
  base = server.url;
  // The bundled graph as the CLI loads it: ontology.ttl and every graph-data/*.trig (shapes.ttl is not data)
  const dir = join(ROOT, 'graph-data');
  const files = ['ontology.ttl', ...readdirSync(dir).filter((f) => f.endsWith('.trig'))];
  bundled = files.flatMap((f) =>
    new Parser({ format: f.endsWith('.ttl') ? 'text/turtle' : 'application/trig' }).parse(
      readFileSync(join(dir, f), 'utf8'),
    ),
  );
});

afterAll(async () => {
  await stopStarted(server);
});

/**
 * The quads a description of `iri` must hold: in and out (any graph), its graph's contents, each backing passage's
 * description.
 */
function expectedQuads(iri: string): Quad[] {
  const core = bundled.filter((q) => q.subject.value === iri || q.object.value === iri || q.graph.value === iri);
  const graphs = new Set(core.map((q) => q.graph.value).filter((g) => g !== '' && g !== iri));
  const provenance = bundled.filter(
    (q) => graphs.has(q.subject.value) && (q.graph.termType === 'DefaultGraph' || q.graph.value === q.subject.value),
  );
  return [...core, ...provenance];
}

function rawGet(path: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res
        .setEncoding('utf8')
        .on('data', (d: string) => {
          body += d;
        })
        .on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('entity pages by content negotiation', () => {
  it.each([
    ['text/html', 'text/html'],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'text/html'],
    ['*/*', 'text/html'],
    ['text/turtle', 'text/turtle'],
    ['application/n-triples', 'application/n-triples'],
    ['application/ld+json', 'application/ld+json'],
    ['application/trig', 'application/trig'],
    ['text/turtle;q=0.5, application/ld+json', 'application/ld+json'],
  ])('Accept %s gets %s, with Vary and Link headers', async (accept, type) => {
    const response = await fetch(`${base}/id/odihr`, { headers: { accept } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
    expect(response.headers.get('vary')).toBe('accept');
    const link = response.headers.get('link') ?? '';
    for (const alt of ['odihr.ttl', 'odihr.nt', 'odihr.jsonld', 'odihr.trig', 'odihr.html'])
      expect(link).toContain(`</id/${alt}>; rel="alternate"`);
    await response.text();
  });

  it('refuses with 406 what it cannot give, naming what it can', async () => {
    const response = await fetch(`${base}/id/odihr`, { headers: { accept: 'application/rdf+xml' } });
    expect(response.status).toBe(406);
    expect(await response.text()).toContain('text/turtle');
  });

  it.each(['odihr', 'passage-a-osce', 'source-osce-un-migration-2017', 'mc-dec-3-16'])(
    '%s: rapper reads the expected triples from Turtle, N-Triples and TriG',
    async (name) => {
      const iri = ID + name;
      const quads = expectedQuads(iri);
      const expected = new Set(quads.map((q) => `${q.subject.id} ${q.predicate.id} ${q.object.id}`));
      const [ttl = '', nt = '', trig = ''] = await Promise.all(
        ['ttl', 'nt', 'trig'].map(async (suffix) => (await fetch(`${base}/id/${name}.${suffix}`)).text()),
      );
      const fromNt = rapperStatements(nt, 'ntriples');
      expect(new Set(fromNt).size).toBe(expected.size);
      expect(rapperStatements(ttl, 'turtle').length).toBe(expected.size);
      // TriG keeps each statement in its passage's graph: one quad per (triple, graph)
      expect(rapperStatements(trig, 'trig').length).toBe(
        new Set(quads.map((q) => `${q.subject.id} ${q.predicate.id} ${q.object.id} ${q.graph.id}`)).size,
      );
      expect(fromNt.some((line) => line.startsWith(`<${iri}> `) || line.includes(` <${iri}> .`))).toBe(true);
    },
  );

  it('JSON-LD reads back (jsonld.js) to the same quads as the TriG', async () => {
    const doc = (await (await fetch(`${base}/id/odihr.jsonld`)).json()) as object;
    const nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads' })) as unknown as string;
    const trig = await (await fetch(`${base}/id/odihr.trig`)).text();
    const fromJsonLd = new Set(rapperStatements(nquads, 'nquads'));
    expect(fromJsonLd).toEqual(new Set(rapperStatements(trig, 'trig')));
  });

  it('the page shows the label, the quotes, the formats and schema.org JSON-LD', async () => {
    const html = await (await fetch(`${base}/id/odihr.html`)).text();
    expect(html).toContain('<h1>Office for Democratic Institutions and Human Rights</h1>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('href="odihr.ttl"');
    expect(html).toContain('index.html#sel=https%3A%2F%2Fw3id.org%2Fosce-kg%2Fid%2Fodihr');
    const schema = JSON.parse(
      defined(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1], 'a JSON-LD script'),
    ) as Record<string, unknown>;
    expect(schema['@type']).toBe('Organization');
    expect(schema.alternateName).toEqual(['ODIHR']);
  });
});

describe('the shared stylesheet', () => {
  it('pages link /pages.css relatively instead of carrying the style, and it is served as CSS', async () => {
    const [entity, ontology] = await Promise.all(
      [fetch(`${base}/id/odihr`), fetch(`${base}/ontology`)].map(async (r) => (await r).text()),
    );
    expect(entity).toContain('<link rel="stylesheet" href="../pages.css">');
    expect(ontology).toContain('<link rel="stylesheet" href="pages.css">');
    expect(entity).not.toContain('<style>');
    const css = await fetch(new URL('../pages.css', `${base}/id/odihr`));
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain('blockquote {');
  });
});

describe('SDG goals and targets', () => {
  it('/sdg/10.7 is the page of what the graph says about the target; the entity pages link to it', async () => {
    for (const path of ['/sdg/10.7', '/sdg/10.7.html']) {
      const response = await fetch(base + path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await response.text();
      expect(html).toContain('<h1>SDG target 10.7</h1>');
      expect(html).toContain('<a href="../id/odihr.html">Office for Democratic Institutions and Human Rights</a>');
      expect(html).toContain('<blockquote>Protection of labour rights of migrant workers');
    }
    expect(await (await fetch(`${base}/id/odihr`)).text()).toContain('href="../sdg/10.7.html"');
  });

  it.each([
    ['/sdg/99.9', 404],
    ['/sdg/..%2fpackage.json', 400],
    ['/sdg/10.7.ttl', 400],
    ['/sdg/%3Cscript%3E', 400],
  ])('%s is %i', async (path, status) => {
    const answer = await rawGet(path);
    expect(answer.status).toBe(status);
    expect(answer.body).not.toMatch(/\n\s+at |<script/);
  });
});

describe('unknown and malformed names', () => {
  it.each([
    ['text/html', 'text/html', '<h1>Not found</h1>'],
    ['text/turtle', 'text/turtle', '# not found'],
    ['application/ld+json', 'application/ld+json', '"error"'],
  ])('an unknown name is 404 as %s', async (accept, type, marker) => {
    const response = await fetch(`${base}/id/no-such-thing`, { headers: { accept } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
    expect(await response.text()).toContain(marker);
  });

  it('an unknown name with a suffix is 404 in that format, and parses', async () => {
    const response = await fetch(`${base}/id/no-such-thing.ttl`);
    expect(response.status).toBe(404);
    expect(rapperStatements(await response.text(), 'turtle')).toEqual([]);
  });

  it.each([
    '/id/..%2f..%2fpackage.json',
    '/id/%2e%2e%2fpackage.json',
    '/id/a%00b',
    '/id/a%0ab',
    '/id/%ff',
    '/id/.hidden',
    '/id/a%5cb',
    '/id/a%20b',
    '/id/%3Cscript%3E',
  ])('%s is refused with 400, without a stack trace', async (path) => {
    const answer = await rawGet(path);
    expect(answer.status).toBe(400);
    expect(answer.type).toContain('text/plain');
    expect(answer.body).not.toMatch(/\n\s+at |node_modules|osce-kg"|<script/);
  });

  it.each(['/id/../../package.json', '/id/%2e%2e/%2e%2e/package.json'])(
    'dot segments in %s are resolved before routing and reach no file outside',
    async (path) => {
      const answer = await rawGet(path);
      expect(answer.status).toBe(404);
      expect(answer.body).not.toContain('"name"');
    },
  );
});

describe('ontology, dataset description, service description', () => {
  it('/ontology is HTML documentation, and Turtle on request', async () => {
    const html = await (await fetch(`${base}/ontology`)).text();
    expect(html).toContain('id="OSCEBody"');
    expect(html).toContain('Domain');
    const ttl = await (await fetch(`${base}/ontology`, { headers: { accept: 'text/turtle' } })).text();
    const statements = rapperStatements(ttl, 'turtle');
    expect(statements).toContain(
      '<https://w3id.org/osce-kg/ontology#OSCEBody> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#Class> .',
    );
  });

  it('the VoID at /.well-known/void has the counts of `osce-kg stats`', async () => {
    const stats = JSON.parse((await runCli(['stats', '--format', 'json'])).stdout) as {
      triples: number;
      classes: { iri: string; count: number }[];
      predicates: { iri: string; count: number }[];
    };
    const nt = await (await fetch(`${base}/.well-known/void`, { headers: { accept: 'application/n-triples' } })).text();
    const triples = new Parser({ format: 'application/n-triples' }).parse(rapperStatements(nt, 'ntriples').join('\n'));
    const value = (s: string, p: string) =>
      triples.find((q) => q.subject.value === s && q.predicate.value === p)?.object.value;
    const dataset = 'https://w3id.org/osce-kg/dataset';
    expect(Number(value(dataset, VOID + 'triples'))).toBe(stats.triples);
    const partitions = (kind: 'class' | 'property', count: string) =>
      Object.fromEntries(
        triples
          .filter((q) => q.subject.value === dataset && q.predicate.value === `${VOID}${kind}Partition`)
          .map((q) => [value(q.object.value, VOID + kind), Number(value(q.object.value, VOID + count))]),
      );
    expect(partitions('class', 'entities')).toEqual(Object.fromEntries(stats.classes.map((c) => [c.iri, c.count])));
    expect(partitions('property', 'triples')).toEqual(
      Object.fromEntries(stats.predicates.map((c) => [c.iri, c.count])),
    );
    expect(value(dataset, VOID + 'sparqlEndpoint')).toBe(`${base}/sparql`);
  });

  it('GET /sparql without a query is the Service Description', async () => {
    const response = await fetch(`${base}/sparql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    const statements = rapperStatements(await response.text(), 'turtle');
    expect(
      statements.some((s) =>
        s.includes('<http://www.w3.org/ns/sparql-service-description#endpoint> <' + base + '/sparql>'),
      ),
    ).toBe(true);
    expect(
      statements.some((s) => s.endsWith('<http://www.w3.org/ns/sparql-service-description#SPARQL11Query> .')),
    ).toBe(true);
  });

  it('a query at /sparql is still answered by the endpoint', async () => {
    const response = await fetch(`${base}/sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`);
    expect(await response.json()).toEqual({ head: {}, boolean: true });
  });
});
