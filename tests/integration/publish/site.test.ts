// `osce-kg site --out DIR`: the static publication is complete (every resource in every format, dumps, VoID, sitemap,
// explorer, redirect rules), every internal link and anchor resolves, and hostile data stays inert text.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli';
import { rapperStatements } from './rapper';
import { defined } from '../../helpers/defined';

let work: string;
let site: string;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/**
 * Checks every href/src of every HTML page that stays on the site: the file exists, and a #fragment names an id in it.
 */
function linkCheck(root: string): { broken: string[]; checked: number } {
  const broken: string[] = [];
  let checked = 0;
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set)
      ids.set(
        file,
        (set = new Set(
          [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map(([, id = '']) => id.replace(/&amp;/g, '&')),
        )),
      );
    return set;
  };
  for (const page of files(root).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(page, 'utf8');
    for (const [, raw = ''] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const link = raw.replace(/&amp;/g, '&');
      if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // absolute: http(s), data:, the IRIs themselves
      const [path = '', fragment] = link.split('#');
      const target = path === '' ? page : resolve(dirname(page), decodeURIComponent(path));
      checked++;
      const where = `${relative(root, page)} -> ${link}`;
      if (!target.startsWith(root)) broken.push(`${where} (outside the site)`);
      else if (!existsSync(target)) broken.push(`${where} (no such file)`);
      // The explorer's #sel=… is its state, not an anchor
      else if (
        fragment &&
        target.endsWith('.html') &&
        !fragment.startsWith('sel=') &&
        !idsOf(target).has(decodeURIComponent(fragment))
      )
        broken.push(`${where} (no such anchor)`);
    }
  }
  return { broken, checked };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'osce-kg-site-'));
  site = join(work, 'site');
  const run = await runCli([
    'site',
    '--out',
    site,
    '--site-url',
    'https://example.org/osce-kg/',
    '--static',
    join(ROOT, 'tests/integration/publish'),
    '--quiet',
  ]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the static site of the bundled graph', () => {
  it('has a page and four RDF files for every resource in the sitemap', () => {
    const sitemap = readFileSync(join(site, 'sitemap.xml'), 'utf8');
    const pages = [...sitemap.matchAll(/<loc>https:\/\/example\.org\/osce-kg\/(id\/[^<]+)\.html<\/loc>/g)]
      .map((m) => m[1])
      .filter((p) => p !== 'id/index');
    expect(pages.length).toBeGreaterThan(250);
    for (const page of pages)
      for (const ext of ['html', 'ttl', 'nt', 'jsonld', 'trig'])
        expect(existsSync(join(site, `${page}.${ext}`)), `${page}.${ext}`).toBe(true);
  });

  it('has no broken internal link or anchor', () => {
    const { broken, checked } = linkCheck(site);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
  });

  it('has the dumps, the VoID, the ontology, the explorer and the redirect rules', async () => {
    for (const file of [
      'data.nq',
      'data.trig',
      'data.ttl',
      'data.nt',
      'data.jsonld',
      'void.ttl',
      'void.html',
      '.well-known/void',
      'ontology.html',
      'ontology.ttl',
      'index.html',
      '404.html',
      '.htaccess',
      'w3id/.htaccess',
    ]) {
      expect(existsSync(join(site, file)), file).toBe(true);
    }
    const stats = JSON.parse((await runCli(['stats', '--format', 'json'])).stdout) as {
      triples: number;
      quads: number;
    };
    expect(rapperStatements(readFileSync(join(site, 'data.nq'), 'utf8'), 'nquads').length).toBe(stats.quads);
    const voidTriples = rapperStatements(readFileSync(join(site, 'void.ttl'), 'utf8'), 'turtle');
    expect(voidTriples).toContain(
      `<https://w3id.org/osce-kg/dataset> <http://rdfs.org/ns/void#triples> "${stats.triples}"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
    );
    expect(voidTriples).toContain(
      '<https://w3id.org/osce-kg/dataset> <http://rdfs.org/ns/void#dataDump> <https://example.org/osce-kg/data.nq> .',
    );
    const w3id = readFileSync(join(site, 'w3id/.htaccess'), 'utf8');
    expect(w3id).toContain(
      'RewriteCond %{HTTP_ACCEPT} text/turtle\nRewriteRule ^id/([A-Za-z0-9][A-Za-z0-9._~-]*)$ https://example.org/osce-kg/id/$1.ttl [R=303,L]',
    );
    expect(w3id).toContain('RewriteRule ^ontology$ https://example.org/osce-kg/ontology.html [R=303,L]');
  });

  it('has a page for each SDG goal and target the graph uses, linked from the pages of what serves it', () => {
    const sitemap = readFileSync(join(site, 'sitemap.xml'), 'utf8');
    for (const code of ['10', '10.7', '8.8', '16.9']) {
      expect(existsSync(join(site, `sdg/${code}.html`)), code).toBe(true);
      expect(sitemap).toContain(`<loc>https://example.org/osce-kg/sdg/${code}.html</loc>`);
    }
    expect(readFileSync(join(site, 'id/odihr.html'), 'utf8')).toContain('href="../sdg/10.7.html"');
    expect(readFileSync(join(site, 'id/index.html'), 'utf8')).toContain('href="../sdg/10.7.html"');
  });

  it('pages share one stylesheet; only 404.html, served at any path, carries its own', () => {
    const css = readFileSync(join(site, 'pages.css'), 'utf8');
    expect(css).toContain('blockquote {');
    const pages = files(site).filter((f) => f.endsWith('.html') && !f.endsWith(`${site}/index.html`));
    const inline = pages.filter((f) => readFileSync(f, 'utf8').includes('<style>')).map((f) => relative(site, f));
    expect(inline).toEqual(['404.html']);
    expect(readFileSync(join(site, 'id/odihr.html'), 'utf8')).toContain('<link rel="stylesheet" href="../pages.css">');
    expect(readFileSync(join(site, 'void.html'), 'utf8')).toContain('<link rel="stylesheet" href="pages.css">');
  });

  it('every Turtle, N-Triples and TriG file of a resource parses with rapper', () => {
    const sample = readdirSync(join(site, 'id')).filter((f) =>
      /^(odihr|iom|passage-a-osce|theme-human-trafficking)\./.test(f),
    );
    expect(sample.length).toBe(20);
    for (const file of sample) {
      const syntaxes: Record<string, 'turtle' | 'ntriples' | 'trig'> = { ttl: 'turtle', nt: 'ntriples', trig: 'trig' };
      const syntax = syntaxes[file.split('.').pop() ?? ''];
      if (syntax)
        expect(rapperStatements(readFileSync(join(site, 'id', file), 'utf8'), syntax).length, file).toBeGreaterThan(5);
    }
  });
});

describe('hostile data', () => {
  it('labels and quotes with markup stay text, javascript: IRIs never become links, odd names get no page', async () => {
    const data = join(work, 'hostile.trig');
    writeFileSync(
      data,
      `@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
id:evil a okg:OSCEBody ; rdfs:label "<script>alert(1)</script>\\" onmouseover=\\"x"@en ; owl:sameAs <javascript:alert(1)> .
<https://w3id.org/osce-kg/id/..%2Fetc> rdfs:label "dot dot" ; okg:partnersWith id:evil .
id:p1 a okg:Passage ; okg:quote "</blockquote><img src=x onerror=alert(2)>" .
id:p1 { id:evil okg:partnersWith id:friend . }
`,
    );
    const out = join(work, 'hostile-site');
    const run = await runCli(['site', '--out', out, '--no-explorer', '--quiet', data]);
    expect(run.code).toBe(0);
    const html = readFileSync(join(out, 'id/evil.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x');
    expect(html).toContain('&lt;/blockquote&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).not.toMatch(/<script>alert|<img|href="javascript:/i);
    expect(readdirSync(join(out, 'id')).some((f) => f.includes('etc'))).toBe(false);
    const schema = defined(
      /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1],
      'a JSON-LD script',
    );
    expect(schema).not.toContain('<');
    expect((JSON.parse(schema) as { name: string }).name).toBe('<script>alert(1)</script>" onmouseover="x');
  });
});
