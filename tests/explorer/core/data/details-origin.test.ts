// Details shows each statement's origin: a source quote, a reference quote, or a curation rule (never as a quote).
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { describeNode } from '../../../../src/explorer/core/data/details-model';
import { buildEntityGraph } from '../../../../src/explorer/core/data/entity-graph';
import { buildProvenanceIndex } from '../../../../src/explorer/core/data/provenance';
import { defined } from '../../../helpers/defined';

const TRIG = `@prefix okg: <https://w3id.org/osce-kg/ontology#> . @prefix id: <https://w3id.org/osce-kg/id/> .
@prefix dcterms: <http://purl.org/dc/terms/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix sdg: <http://metadata.un.org/sdg/> .
@prefix sdgo: <http://metadata.un.org/sdg/ontology#> .
id:doc a okg:SourceDocument . id:facts a okg:SourceDocument , okg:ReferenceDocument .
id:p1 a okg:Passage ; dcterms:isPartOf id:doc ; okg:quote "ODIHR works with IOM" .
id:r1 a okg:Passage ; dcterms:isPartOf id:facts ; okg:quote "Target 10.7 of Goal 10" .
id:c1 a okg:CurationGraph ; rdfs:comment "Item B1's heading is the wording of target 10.7." .
id:p1 { id:odihr a okg:OSCEBody ; rdfs:label "ODIHR" ; okg:partnersWith id:iom . id:iom a okg:Partner ; rdfs:label "IOM" }
id:r1 { sdg:10.7 a sdgo:Target ; rdfs:label "Facilitate migration" ; skos:broader sdg:10 . sdg:10 a sdgo:Goal ; rdfs:label "Goal 10" }
id:c1 { id:odihr okg:contributesTo sdg:10.7 ; okg:curationNote "A note."@en }`;

const quads = new Parser({ format: 'application/trig' }).parse(TRIG);
const { graph, predicateLabels } = buildEntityGraph(quads);
const details = describeNode(graph, 'https://w3id.org/osce-kg/id/odihr', buildProvenanceIndex(quads), predicateLabels)!;
const evidence = (predicateEnd: string) =>
  defined(details.relations.find((g) => g.predicate.endsWith(predicateEnd))?.items[0], `a ${predicateEnd} item`)
    .passages;

describe('the origin of each statement in Details', () => {
  it("a source statement carries its passage's quote, marked as the source's", () => {
    expect(evidence('partnersWith')).toEqual([
      expect.objectContaining({ quote: 'ODIHR works with IOM', origin: 'source' }),
    ]);
  });

  it("a curation statement carries the curation graph's rule, and no quote", () => {
    expect(evidence('contributesTo')).toEqual([
      expect.objectContaining({
        origin: 'curation',
        quote: '',
        rule: "Item B1's heading is the wording of target 10.7.",
      }),
    ]);
  });

  it("a reference statement is marked as the reference's", () => {
    const target = describeNode(
      graph,
      'http://metadata.un.org/sdg/10.7',
      buildProvenanceIndex(quads),
      predicateLabels,
    )!;
    const broader = defined(
      target.relations.find((g) => g.predicate.endsWith('broader'))?.items[0],
      'a broader item',
    ).passages;
    expect(broader).toEqual([expect.objectContaining({ quote: 'Target 10.7 of Goal 10', origin: 'reference' })]);
  });

  it("the curator's note stays a note, apart from the evidence", () => {
    expect(details.curationNotes).toEqual(['A note.']);
    expect(
      details.relations.flatMap((g) => g.items.flatMap((i) => i.passages)).some((p) => p.quote.includes('A note')),
    ).toBe(false);
  });
});
