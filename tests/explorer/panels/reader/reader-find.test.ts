// The Read panel's choices: the sentences of a node, of a statement (an edge chosen on the graph), of a passage's span.
import { describe, expect, it } from 'vitest';
import {
  sentencesOfNode,
  sentencesOfSpan,
  sentencesOfStatement,
  statementLine,
} from '../../../../src/explorer/panels/reader/reader-find';
import { buildReaderModel } from '../../../../src/explorer/panels/reader/reader-model';
import { parseRdf } from '../../../../src/rdf/parse';

const ID = 'https://w3id.org/osce-kg/id/';
const OKG = 'https://w3id.org/osce-kg/ontology#';
const TEXT = 'ODIHR works with UNODC. ODIHR trains officials. UNODC funds it. ODIHR works with UNODC again.';
const TRIG = `@prefix okg: <${OKG}> . @prefix id: <${ID}> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix dcterms: <http://purl.org/dc/terms/> .
id:doc a okg:SourceDocument .
id:p1 a okg:Passage ; dcterms:isPartOf id:doc ; okg:quote "ODIHR works with UNODC." .
id:p3 a okg:Passage ; dcterms:isPartOf id:doc ; okg:quote "UNODC funds it." .
id:p4 a okg:Passage ; dcterms:isPartOf id:doc ; okg:quote "ODIHR works with UNODC again." .
id:p1 { id:odihr a okg:OSCEBody ; rdfs:label "ODIHR"@en ; okg:partnersWith id:unodc . id:unodc a okg:Partner ; rdfs:label "UNODC"@en . }
id:p3 { id:odihr okg:fundedBy id:unodc ; rdfs:comment "a literal" . }
id:p4 { id:odihr okg:partnersWith id:unodc . }`;

async function model() {
  return buildReaderModel(await parseRdf(TRIG, { format: 'trig' }), `${ID}doc`, TEXT, () => true);
}

describe('reader-find', () => {
  it('finds every sentence that supports a statement, and none for a statement only another predicate links', async () => {
    const m = await model();
    expect(
      sentencesOfStatement(m, { subject: `${ID}odihr`, predicate: `${OKG}partnersWith`, object: `${ID}unodc` }),
    ).toEqual([0, 3]);
    expect(
      sentencesOfStatement(m, { subject: `${ID}odihr`, predicate: `${OKG}fundedBy`, object: `${ID}unodc` }),
    ).toEqual([2]);
    expect(
      sentencesOfStatement(m, { subject: `${ID}unodc`, predicate: `${OKG}partnersWith`, object: `${ID}odihr` }),
    ).toEqual([]);
  });

  it('finds the sentences of a node (statements or a mention) and of a span of the text', async () => {
    const m = await model();
    expect(sentencesOfNode(m, `${ID}odihr`)).toEqual([0, 1, 2, 3]);
    expect(sentencesOfNode(m, `${ID}nobody`)).toEqual([]);
    const start = TEXT.indexOf('trains');
    expect(sentencesOfSpan(m, { start, end: TEXT.indexOf('funds') })).toEqual([1, 2]);
  });

  it('writes a statement as a line, a literal in quotes', async () => {
    const m = await model();
    const label = (iri: string) => iri.replace(ID, '').toUpperCase();
    const predicate = (iri: string) => iri.replace(/.*[#/]/, '');
    expect(m.sentences[2]!.statements.map((s) => statementLine(s, label, predicate))).toEqual([
      'ODIHR — fundedBy — UNODC',
      'ODIHR — comment — “a literal”',
    ]);
  });
});
