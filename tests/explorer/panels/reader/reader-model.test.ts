// The reader's model and markers: sentences with the statements they support, mentions of drawn nodes, markers that
// keep markdown's block and emphasis syntax intact.
import { describe, expect, it } from 'vitest';
import { decodeId, encodeId, insertMarkers } from '../../../../src/explorer/panels/reader/markers';
import { buildReaderModel } from '../../../../src/explorer/panels/reader/reader-model';
import { parseRdf } from '../../../../src/rdf/parse';
import { defined } from '../../../helpers/defined';

const ID = 'https://w3id.org/osce-kg/id/';
const TEXT = '## A. The mandate\n\nODIHR works with UNODC. Nothing is said here.\n\n- **ODIHR trains.**\n';
const TRIG = `@prefix okg: <https://w3id.org/osce-kg/ontology#> . @prefix id: <${ID}> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix dcterms: <http://purl.org/dc/terms/> .
id:doc a okg:SourceDocument . id:p1 a okg:Passage ; dcterms:isPartOf id:doc ; okg:quote "ODIHR works with UNODC." .
id:p1 { id:odihr a okg:OSCEBody ; rdfs:label "Office for Democratic Institutions and Human Rights"@en ; skos:altLabel "ODIHR"@en ; okg:partnersWith id:unodc .
  id:unodc a okg:Partner ; rdfs:label "UNODC"@en . }`;

describe('buildReaderModel', () => {
  it('pairs each sentence with the statements of the passages it overlaps, and finds mentions of drawn nodes', async () => {
    const quads = await parseRdf(TRIG, { format: 'trig' });
    const model = buildReaderModel(quads, `${ID}doc`, TEXT, (iri) => iri !== `${ID}unodc-hidden`);
    const sentences = model.sentences.map((s) => [TEXT.slice(s.start, s.end), s.statements.length]);
    expect(sentences).toEqual([
      ['## A. The mandate', 0],
      ['ODIHR works with UNODC.', 1],
      ['Nothing is said here.', 0],
      ['- **ODIHR trains.**', 0],
    ]);
    expect(model.sentences[1]?.statements[0]).toEqual({
      subject: `${ID}odihr`,
      predicate: 'https://w3id.org/osce-kg/ontology#partnersWith',
      object: `${ID}unodc`,
    });
    expect(model.mentions.map((m) => [TEXT.slice(m.start, m.end), m.iri.replace(ID, ''), m.sentence])).toEqual([
      ['ODIHR', 'odihr', 1],
      ['UNODC', 'unodc', 1],
      ['ODIHR', 'odihr', 3],
    ]);
    expect([...defined(model.sentences[1], 'sentence 2').entities].sort()).toEqual([`${ID}odihr`, `${ID}unodc`]);
  });

  it('leaves out mentions of entities that are not drawn', async () => {
    const quads = await parseRdf(TRIG, { format: 'trig' });
    const model = buildReaderModel(quads, `${ID}doc`, TEXT, (iri) => iri === `${ID}odihr`);
    expect(model.mentions.every((m) => m.iri === `${ID}odihr`)).toBe(true);
  });
});

describe('insertMarkers', () => {
  it('puts markers after block syntax and inside emphasis, and removing them gives the text back', async () => {
    const quads = await parseRdf(TRIG, { format: 'trig' });
    const model = buildReaderModel(quads, `${ID}doc`, TEXT, () => true);
    const marked = insertMarkers(model);
    expect(marked.replace(/[\uE000-\uE01F]/g, '')).toBe(TEXT);
    expect(marked).toMatch(/^## \uE000/);
    expect(marked).toMatch(/\n- \*\*\uE000/);
    expect(marked).toMatch(/\uE002\*\*\n$/);
  });

  it.each([0, 1, 15, 16, 255, 4096])('encodes id %i in private-use digits and back', (n) => {
    expect(encodeId(n)).toMatch(/^[\uE010-\uE01F]+$/);
    expect(decodeId(encodeId(n))).toBe(n);
  });
});
