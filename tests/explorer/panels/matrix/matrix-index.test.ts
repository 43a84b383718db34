// Unit tests of the Matrix's one pass over the quads: types, the asked predicates' statements with their graphs, texts.
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { indexQuads, keysOfType } from '../../../../src/explorer/panels/matrix/matrix-index';
import { MATRIX_VARIANTS, OSCE_BODY } from '../../../../src/explorer/panels/matrix/matrix-variants';

const ID = 'https://w3id.org/osce-kg/id/';
const OKG = 'https://w3id.org/osce-kg/ontology#';
const quads = new Parser({ format: 'application/trig' }).parse(`
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
id:odihr a okg:OSCEBody ; skos:altLabel "ODIHR", "OSCE/ODIHR" .
id:p1 a okg:Passage ; okg:quote "A quote." .
id:c1 a okg:CurationGraph ; rdfs:comment "A rule." .
id:p1 { id:odihr okg:addresses id:theme . id:odihr okg:partnersWith id:iom . }
id:c1 { id:odihr okg:addresses id:theme . }
_:b okg:addresses id:theme .
`) as Quad[];

describe('indexQuads', () => {
  const index = indexQuads(quads, [OKG + 'addresses']);

  it("keeps the asked predicates' statements with every graph asserting them, blank subjects included", () => {
    expect([
      ...(index.links
        .get(OKG + 'addresses')
        ?.get(ID + 'odihr')
        ?.get(ID + 'theme') ?? []),
    ]).toEqual([ID + 'p1', ID + 'c1']);
    const blank = [...(index.links.get(OKG + 'addresses')?.keys() ?? [])].find((k) => k.startsWith('_:'));
    expect(blank).toBeDefined();
    // the default graph: no passage
    expect(
      index.links
        .get(OKG + 'addresses')
        ?.get(blank ?? '')
        ?.get(ID + 'theme')?.size,
    ).toBe(0);
    expect(index.links.has(OKG + 'partnersWith')).toBe(false);
  });

  it('reads types, quotes, curation comments and literals', () => {
    expect(keysOfType(index, OSCE_BODY)).toEqual(new Set([ID + 'odihr']));
    expect(index.quotes.get(ID + 'p1')).toBe('A quote.');
    expect(index.comments.get(ID + 'c1')).toBe('A rule.');
    expect(index.origins.originOf(ID + 'c1')).toBe('curation');
    expect(
      index.literals.get(ID + 'odihr')?.['http://www.w3.org/2004/02/skos/core#altLabel']?.map((l) => l.value),
    ).toEqual(['ODIHR', 'OSCE/ODIHR']);
  });
});

describe('MATRIX_VARIANTS', () => {
  it('codes targets by their SDG number and orders them the SDG way; themes by acronym or name', () => {
    const targets = MATRIX_VARIANTS.targets;
    expect(targets.code('http://metadata.un.org/sdg/10.7', {}, 'x')).toBe('10.7');
    expect(
      targets.code(
        'https://example.org/t',
        { 'http://www.w3.org/2004/02/skos/core#notation': [{ value: '16.9', language: '', datatype: '' }] },
        'x',
      ),
    ).toBe('16.9');
    expect(['10.a', '10.10', '8.8', '10.7'].sort(targets.compareCodes)).toEqual(['8.8', '10.7', '10.10', '10.a']);
    expect(targets.isColumn('http://metadata.un.org/sdg/17.18', new Set())).toBe(true);
    expect(targets.isColumn('http://metadata.un.org/sdg/17', new Set())).toBe(false);
    expect(MATRIX_VARIANTS.themes.code(ID + 'theme', {}, 'Labour migration')).toBe('Labour migration');
    expect(MATRIX_VARIANTS.themes.isColumn(ID + 'theme', new Set())).toBe(false);
  });
});
