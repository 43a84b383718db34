// The cue phrases that link two mentions of a sentence ("organized by", "in co-operation with", ...) and where they
// occur.
import { NAMED_ENTITY_KINDS, type EntityKind } from '../kg/kinds';
import type { Mention } from './mentions';

export type Side = 'before' | 'after';

export interface Cue {
  pattern: RegExp;
  /** Local name of an `okg:` predicate. */
  predicate: string;
  /** Where the statement's subject is written, relative to the cue (objects are on the other side). */
  subject: Side;
  /** Kinds the objects may have. */
  objects: readonly EntityKind[];
  /** Kinds the subject may have; default: any kind the objects may not have. */
  subjects?: readonly EntityKind[];
}

export interface CueHit {
  start: number;
  end: number;
  cue: Cue;
  text: string;
}

export const ORGS: readonly EntityKind[] = ['body', 'partner', 'country', 'region'];
export const ORGANIZATIONS: readonly EntityKind[] = ['body', 'partner'];
/** Who can act (organise, partner, support): organisations and countries, not regions. */
export const ACTORS: readonly EntityKind[] = ['body', 'partner', 'country'];
export const WORKS: readonly EntityKind[] = ['activity', 'event', 'publication'];
export const ANY: readonly EntityKind[] = NAMED_ENTITY_KINDS;
const DOERS: readonly EntityKind[] = [...ACTORS, ...WORKS, 'decision', 'framework'];
/**
 * Who can organise or take part: actors, and posts and people ("issued by the Chair", "the Secretary General
 * attended").
 */
const PEOPLE_TOO: readonly EntityKind[] = [...ACTORS, 'post', 'agent'];

const w = (alternatives: string) => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'giu');

/**
 * Passive verbs of making a work; "was issued in July 2016 by X" allows a short time or place between verb and "by".
 */
const MADE =
  'co-?organi[sz]ed|organi[sz]ed|hosted|convened|led|implemented|conducted|carried out|run|held|published|produced|issued|prepared|developed|facilitated|co-?ordinated|launched|delivered';

/**
 * Each cue names one predicate of the ontology. A span matched by an earlier cue is not matched again by a later,
 * shorter one; two cues with the same span both apply ("supports" a framework, or an organisation).
 */
export const CUES: readonly Cue[] = [
  {
    pattern: w(
      '(?:co-?)?funded by|financed by|sponsored by|with (?:the )?(?:generous )?(?:financial )?(?:support|contributions?) (?:of|from)|with funding from|(?:thanks to|through) (?:the )?(?:financial |extra-budgetary )?(?:support|contributions?|funding|grants?) (?:of|from)|grants? from',
    ),
    predicate: 'fundedBy',
    subject: 'before',
    objects: ORGS,
  },
  { pattern: /-(?:funded|financed|sponsored)(?![\p{L}])/giu, predicate: 'fundedBy', subject: 'after', objects: ORGS },
  {
    pattern: /-(?:facilitated|led|organi[sz]ed|hosted|run|backed|supported)(?![\p{L}])/giu,
    predicate: 'organizedBy',
    subject: 'after',
    objects: ACTORS,
    subjects: [...ORGANIZATIONS, ...WORKS],
  },
  {
    pattern: w(`(?:${MADE})(?: (?:in|on|at|during) [^,;.()]{1,30}?)? by`),
    predicate: 'organizedBy',
    subject: 'before',
    objects: PEOPLE_TOO,
  },
  {
    pattern: w(
      'co-?organi[sz]e[sd]?|organi[sz]e[sd]?|organi[sz]ing|hosts?|hosted|convene[sd]?|publishe[sd]|issue[sd]|launche[sd]|implement(?:s|ed)?|carr(?:y|ies|ied) out|conduct(?:s|ed)?|held|holds?|produc(?:e|es|ed|ing)|develop(?:s|ed|ing)?|prepar(?:e|es|ed|ing)',
    ),
    predicate: 'organizedBy',
    subject: 'after',
    objects: ACTORS,
    subjects: WORKS,
  },
  {
    pattern: w(
      'in (?:close )?partnership with|in (?:close )?co-?operation with|in (?:close )?collaboration with|in (?:close )?co-?ordination with|in conjunction with|together with|jointly with|alongside|with the (?:help|assistance) of|(?:co-?operat|collaborat|partner)(?:es|ed|ing|s|ion|e)? with|(?:co-?ordinate|consult)s? (?:and (?:co-?ordinate|consult) )?with|work(?:s|ed|ing)? (?:closely )?with|joined forces with|co-?organi[sz]ed with',
    ),
    predicate: 'partnersWith',
    subject: 'before',
    objects: ORGS,
    subjects: ACTORS,
  },
  {
    pattern: w(
      'contribut(?:es|e|ed|ing|ion) to(?: the achievement of)?|in support of|towards achieving|serv(?:es|e|ing) (?:SDG )?',
    ),
    predicate: 'contributesTo',
    subject: 'before',
    objects: ['goal', 'target'],
  },
  {
    pattern: w('mandated by|tasked by|pursuant to|in line with|based on|as set out in|under'),
    predicate: 'mandatedBy',
    subject: 'before',
    objects: ['decision'],
  },
  {
    pattern: w(
      '(?:is|are|was|were|has been|have been) (?:already |also |first |specifically )?(?:addressed|covered|dealt with|tackled|recogni[sz]ed) (?:in|by)',
    ),
    predicate: 'addresses',
    subject: 'after',
    objects: ['theme'],
  },
  {
    pattern: w(
      '(?:one of )?(?:the )?(?:key |main |core |top )?(?:priorit(?:y|ies)|focus|mandates?)(?: and activities)? of',
    ),
    predicate: 'addresses',
    subject: 'after',
    objects: ['theme'],
    subjects: DOERS,
  },
  {
    pattern: w(
      'address(?:es|ed|ing)?|tackl(?:es|ed|ing|e)|focus(?:es|ed|ing)? on|combat(?:t?ing|s)?|on|in the field of|in the area of|dedicated to|aim(?:s|ed|ing)? at',
    ),
    predicate: 'addresses',
    subject: 'before',
    objects: ['theme'],
  },
  {
    pattern: w('support(?:s|ed|ing)?(?: the implementation of)?|implement(?:s|ed|ing)?|in accordance with'),
    predicate: 'supports',
    subject: 'before',
    objects: ['framework'],
    subjects: DOERS,
  },
  {
    pattern: w('support(?:s|ed|ing)?|assist(?:s|ed|ing)?|help(?:s|ed|ing)?'),
    predicate: 'partnersWith',
    subject: 'before',
    objects: ACTORS,
    subjects: ACTORS,
  },
  {
    pattern: w('participat(?:es|ed|ing|ion) (?:in|of)|took part in|take part in|attended|brought together|gathered'),
    predicate: 'participant',
    subject: 'after',
    objects: [...ORGS, 'post', 'agent'],
  },
];

/** The cues of a sentence in text order; a cue inside a name ("Office on Drugs") is part of the name. */
export function cueHits(sentence: { start: number; text: string }, mentions: readonly Mention[]): CueHit[] {
  const hits: CueHit[] = [];
  for (const cue of CUES) {
    cue.pattern.lastIndex = 0;
    for (const m of sentence.text.matchAll(cue.pattern)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (mentions.some((x) => start < x.end && x.start < end)) continue;
      if (hits.some((h) => start < h.end && h.start < end && !(h.start === start && h.end === end))) continue;
      hits.push({ start, end, cue, text: m[0] });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
