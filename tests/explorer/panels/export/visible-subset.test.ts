// Unit tests of the visible-only export: statements about visible nodes, plus the provenance that supports them.
import { describe, expect, it } from 'vitest';
import { Parser, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { visibleSubset } from '../../../../src/explorer/panels/export/visible-subset';

const data = new Parser({ format: 'application/trig', blankNodePrefix: 'b_' }).parse(`
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix sdg: <http://metadata.un.org/sdg/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
id:doc a okg:SourceDocument ; rdfs:label "Source" .
id:other-doc a okg:SourceDocument .
id:p1 a okg:Passage ; okg:quote "ODIHR serves 10.7." ; dcterms:isPartOf id:doc .
id:p2 a okg:Passage ; okg:quote "IOM works with ODIHR." ; dcterms:isPartOf id:doc .
id:p3 a okg:Passage ; okg:quote "Unrelated." ; dcterms:isPartOf id:other-doc .
id:odihr a okg:OSCEBody ; rdfs:label "ODIHR" .
id:iom a okg:Partner ; rdfs:label "IOM" .
_:anon rdfs:label "a blank node" .
id:p1 { id:odihr okg:contributesTo sdg:10.7 . }
id:p2 { id:iom okg:partnersWith id:odihr . }
id:p3 { id:iom rdfs:comment "hidden" . }
`) as Quad[];

function lines(quads: Quad[]): string[] {
  return new Writer({ format: 'N-Quads' }).quadsToString(quads).trim().split('\n').sort();
}

describe('visibleSubset', () => {
  it('keeps statements about visible nodes with their passages and source document, nothing else', () => {
    const out = visibleSubset(data, ['https://w3id.org/osce-kg/id/odihr', 'http://metadata.un.org/sdg/10.7']);
    const text = lines(out).join('\n');
    expect(text).toContain(
      '<https://w3id.org/osce-kg/id/odihr> <https://w3id.org/osce-kg/ontology#contributesTo> <http://metadata.un.org/sdg/10.7> <https://w3id.org/osce-kg/id/p1>',
    );
    expect(text).toContain('"ODIHR serves 10.7."');
    expect(text).toContain('<https://w3id.org/osce-kg/id/doc> <http://www.w3.org/2000/01/rdf-schema#label> "Source"');
    // IOM is not visible: its statements (and the passages only they need) stay out, even if they point at ODIHR
    expect(text).not.toContain('id/iom>');
    expect(text).not.toContain('IOM works with ODIHR');
    expect(text).not.toContain('other-doc');
    expect(out).toHaveLength(3 + 3 + 2); // odihr's statements, p1's description, doc's description
  });

  it('keeps blank-node subjects by their `_:` key', () => {
    const blank = data.find((q) => q.subject.termType === 'BlankNode');
    const out = visibleSubset(data, ['_:' + blank?.subject.value]);
    expect(out).toEqual([blank]);
  });

  it('returns every quad, in order, when every subject is visible', () => {
    const all = new Set(data.map((q) => (q.subject.termType === 'BlankNode' ? '_:' : '') + q.subject.value));
    expect(visibleSubset(data, all)).toEqual(data);
  });

  it('returns nothing when nothing is visible', () => {
    expect(visibleSubset(data, [])).toEqual([]);
  });
});
