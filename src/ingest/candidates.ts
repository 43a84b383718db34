// Candidate statements: pairs of mentions a sentence links with a cue ("organized by", "funded by", "contributes to", ...).
import type { EntityKind } from '../kg/kinds';
import { NS, OKG } from '../rdf/vocab';
import type { Mention } from './mentions';

export interface CandidateStatement {
  subject: string;
  predicate: string;
  object: string;
  /** The cue as written, and where (document offsets). */
  cue: string;
  cueStart: number;
}

type Side = 'before' | 'after';

interface Cue {
  pattern: RegExp;
  predicate: string;
  /** Where the statement's subject is written, relative to the cue (objects are on the other side). */
  subject: Side;
  /** Kinds the objects may have. */
  objects: readonly EntityKind[];
  subjects?: readonly EntityKind[];
}

const ORGS: readonly EntityKind[] = ['body', 'partner', 'country', 'region'];
const ORGANIZATIONS: readonly EntityKind[] = ['body', 'partner'];
const WORKS: readonly EntityKind[] = ['activity', 'event', 'publication'];
const ANY: readonly EntityKind[] = ['body', 'partner', 'country', 'region', 'decision', 'framework', 'activity', 'event', 'publication', 'theme', 'goal', 'target', 'post', 'city', 'agent', 'other'];

const w = (alternatives: string) => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'giu');

/** Each cue names one predicate of the ontology; the first cue matching a span wins. */
const CUES: readonly Cue[] = [
  { pattern: w('(?:co-?)?funded by|financed by|sponsored by|with (?:the )?(?:financial )?support (?:of|from)|with funding from'), predicate: 'fundedBy', subject: 'before', objects: ORGS },
  { pattern: /-funded(?![\p{L}])/giu, predicate: 'fundedBy', subject: 'after', objects: ORGS },
  { pattern: w('organi[sz]ed by|hosted by|convened by|led by|implemented by|conducted by|carried out by|run by|held by|published by|produced by|issued by|prepared by|developed by'), predicate: 'organizedBy', subject: 'before', objects: ORGS },
  { pattern: w('organi[sz]e[sd]?|organi[sz]ing|hosts?|hosted|convene[sd]?|publishe[sd]|issue[sd]|launche[sd]|implement(?:s|ed)?|carr(?:y|ies|ied) out|conduct(?:s|ed)?|held|holds?'), predicate: 'organizedBy', subject: 'after', objects: ORGS, subjects: WORKS },
  { pattern: w('in (?:close )?partnership with|in (?:close )?co-?operation with|in collaboration with|together with|jointly with|(?:co-?operat|collaborat|partner)(?:es|ed|ing|s|ion)? with|(?:co-?ordinate|consult)s? (?:and (?:co-?ordinate|consult) )?with'), predicate: 'partnersWith', subject: 'before', objects: ORGS, subjects: ORGS },
  { pattern: w('contribut(?:es|e|ed|ing|ion) to(?: the achievement of)?|in support of|towards achieving|serv(?:es|e|ing) (?:SDG )?'), predicate: 'contributesTo', subject: 'before', objects: ['goal', 'target'] },
  { pattern: w('mandated by|tasked by|pursuant to|in line with|based on|as set out in|under'), predicate: 'mandatedBy', subject: 'before', objects: ['decision'] },
  { pattern: w('address(?:es|ed|ing)?|tackl(?:es|ed|ing|e)|focus(?:es|ed|ing)? on|combat(?:t?ing|s)?|on|in the field of|in the area of|dedicated to|aim(?:s|ed|ing)? at'), predicate: 'addresses', subject: 'before', objects: ['theme'] },
  { pattern: w('support(?:s|ed|ing)?(?: the implementation of)?|implement(?:s|ed|ing)?|in accordance with'), predicate: 'supports', subject: 'before', objects: ['framework'] },
  { pattern: w('participat(?:es|ed|ing|ion) (?:in|of)|took part in|take part in|attended|brought together|gathered'), predicate: 'participant', subject: 'after', objects: ORGS },
];

interface CueHit { start: number; end: number; cue: Cue; text: string }

/**
 * A name inside another's says how they relate: "MC Decision No. 2/05" (adopted by the MC), "OSCE Secretariat"
 * (part of the OSCE), "ODIHR trainings" (organised by ODIHR). Outer kind, inner kind -> predicate.
 */
const CONTAINMENT: readonly { outer: readonly EntityKind[]; inner: readonly EntityKind[]; predicate: string }[] = [
  { outer: ['decision'], inner: ['body'], predicate: OKG + 'adoptedBy' },
  { outer: ['body', 'partner'], inner: ['body', 'partner'], predicate: NS.org + 'subOrganizationOf' },
  { outer: WORKS, inner: ORGS, predicate: OKG + 'organizedBy' },
  { outer: WORKS, inner: ['theme'], predicate: OKG + 'addresses' },
];

/** Candidate statements of one sentence, given its mentions (document offsets); deterministic order. */
export function findCandidates(sentence: { start: number; text: string }, allMentions: readonly Mention[]): CandidateStatement[] {
  const result = new Map<string, CandidateStatement>();
  const add = (subject: Mention, predicate: string, object: Mention, cue: string, cueStart: number) => {
    for (const s of subject.iris) for (const o of object.iris) {
      const key = `${s} ${predicate} ${o}`;
      if (s !== o && !result.has(key)) result.set(key, { subject: s, predicate, object: o, cue, cueStart });
    }
  };
  for (const inner of allMentions.filter((m) => m.nested)) {
    const outer = allMentions.find((m) => !m.nested && m.start <= inner.start && inner.end <= m.end);
    const rule = outer && CONTAINMENT.find((r) => r.outer.includes(outer.kind) && r.inner.includes(inner.kind));
    if (outer && rule) add(outer, rule.predicate, inner, outer.surface, outer.start);
  }
  const mentions = allMentions.filter((m) => !m.nested);
  // Names side by side ("OSCE Office of ...", "Department/Anti-Terrorism Unit"): the second is part of the first
  for (const [i, m] of mentions.entries()) {
    const next = mentions[i + 1];
    if (!next || !ORGANIZATIONS.includes(m.kind) || !ORGANIZATIONS.includes(next.kind)) continue;
    const between = sentence.text.slice(m.end - sentence.start, next.start - sentence.start);
    if (/^(?:\s+|\s*\/\s*)$/.test(between)) add(next, NS.org + 'subOrganizationOf', m, `${m.surface}${between}${next.surface}`, m.start);
  }
  // A decision's identifier names its council ("MC.DEC/7/14": the entity called "MC")
  for (const m of mentions) {
    if (m.kind !== 'decision' || m.councilIris === undefined) continue;
    for (const council of m.councilIris) add(m, OKG + 'adoptedBy', { ...m, iris: [council], kind: 'body' }, m.surface, m.start);
  }
  // A decision cited with themes and nothing else to be about them (a footnote's "*Title* (MC.DEC/n/yy)") addresses them
  const decisions = mentions.filter((m) => m.kind === 'decision');
  if (decisions.length === 1 && !mentions.some((m) => m.kind !== 'decision' && m.kind !== 'theme' && m.kind !== 'body')) {
    for (const theme of mentions.filter((m) => m.kind === 'theme')) add(decisions[0], OKG + 'addresses', theme, '(decision and its title)', decisions[0].start);
  }
  // "Mediterranean Partner countries (Algeria, Egypt, ... and Tunisia)": the countries listed are members of the group
  for (const [i, group] of mentions.entries()) {
    const close = sentence.text.indexOf(')', group.end - sentence.start);
    if (!/^\s*\($/.test(sentence.text.slice(group.end - sentence.start, group.end - sentence.start + 2).trimEnd()) || close < 0) continue;
    const listed = mentions.slice(i + 1).filter((m) => m.end - sentence.start <= close);
    const rest = listed.reduce((t, m) => t.replace(m.surface, ''), sentence.text.slice(group.end - sentence.start, close));
    if (listed.length > 0 && listed.every((m) => m.kind === 'country') && /^[\s(,]*(?:(?:,|and|&)\s*)*$/.test(rest.replace(/\band\b/g, ','))) {
      for (const country of listed) add(country, NS.org + 'memberOf', group, '( … )', group.end);
    }
  }
  // "in Central Asia", "from the Western Balkans to ...": the sentence's subject covers the region
  const subjectOfSentence = mentions.find((m) => !['region', 'country', 'theme', 'goal', 'target'].includes(m.kind));
  for (const region of mentions.filter((m) => m.kind === 'region')) {
    const before = sentence.text.slice(0, region.start - sentence.start);
    if (subjectOfSentence && /(?<![\p{L}])(?:in|across|throughout|from|to)\s+(?:the\s+)?$/iu.test(before)) {
      add(subjectOfSentence, OKG + 'coversRegion', region, before.slice(-12).trim(), region.start);
    }
  }
  const hits = cueHits(sentence, mentions);
  for (const [index, hit] of hits.entries()) {
    const before = mentions.filter((m) => m.end <= hit.start);
    // Objects stop at the next cue, so "organized by X in partnership with Y" gives X to one cue and Y to the other
    const limit = hits[index + 1]?.start ?? Infinity;
    const after = mentions.filter((m) => m.start >= hit.end && m.start < limit);
    const subjectKinds = hit.cue.subjects ?? ANY;
    const near = (list: readonly Mention[], side: Side) => (side === 'before' ? [...list].reverse() : list)
      .find((m) => subjectKinds.includes(m.kind) && (hit.cue.subjects !== undefined || !hit.cue.objects.includes(m.kind)));
    let subject = hit.cue.subject === 'before' ? near(before, 'before') : near(after, 'after');
    let objectSide = hit.cue.subject === 'before' ? after : before.slice(-1);
    if (!subject && hit.cue.subject === 'before') {
      // A sentence that opens with the cue ("In co-operation with X, the Y provides ..."): objects up to the comma, the subject after it
      const comma = sentence.text.indexOf(',', hit.end - sentence.start);
      const clauseEnd = comma < 0 ? Infinity : sentence.start + comma;
      objectSide = after.filter((m) => m.end <= clauseEnd);
      subject = near(after.filter((m) => m.start > clauseEnd), 'after');
    }
    if (!subject) continue;
    for (const object of objectSide) {
      if (hit.cue.objects.includes(object.kind) && object !== subject) add(subject, OKG + hit.cue.predicate, object, hit.text, hit.start);
    }
  }
  // The sentence's subject (its first name, when it opens the sentence) is what the sentence's themes are about
  const opener = mentions.find((m) => m.kind !== 'theme' && ANY.includes(m.kind));
  if (opener && /^[\s\p{P}]*(?:[\p{L}\p{N}]+[,:]?\s+){0,3}$/u.test(sentence.text.slice(0, opener.start - sentence.start).replace(/<[^>]*>|[*_]/g, ''))) {
    for (const theme of mentions.filter((m) => m.kind === 'theme' && m.start > opener.end)) add(opener, OKG + 'addresses', theme, '(subject of the sentence)', opener.start);
  }
  return [...result.values()];
}

function cueHits(sentence: { start: number; text: string }, mentions: readonly Mention[]): CueHit[] {
  const hits: CueHit[] = [];
  for (const cue of CUES) {
    cue.pattern.lastIndex = 0;
    for (const m of sentence.text.matchAll(cue.pattern)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      // A cue inside a name ("Office on Drugs") is part of the name, and a shorter cue inside a longer one loses
      if (mentions.some((x) => start < x.end && x.start < end)) continue;
      if (hits.some((h) => start < h.end && h.start < end)) continue;
      hits.push({ start, end, cue, text: m[0] });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
