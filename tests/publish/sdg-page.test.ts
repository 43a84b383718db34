// The pages of the UN's SDG goals and targets the graph uses: their paths, what serves them with the quotes that say
// so, links from entity pages, and escaping.
import { describe, expect, it } from 'vitest';
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { createPublication } from '../../src/publish/publication';
import { BadPageNameError, parseSdgPath, sdgCodeOf } from '../../src/publish/names';

const DATA = `@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix sdg: <http://metadata.un.org/sdg/> .
@prefix sdgo: <http://metadata.un.org/sdg/ontology#> .
id:ref a okg:ReferenceDocument ; rdfs:label "Reference"@en .
id:p-target a okg:Passage ; dcterms:isPartOf id:ref ; okg:quote "Target 10.7: Facilitate <safe> migration." .
id:p-target { sdg:10.7 a sdgo:Target ; rdfs:label "Facilitate <safe> migration"@en ; skos:notation "10.7" ; skos:broader sdg:10 . }
sdg:10 a sdgo:Goal ; rdfs:label "Reduce inequality"@en ; skos:notation "10" .
id:p-heading a okg:Passage ; dcterms:isPartOf id:ref ; okg:quote "Orderly migration through <b>policies</b>" .
id:cur a okg:CurationGraph ; rdfs:label "Curation: targets"@en ; prov:wasAttributedTo id:curators ; prov:wasDerivedFrom id:p-heading .
id:curators rdfs:label "The curators"@en .
id:odihr a okg:OSCEBody ; rdfs:label "ODIHR"@en .
id:training a okg:Activity ; rdfs:label "<script>alert(1)</script> training"@en .
id:cur { id:odihr okg:contributesTo sdg:10.7 . id:training okg:contributesTo sdg:10.7 . }
`;
const quads = new Parser({ format: 'application/trig' }).parse(DATA) as Quad[];

describe('SDG page paths', () => {
  it('reads goal and target codes from the UN IRIs and from paths, nothing else', () => {
    expect(sdgCodeOf('http://metadata.un.org/sdg/10.7')).toBe('10.7');
    expect(sdgCodeOf('http://metadata.un.org/sdg/4.b')).toBe('4.b');
    expect(sdgCodeOf('http://metadata.un.org/sdg/10')).toBe('10');
    for (const iri of [
      'http://metadata.un.org/sdg/ontology#Goal',
      'http://metadata.un.org/sdg/10.7/x',
      'https://w3id.org/osce-kg/id/10.7',
    ])
      expect(sdgCodeOf(iri)).toBeUndefined();
    expect(parseSdgPath('10.7')).toBe('10.7');
    expect(parseSdgPath('10.7.html')).toBe('10.7');
    for (const bad of ['..', '..%2f10', '10.7.ttl', '', 'x', '100', '10.7%00', '<script>'])
      expect(() => parseSdgPath(bad), bad).toThrow(BadPageNameError);
  });
});

describe('SDG pages', () => {
  const publication = createPublication(quads);

  it('has a page for each goal and target the graph uses, listed on the index', () => {
    expect(publication.sdgPages.map((p) => p.code)).toEqual(['10', '10.7']);
    expect(publication.sdgHtml('16.9')).toBeUndefined();
    expect(publication.resourceIndexHtml()).toContain(
      '<a href="../sdg/10.7.html">10.7</a>: Facilitate &lt;safe&gt; migration',
    );
  });

  it("a target's page quotes its text, lists what serves it under the graph that says so, with that graph's reasons", () => {
    const html = publication.sdgHtml('10.7')!;
    expect(html).toContain('<h1>SDG target 10.7</h1>');
    expect(html).toContain('<blockquote>Target 10.7: Facilitate &lt;safe&gt; migration.</blockquote>');
    expect(html).toContain('<a href="../sdg/10.html">Reduce inequality</a>');
    expect(html).toContain('href="http://metadata.un.org/sdg/10.7" rel="external"');
    expect(html).toContain('<blockquote>Orderly migration through &lt;b&gt;policies&lt;/b&gt;</blockquote>');
    expect(html).toContain('<a href="../id/odihr.html">ODIHR</a>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; training');
    expect(html).not.toMatch(/<script>alert|<b>policies/);
    expect(html).toMatch(/<h3>Activity \(1\)<\/h3>[\s\S]*<h3>OSCE body \(1\)<\/h3>/);
  });

  it("a goal's page lists its targets and what serves them", () => {
    const html = publication.sdgHtml('10')!;
    expect(html).toContain('<h1>SDG Goal 10</h1>');
    expect(html).toContain(
      '<a href="../sdg/10.7.html">10.7</a>: Facilitate &lt;safe&gt; migration <span class="kind">(served by 2)</span>',
    );
    expect(html).toContain('What serves its targets (2)');
  });

  it('entity pages link the targets they serve to these pages, and still to the UN', () => {
    const iri = publication.iriOf('odihr')!;
    const html = publication.entityHtml(iri);
    expect(html).toContain('<a href="../sdg/10.7.html">Facilitate &lt;safe&gt; migration</a>');
    expect(html).toContain('href="http://metadata.un.org/sdg/10.7" rel="external"');
  });
});
