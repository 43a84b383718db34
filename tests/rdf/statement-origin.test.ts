// Statement origins: a graph name says whether its statements are the source's, a public reference's or the curators'.
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { countByOrigin, statementOrigins } from '../../src/rdf/statement-origin';
import { datasetStats } from '../../src/kg/stats';

const TRIG = `@prefix okg: <https://w3id.org/osce-kg/ontology#> . @prefix id: <https://w3id.org/osce-kg/id/> .
@prefix dcterms: <http://purl.org/dc/terms/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
id:doc a okg:SourceDocument . id:facts a okg:SourceDocument , okg:ReferenceDocument .
id:p1 a okg:Passage ; dcterms:isPartOf id:doc ; okg:quote "ODIHR works with IOM" .
id:r1 a okg:Passage ; dcterms:isPartOf id:facts ; okg:quote "IOM is Q472311" .
id:c1 a okg:CurationGraph ; rdfs:comment "the rule" .
id:p1 { id:odihr okg:partnersWith id:iom . id:odihr rdfs:label "ODIHR" }
id:r1 { id:iom rdfs:label "International Organization for Migration" }
id:c1 { id:iom skos:exactMatch <http://www.wikidata.org/entity/Q472311> }
id:stray { id:iom rdfs:label "IOM" }`;
const quads = new Parser({ format: 'application/trig' }).parse(TRIG);
const ID = 'https://w3id.org/osce-kg/id/';

describe('statementOrigins', () => {
  const index = statementOrigins(quads);
  it.each([
    ['p1', 'source'],
    ['r1', 'reference'],
    ['c1', 'curation'],
    ['stray', 'unknown'],
    ['nowhere', 'unknown'],
  ])('graph %s holds %s statements', (graph, origin) => {
    expect(index.originOf(ID + graph)).toBe(origin);
  });

  it('the default graph holds descriptions, by term or by empty name', () => {
    const described = quads.find((q) => q.graph.termType === 'DefaultGraph')!;
    expect(index.originOf(described.graph)).toBe('description');
    expect(index.originOf('')).toBe('description');
  });

  it("a passage of a document not typed as a reference is the source's, even if it is typed later", () => {
    const withoutReference = quads.filter((q) => !q.object.value.endsWith('#ReferenceDocument'));
    expect(statementOrigins(withoutReference).originOf(ID + 'r1')).toBe('source');
  });
});

describe('countByOrigin and datasetStats', () => {
  it('counts quads by the origin of their graph', () => {
    const counts = countByOrigin(quads);
    expect(counts).toEqual({ source: 2, reference: 1, curation: 1, description: quads.length - 5, unknown: 1 });
    expect(datasetStats(quads).origins).toEqual(counts);
  });
});
