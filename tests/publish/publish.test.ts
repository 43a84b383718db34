// The publishing layer without a server: page names, escaping, descriptions with provenance, JSON-LD, VoID, source
// text.
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import jsonld from 'jsonld';
import { BadPageNameError, pageNameOf, parsePagePath } from '../../src/publish/names';
import { esc, scriptJson } from '../../src/publish/html';
import { describeResource, indexDataset } from '../../src/publish/dataset-index';
import { writeJsonLd } from '../../src/publish/jsonld-writer';
import { createPublication } from '../../src/publish/publication';
import { datasetStats } from '../../src/kg/stats';
import { PREFIXES } from '../../src/rdf/vocab';
import { quadKey } from '../../src/rdf/term-key';
import { siteHtaccess, w3idHtaccess } from '../../src/publish/redirects';

const ID = 'https://w3id.org/osce-kg/id/';
const DATA = `@prefix id: <${ID}> .
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
id:doc a okg:SourceDocument ; rdfs:label "The document"@en .
id:p1 a okg:Passage ; dcterms:isPartOf id:doc ; okg:quote "ODIHR works with IOM." .
id:p2 a okg:Passage ; dcterms:isPartOf id:doc ; okg:quote "works with IOM" .
id:p1 { id:odihr a okg:OSCEBody ; rdfs:label "Office <b>for</b> Rights"@en ; skos:altLabel "ODIHR"@en ; okg:partnersWith id:iom . }
id:p2 { id:odihr okg:partnersWith id:iom . id:iom rdfs:label "IOM"@en ; rdfs:label "OIM"@fr ; owl:sameAs <http://www.wikidata.org/entity/Q206311> , <javascript:alert(1)> . }
id:other { id:x rdfs:label "unrelated" . }
id:cur <http://www.w3.org/ns/prov#wasAttributedTo> id:curators .
id:curators rdfs:label "The curators"@en .
id:cur { id:iom owl:sameAs <http://www.wikidata.org/entity/Q206311> . }
`;
const quads = new Parser({ format: 'application/trig' }).parse(DATA);

describe('page names', () => {
  it('reads a name and an optional format suffix', () => {
    expect(parsePagePath('odihr')).toEqual({ name: 'odihr', format: undefined });
    expect(parsePagePath('odihr.ttl')).toEqual({ name: 'odihr', format: 'ttl' });
    expect(parsePagePath('mc.dec.3')).toEqual({ name: 'mc.dec.3', format: undefined });
  });

  it.each([
    '',
    '..',
    '.',
    '..%2Fetc',
    '%2e%2e%2fx',
    'a%2fb',
    'a%5cb',
    'a%00b',
    'a%0d%0ab',
    '%ff',
    '.hidden',
    'a b',
    '<script>',
    'x'.repeat(300),
  ])('refuses %j', (tail) => {
    expect(() => parsePagePath(tail)).toThrow(BadPageNameError);
  });

  it('gives a page only to IRIs under id/ with a plain name', () => {
    expect(pageNameOf(`${ID}odihr`)).toBe('odihr');
    expect(pageNameOf(`${ID}..%2Fetc`)).toBeUndefined();
    expect(pageNameOf(`${ID}a/b`)).toBeUndefined();
    expect(pageNameOf('http://example.org/odihr')).toBeUndefined();
  });
});

describe('escaping', () => {
  it('escapes text and attributes, and JSON in a script block cannot close it', () => {
    expect(esc(`<script>"'&`)).toBe('&lt;script&gt;&quot;&#39;&amp;');
    const json = scriptJson({ name: '</script><script>alert(1)</script>', line: '\u2028' });
    expect(json).not.toMatch(/[<>]/);
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>', line: '\u2028' });
  });
});

describe('descriptions', () => {
  const index = indexDataset(quads);

  it('holds the statements in and out with the passages that back them, and nothing unrelated', () => {
    const description = describeResource(index, `${ID}iom`);
    const subjects = new Set(description.map((q) => q.subject.value));
    expect(subjects).toEqual(new Set([`${ID}iom`, `${ID}odihr`, `${ID}p1`, `${ID}p2`, `${ID}cur`]));
    // ODIHR → IOM is backed by both passages: two quads, one per graph
    expect(
      description
        .filter((q) => q.predicate.value.endsWith('partnersWith'))
        .map((q) => q.graph.value)
        .sort(),
    ).toEqual([`${ID}p1`, `${ID}p2`]);
    expect(description.some((q) => q.subject.value === `${ID}x`)).toBe(false);
  });

  it('of a passage holds the statements of its graph', () => {
    const description = describeResource(index, `${ID}p1`);
    expect(description.filter((q) => q.graph.value === `${ID}p1`)).toHaveLength(4);
  });

  it('JSON-LD reads back (jsonld.js) to exactly the quads written, graphs included', async () => {
    const description = describeResource(index, `${ID}iom`);
    const text = writeJsonLd(description, PREFIXES);
    const back = new Parser({ format: 'application/n-quads' }).parse(
      (await jsonld.toRDF(JSON.parse(text) as object, { format: 'application/n-quads' })) as unknown as string,
    );
    expect(new Set(back.map(quadKey))).toEqual(new Set(description.map(quadKey)));
  });
});

describe('pages', () => {
  const publication = createPublication(quads, {
    sourceText: (iri) => (iri === `${ID}doc` ? 'Intro. ODIHR works with IOM. End.' : undefined),
  });

  it('lists every resource under id/ and none outside', () => {
    expect(publication.pages.map((p) => p.name)).toEqual([
      'cur',
      'curators',
      'doc',
      'iom',
      'odihr',
      'other',
      'p1',
      'p2',
      'x',
    ]);
    expect(publication.iriOf('odihr')).toBe(`${ID}odihr`);
    expect(publication.iriOf('nobody')).toBeUndefined();
    expect(publication.iriOf('../etc')).toBeUndefined();
  });

  it('escapes labels, links only to safe IRIs, links quotes to the sentence in the source', () => {
    const html = publication.entityHtml(`${ID}odihr`);
    expect(html).toContain('<h1>Office &lt;b&gt;for&lt;/b&gt; Rights</h1>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<blockquote>ODIHR works with IOM.</blockquote>');
    expect(html).toContain('href="../id/doc.html#p1"');
    const iom = publication.entityHtml(`${ID}iom`);
    expect(iom).toContain('href="http://www.wikidata.org/entity/Q206311"');
    expect(iom).not.toContain('href="javascript:');
    expect(iom).toContain('<span lang="fr">OIM</span>');
    // A curators' graph, without a quote, names whom it is attributed to
    expect(iom).toContain('Graph <a href="../id/cur.html">cur</a> · by <a href="../id/curators.html">The curators</a>');
  });

  it('marks each passage in the source text; a passage inside another gets an anchor of its own', () => {
    const html = publication.entityHtml(`${ID}doc`);
    expect(html).toContain('<mark id="p1"><span id="p2"></span>ODIHR works with IOM.</mark>');
  });

  it('describes the dataset with the counts of datasetStats', async () => {
    const stats = datasetStats(quads);
    const ttl = await publication.voidRdf({ baseUrl: 'https://example.org/' }, 'nt');
    expect(ttl).toContain(
      `<https://w3id.org/osce-kg/dataset> <http://rdfs.org/ns/void#triples> "${stats.triples}"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
    );
    expect(ttl).not.toContain('sparqlEndpoint');
  });
});

describe('redirect rules', () => {
  it('send each RDF type to its file and everything else to the page', () => {
    const site = siteHtaccess();
    expect(site.indexOf('id/$1.ttl')).toBeLessThan(site.indexOf('id/$1.html'));
    const w3id = w3idHtaccess('https://example.org/kg');
    expect(w3id).toContain(
      'RewriteCond %{HTTP_ACCEPT} application/ld\\+json\nRewriteRule ^id/([A-Za-z0-9][A-Za-z0-9._~-]*)$ https://example.org/kg/id/$1.jsonld [R=303,L]',
    );
  });
});
