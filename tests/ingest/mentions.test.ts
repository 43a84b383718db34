// Mentions: names with word boundaries and spelling variants, acronyms, decision and SDG patterns, new organisations,
// dates.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDictionary, type EntityDictionary } from '../../src/ingest/dictionary';
import { findDates } from '../../src/ingest/dates';
import { keepLongest, mentionFinder } from '../../src/ingest/mentions';
import { findNewOrganizations } from '../../src/ingest/organizations';
import { smallGraph } from './small-graph';

const ID = 'https://w3id.org/osce-kg/id/';
let dictionary: EntityDictionary;
beforeAll(async () => {
  dictionary = buildDictionary(await smallGraph());
});

const find = (text: string) => {
  const known = mentionFinder(dictionary).find(text);
  return keepLongest([...known, ...findNewOrganizations(text, known)]);
};
const shown = (text: string) =>
  find(text)
    .filter((m) => !m.nested)
    .map(
      (m) =>
        `${m.surface}=${m.iris.map((i) => i.replace(ID, '').replace('http://metadata.un.org/sdg/', 'sdg:')).join('+')}`,
    );

describe('mentions', () => {
  it.each([
    ['acronym with word boundaries', 'The UNODC and the UN met.', ['UNODC=unodc', 'UN=un']],
    ['no match inside a word', 'UNESCO and OSCEland are unknown.', []],
    ['acronyms are case-sensitive', 'the osce and Un met', []],
    ['en-US spelling of an en-GB label', 'labor migration rose', ['labor migration=theme-labour-migration']],
    [
      'en-GB spelling of an en-US label (co-operation/cooperation)',
      'the Organization for Security and Cooperation in Europe',
      ['Organization for Security and Cooperation in Europe=osce'],
    ],
    ['organisation/organization', 'the International Labour Organisation', ['International Labour Organisation=ilo']],
    ['programme/program', 'the Youth Program started', ['Youth Program=programme']],
    ['plural of a lowercase concept', 'against human traffickings', ['human traffickings=theme-trafficking']],
    [
      'longest name wins',
      'the United Nations Office on Drugs and Crime',
      ['United Nations Office on Drugs and Crime=unodc'],
    ],
    [
      'decision identifier',
      'under MC.DEC/2/05 and MC. DEC/2/05',
      ['MC.DEC/2/05=mc-dec-2-05', 'MC. DEC/2/05=mc-dec-2-05'],
    ],
    ['decision by council and number', 'MC Decision No. 2/05 on Migration', ['MC Decision No. 2/05=mc-dec-2-05']],
    ['unknown decision is new', 'PC.DEC/1107 applies', ['PC.DEC/1107=pc-dec-1107']],
    [
      'SDG notations',
      'SDG 8.7, Goal 8 and targets 8.7 and 10.7',
      ['SDG 8.7=sdg:8.7', 'Goal 8=sdg:8', 'targets 8.7=sdg:8.7', '10.7=sdg:10.7'],
    ],
    [
      'new organisation with its acronym, then the acronym',
      'the International Centre for Migration Policy Development (ICMPD) works. ICMPD helps.',
      [
        'International Centre for Migration Policy Development=international-centre-for-migration-policy-development',
        'ICMPD=international-centre-for-migration-policy-development',
        'ICMPD=international-centre-for-migration-policy-development',
      ],
    ],
    [
      'new organisation by keyword',
      'The Ministry of Interior of Ruritania signed.',
      ['Ministry of Interior of Ruritania=ministry-of-interior-of-ruritania'],
    ],
    [
      'a concept inside a capitalised name is no mention',
      'the Labour Migration Academy opened',
      ['Labour Migration Academy=labour-migration-academy'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(shown(text)).toEqual(expected);
  });

  it('a known name inside a longer one is kept as nested', () => {
    const nested = find('MC Decision No. 2/05 applies').filter((m) => m.nested);
    expect(nested.map((m) => m.iris)).toEqual([[`${ID}mc`]]);
  });

  it('unknown decisions and organisations are marked new', () => {
    const found = find('PC.DEC/1107 and the Ministry of Interior of Ruritania');
    expect(found.every((m) => m.isNew)).toBe(true);
  });
});

describe('findDates', () => {
  it.each([
    ['New York, 16-17 February 2017', ['2017-02-16 date']],
    ['on September 19, 2016 and in July 2016', ['2016-09-19 date', '2016-07 gYearMonth']],
    ['in 2016 and 2017, not MC.DEC/2/05 or 2/2016', ['2016 gYear', '2017 gYear']],
    ['on 45 May 2017', ['2017-05 gYearMonth']],
  ])('%s', (text, expected) => {
    expect(findDates(text).map((d) => `${d.value} ${d.datatype}`)).toEqual(expected);
  });
});
