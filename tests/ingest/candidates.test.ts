// Candidate-statement rules beyond single cues: coordination, co-organisers, clauses, carried subjects, titles in
// lists.
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../src/ingest/candidates';
import { buildDictionary } from '../../src/ingest/dictionary';
import { ingestText } from '../../src/ingest/ingest';
import { mentionFinder } from '../../src/ingest/mentions';
import { smallGraph } from './small-graph';

const short = (c: { subject: string; predicate: string; object: string }) =>
  `${c.subject.split('/').pop()} ${c.predicate.split(/[#/]/).pop()} ${c.object.split('/').pop()}`;

describe('findCandidates: rules over several names', () => {
  it.each([
    [
      'coordinated subjects share the cue',
      'ODIHR and the UNODC work together with the ILO.',
      ['odihr partnersWith ilo', 'unodc partnersWith ilo'],
    ],
    [
      'a partner of the organiser organises the work too',
      'The Youth Programme was developed by ODIHR together with the ILO.',
      ['programme organizedBy odihr', 'odihr partnersWith ilo', 'programme organizedBy ilo'],
    ],
    [
      'organisers named together partner with each other',
      'The Youth Programme was organized by ODIHR and UNODC.',
      ['programme organizedBy odihr', 'programme organizedBy unodc', 'odihr partnersWith unodc'],
    ],
    ['a hyphenated organiser', 'the UN-facilitated Youth Programme', ['programme organizedBy un']],
    [
      'a time between the verb and "by"',
      'The Youth Programme was launched in July 2016 by ODIHR.',
      ['programme organizedBy odihr'],
    ],
    [
      '"one of the priorities of"',
      'Labour migration is one of the priorities of ODIHR.',
      ['odihr addresses theme-labour-migration'],
    ],
    [
      '"was addressed in"',
      'Human trafficking was already addressed in the Youth Programme.',
      ['programme addresses theme-trafficking'],
    ],
    ['one cue, two readings: an organisation supported', 'ODIHR supports UNODC.', ['odihr partnersWith unodc']],
    [
      'the head of "OSCE Office ..." is the subject',
      'The OSCE ODIHR is mandated to prevent human trafficking.',
      ['odihr subOrganizationOf osce', 'odihr addresses theme-trafficking'],
    ],
    [
      'names in parentheses before the cue stand for the name before them',
      'the Mediterranean Partners (Egypt and Jordan) focus on labour migration',
      ['egypt memberOf med', 'jordan memberOf med', 'med addresses theme-labour-migration'],
    ],
    [
      'each item of a list cites its own decision',
      '*Labour migration* (MC.DEC/2/05); *Human trafficking* (MC.DEC/9/10)',
      [
        'mc-dec-2-05 adoptedBy mc',
        'mc-dec-9-10 adoptedBy mc',
        'mc-dec-2-05 addresses theme-labour-migration',
        'mc-dec-9-10 addresses theme-trafficking',
      ],
    ],
    ['a cue does not reach into another item of a list', 'ODIHR trainings; courses on human trafficking', []],
    [
      'an opening clause is not coordinated with the subject',
      'In co-operation with UNODC, the ODIHR trains.',
      ['odihr partnersWith unodc'],
    ],
  ])('%s', async (_name, text, expected) => {
    const finder = mentionFinder(buildDictionary(await smallGraph()));
    expect(findCandidates({ start: 0, text }, finder.find(text)).map(short)).toEqual(expected);
  });
});

describe('ingestText: the subject carried to the next sentence', () => {
  it('"The Office" and "It" stand for the previous sentence\'s subject', async () => {
    const text =
      'ODIHR trains border officials.\n\nThe Office co-operates with UNODC. It also works on human trafficking.\n';
    const result = await ingestText({ text, fileName: 'carried.md', graph: await smallGraph() });
    expect(result.passages.map((p) => p.candidates.map(short))).toEqual([
      [],
      ['odihr partnersWith unodc'],
      ['odihr addresses theme-trafficking'],
    ]);
  });

  it('a sentence that does not refer back proposes nothing for the previous subject', async () => {
    const text = 'ODIHR trains border officials. Officials co-operate with UNODC.\n';
    const result = await ingestText({ text, fileName: 'plain.md', graph: await smallGraph() });
    expect(result.passages.flatMap((p) => p.candidates.map(short))).toEqual([]);
  });
});
