// Ingestion end to end in memory: refused inputs, candidates by cue, the draft's shape, determinism, validation.
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../src/ingest/candidates';
import { buildDictionary } from '../../src/ingest/dictionary';
import { draftQuads, draftTrig } from '../../src/ingest/draft';
import { IngestInputError } from '../../src/ingest/errors';
import { ingestText } from '../../src/ingest/ingest';
import { mentionFinder } from '../../src/ingest/mentions';
import { decodeDocument, textSha256 } from '../../src/ingest/text-input';
import { checkCandidates } from '../../src/rdf/checks';
import { OKG_CANDIDATE } from '../../src/rdf/vocab';
import { smallGraph } from './small-graph';
import { defined } from '../helpers/defined';

const ID = 'https://w3id.org/osce-kg/id/';
const OKG = 'https://w3id.org/osce-kg/ontology#';
const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeDocument', () => {
  it.each([
    ['binary (NUL byte)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), 'binary', 'doc.zip:'],
    ['binary (control characters)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]), 'binary', 'doc.zip:1:3'],
    ['non-UTF-8 (Latin-1 é)', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]), 'encoding', 'doc.txt:1:4'],
    ['empty', bytes(' \n\t\n'), 'empty', 'doc.txt:'],
  ])('refuses %s input', (_name, input, reason, where) => {
    let error: unknown;
    try {
      decodeDocument(input, where.split(':')[0]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IngestInputError);
    expect((error as IngestInputError).reason).toBe(reason);
    expect((error as Error).message.startsWith(where)).toBe(true);
  });

  it('reads UTF-8 with a BOM and keeps the text', () => {
    expect(decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Café.')]))).toBe('Café.');
  });
});

describe('findCandidates', () => {
  it.each([
    ['organized by', 'The Youth Programme was organized by ODIHR.', [`programme organizedBy odihr`]],
    [
      'in partnership with',
      'ODIHR works in partnership with UNODC and the ILO.',
      ['odihr partnersWith unodc', 'odihr partnersWith ilo'],
    ],
    ['sentence opening with the cue', 'In co-operation with UNODC, the ODIHR trains.', ['odihr partnersWith unodc']],
    ['funded by', 'The Youth Programme, funded by the EU, ran.', ['programme fundedBy eu']],
    ['-funded', 'the EU-funded Youth Programme', ['programme fundedBy eu']],
    ['contributes to', 'The Youth Programme contributes to SDG 8.7.', ['programme contributesTo 8.7']],
    ['addresses', 'The Youth Programme addresses human trafficking.', ['programme addresses theme-trafficking']],
    ['a name inside another', 'MC Decision No. 2/05 was adopted.', ['mc-dec-2-05 adoptedBy mc']],
    ['no cue, no candidate', 'ODIHR and UNODC.', []],
    ['names side by side', 'The OSCE ODIHR trains.', ['odihr subOrganizationOf osce']],
    ['council in an identifier', 'See MC.DEC/2/05.', ['mc-dec-2-05 adoptedBy mc']],
    [
      'a decision cited with its theme',
      '*Labour migration* (MC.DEC/2/05)',
      ['mc-dec-2-05 adoptedBy mc', 'mc-dec-2-05 addresses theme-labour-migration'],
    ],
    ['region after "in"', 'ODIHR works in Central Asia.', ['odihr coversRegion central-asia']],
    [
      'countries listed after a group',
      'the Mediterranean Partners (Egypt and Jordan) met',
      ['egypt memberOf med', 'jordan memberOf med'],
    ],
  ])('%s', async (_name, text, expected) => {
    const finder = mentionFinder(buildDictionary(await smallGraph()));
    const candidates = findCandidates({ start: 0, text }, finder.find(text));
    expect(
      candidates.map(
        (c) => `${c.subject.split('/').pop()} ${c.predicate.split(/[#/]/).pop()} ${c.object.split('/').pop()}`,
      ),
    ).toEqual(expected);
  });
});

describe('ingestText and the draft', () => {
  const text =
    '# Youth work\n\nThe Youth Programme was organized by ODIHR in partnership with the International Centre for Migration Policy Development (ICMPD) in 2018.\n\nNothing here.\n';

  it('refuses a text already in the graph (same SHA-256)', async () => {
    const graph = await smallGraph();
    const known = new Map([[await textSha256(text), `${ID}source-old`]]);
    await expect(ingestText({ text, fileName: 'youth.md', graph, knownHashes: known })).rejects.toMatchObject({
      name: 'IngestInputError',
      reason: 'duplicate',
    });
  });

  it('drafts passages with quote, position, mentions and dates, and each candidate in a graph of its own', async () => {
    const result = await ingestText({ text, fileName: 'docs/youth.md', graph: await smallGraph() });
    expect(result.sourceId).toBe('youth');
    expect(result.passages.map((p) => p.index)).toEqual([2]);
    const quads = draftQuads(result);
    const passage = `${ID}passage-youth-002`;
    const objects = (s: string, p: string) =>
      quads
        .filter((q) => q.subject.value === s && q.predicate.value === p)
        .map((q) => q.object.value)
        .sort();
    const { sentence } = defined(result.passages[0], 'a passage');
    expect(objects(passage, `${OKG}quote`)).toEqual([sentence.text]);
    expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(objects(passage, `${OKG}mentions`)).toEqual([
      `${ID}international-centre-for-migration-policy-development`,
      `${ID}odihr`,
      `${ID}programme`,
    ]);
    expect(objects(passage, `${OKG}mentionsDate`)).toEqual(['2018']);
    expect(objects(`${ID}source-youth`, `${OKG}textFile`)).toEqual(['sources/youth.md']);
    expect(objects(`${ID}source-youth`, `${OKG}textSha256`)).toEqual([await textSha256(text)]);
    // Every statement outside the default graph sits in a graph marked as a candidate
    const candidates = new Set(quads.filter((q) => q.predicate.value === OKG_CANDIDATE).map((q) => q.subject.value));
    const named = quads.filter((q) => q.graph.termType !== 'DefaultGraph');
    expect(named.length).toBeGreaterThan(0);
    for (const q of named) expect(candidates.has(q.graph.value)).toBe(true);
    expect(
      named.some(
        (q) =>
          q.predicate.value === `${OKG}organizedBy` &&
          q.subject.value === `${ID}programme` &&
          q.object.value === `${ID}odihr`,
      ),
    ).toBe(true);
    expect(checkCandidates(quads).length).toBe(candidates.size);
  });

  it('gives positions in code points, as Web Annotation counts them', async () => {
    const astral = '𝐀𝐁 intro.\n\nODIHR met the ILO.\n';
    const result = await ingestText({ text: astral, fileName: 'astral.md', graph: await smallGraph() });
    const quads = draftQuads(result);
    const start = quads.find((q) => q.predicate.value === 'http://www.w3.org/ns/oa#start')!.object;
    expect(start.value).toBe(String([...astral.slice(0, astral.indexOf('ODIHR'))].length));
    expect((start as { datatype: { value: string } }).datatype.value).toBe('http://www.w3.org/2001/XMLSchema#integer');
  });

  it('is deterministic: the same text gives the same TriG', async () => {
    const graph = await smallGraph();
    const a = await draftTrig(await ingestText({ text, fileName: 'youth.md', graph }));
    const b = await draftTrig(await ingestText({ text, fileName: 'youth.md', graph: [...graph].reverse() }));
    expect(a).toBe(b);
  });

  it('refuses a malformed --source-id', async () => {
    await expect(ingestText({ text, fileName: 'youth.md', sourceId: 'Bad Id', graph: [] })).rejects.toMatchObject({
      reason: 'source-id',
    });
  });
});
