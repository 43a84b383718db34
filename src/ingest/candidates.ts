// Candidate statements: pairs of mentions a sentence links with a cue ("organized by", "funded by", "contributes to",
// ...).
import { OKG } from '../rdf/vocab';
import { coordinated, headOf } from './coordination';
import { ANY, cueHits, ORGANIZATIONS, type CueHit, type Side } from './cues';

/** More organisers named together are a list of participants more likely than co-organisers partnering. */
const MAX_CO_ORGANIZERS = 4;
import type { Mention } from './mentions';
import {
  councilsOfIdentifiers,
  decisionTitles,
  listedMembers,
  nestedNames,
  regionsCovered,
  sideBySide,
  type AddCandidate,
  type SentenceSpan,
} from './structure-rules';

export interface CandidateStatement {
  subject: string;
  predicate: string;
  object: string;
  /** The cue as written, and where (document offsets). */
  cue: string;
  cueStart: number;
}

/** What one cue proposed: its subjects and objects, for the rules that combine two cues of a sentence. */
interface CueReading {
  hit: CueHit;
  subjects: Mention[];
  objects: Mention[];
}

/**
 * A sentence opening with a word that stands for a name already given ("It", "The Office", "The Unit") is about
 * the previous sentence's subject.
 */
const ANAPHORA =
  /^[\s*_]*(?:It|They|This|The (?:Office|Organi[sz]ation|Institution|Department|Unit|Mission|Centre|Center|Secretariat|Council|Programme|Program|Project|Agency|College))(?![\p{L}])/u;

/**
 * Candidate statements of one sentence, given its mentions (document offsets); deterministic order. `previousSubject`
 * is the subject of the sentence before, which a sentence opening with "It" or "The Office" refers to.
 */
export function findCandidates(
  sentence: SentenceSpan,
  allMentions: readonly Mention[],
  previousSubject?: Mention,
): CandidateStatement[] {
  const result = new Map<string, CandidateStatement>();
  const add: AddCandidate = (subject, predicate, object, cue, cueStart) => {
    for (const s of subject.iris)
      for (const o of object.iris) {
        const key = `${s} ${predicate} ${o}`;
        if (s !== o && !result.has(key)) result.set(key, { subject: s, predicate, object: o, cue, cueStart });
      }
  };
  nestedNames(allMentions, add);
  const mentions = allMentions.filter((m) => !m.nested);
  const carried =
    previousSubject && ANAPHORA.test(sentence.text)
      ? { ...previousSubject, start: sentence.start, end: sentence.start, nested: false }
      : undefined;
  const withCarried = carried ? [carried, ...mentions] : mentions;
  sideBySide(sentence, mentions, add);
  councilsOfIdentifiers(mentions, add);
  decisionTitles(sentence, mentions, add);
  listedMembers(sentence, mentions, add);
  regionsCovered(sentence, mentions, sentenceSubject(sentence, withCarried), add);
  const readings = readCues(sentence, withCarried);
  for (const r of readings)
    for (const s of r.subjects)
      for (const o of r.objects) if (o !== s) add(s, OKG + r.hit.cue.predicate, o, r.hit.text, r.hit.start);
  coOrganizers(sentence, mentions, readings, add);
  openerThemes(sentence, withCarried, add);
  return [...result.values()];
}

/**
 * What a sentence after this one means by "It" or "The Office": this one's subject, carried on when it refers back too.
 */
export function subjectForNext(
  sentence: SentenceSpan,
  mentions: readonly Mention[],
  previousSubject?: Mention,
): Mention | undefined {
  if (previousSubject && ANAPHORA.test(sentence.text)) return previousSubject;
  return (
    sentenceSubject(
      sentence,
      mentions.filter((m) => !m.nested),
    ) ?? previousSubject
  );
}

/** The subject of a sentence for rules that need one: its first actor or work, the head of "OSCE Office of ...". */
function sentenceSubject(sentence: SentenceSpan, mentions: readonly Mention[]): Mention | undefined {
  const first = mentions.find((m) => !['region', 'country', 'city', 'theme', 'goal', 'target'].includes(m.kind));
  return first && headOf(sentence, mentions, first);
}

function readCues(sentence: SentenceSpan, mentions: readonly Mention[]): CueReading[] {
  const hits = cueHits(sentence, mentions);
  const readings: CueReading[] = [];
  for (const hit of hits) {
    // A list's items ("...; ...") are clauses of their own: a cue's names stay in its item
    const itemStart = sentence.start + sentence.text.lastIndexOf(';', hit.start - sentence.start - 1) + 1;
    const before = mentions.filter((m) => m.end <= hit.start && m.start >= itemStart);
    // Objects stop at the next cue, so "organized by X in partnership with Y" gives X to one cue and Y to the other
    const limit = hits.find((h) => h.start > hit.start)?.start ?? Infinity;
    const after = mentions.filter((m) => m.start >= hit.end && m.start < limit);
    const { cue } = hit;
    const subjectKinds = cue.subjects ?? ANY.filter((k) => !cue.objects.includes(k));
    // A name in parentheses closed before the cue ("Partners (Algeria, ..., Tunisia) on ...") is not the subject: the
    // name before them is
    const near = (list: readonly Mention[], side: Side) =>
      (side === 'before' ? [...list].reverse() : list).find(
        (m) =>
          subjectKinds.includes(m.kind) &&
          !(
            side === 'before' &&
            closesParenthesis(sentence.text.slice(m.end - sentence.start, hit.start - sentence.start))
          ),
      );
    let subject: Mention | undefined;
    let objects: Mention[];
    // Where the subject's coordinated names may be: not across the comma that ends an opening clause
    let pool = mentions;
    if (cue.subject === 'before') {
      subject = near(before, 'before');
      objects = after;
      if (
        !subject &&
        /^[\s\p{P}]*(?:[\p{L}\p{N}]+[\s\p{P}]+){0,2}$/u.test(
          sentence.text.slice(itemStart - sentence.start, hit.start - sentence.start),
        )
      ) {
        // A sentence that opens with the cue ("In co-operation with X, the Y provides ..."): objects up to the comma,
        // the subject after it
        const comma = sentence.text.indexOf(',', hit.end - sentence.start);
        const clauseEnd = comma < 0 ? Infinity : sentence.start + comma;
        objects = after.filter((m) => m.end <= clauseEnd);
        pool = mentions.filter((m) => m.start > clauseEnd);
        subject = near(pool, 'after');
      }
    } else {
      // "X organized ... a panel", "the EU-funded project": the subject follows, the nearest fitting name before is the
      // object
      subject = near(
        mentions.filter((m) => m.start >= hit.end),
        'after',
      );
      const object = [...before].reverse().find((m) => cue.objects.includes(m.kind));
      objects = object ? coordinated(sentence, mentions, object, cue.objects) : [];
    }
    if (!subject) continue;
    const subjects = coordinated(sentence, pool, subject, subjectKinds);
    readings.push({
      hit,
      subjects,
      objects: objects.filter((o) => cue.objects.includes(o.kind) && !subjects.includes(o)),
    });
  }
  return readings;
}

/**
 * "developed by X and Y together with Z", "X organized together with Z a panel": the organisers of a work named
 * together partner with each other, and whoever an organiser partners with in that sentence organises the work too.
 */
function coOrganizers(
  sentence: SentenceSpan,
  mentions: readonly Mention[],
  readings: readonly CueReading[],
  add: AddCandidate,
): void {
  for (const made of readings.filter((r) => r.hit.cue.predicate === 'organizedBy')) {
    const first = made.objects[0];
    if (!first) continue;
    const organizers = coordinated(sentence, mentions, first, ORGANIZATIONS).filter((o) => made.objects.includes(o));
    if (organizers.length <= MAX_CO_ORGANIZERS) {
      for (const [i, a] of organizers.entries())
        for (const b of organizers.slice(i + 1)) add(a, OKG + 'partnersWith', b, '(co-organisers)', made.hit.start);
    }
    for (const partner of readings.filter((r) => r.hit.cue.predicate === 'partnersWith')) {
      const others = partner.subjects.some((s) => made.objects.includes(s))
        ? partner.objects
        : partner.objects.some((o) => made.objects.includes(o))
          ? partner.subjects
          : [];
      for (const work of made.subjects)
        for (const o of others)
          add(work, OKG + 'organizedBy', o, `${made.hit.text} … ${partner.hit.text}`, partner.hit.start);
    }
  }
}

/** True when `gap` closes a parenthesis it did not open. */
function closesParenthesis(gap: string): boolean {
  let depth = 0;
  for (const c of gap) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return true;
  }
  return false;
}

/** The sentence's subject (its first name, when it opens the sentence) is what the sentence's themes are about. */
function openerThemes(sentence: SentenceSpan, mentions: readonly Mention[], add: AddCandidate): void {
  const first = mentions.find((m) => m.kind !== 'theme' && ANY.includes(m.kind));
  if (!first) return;
  const opener = headOf(sentence, mentions, first);
  if (
    !/^[\s\p{P}]*(?:[\p{L}\p{N}]+[,:]?\s+){0,3}$/u.test(
      sentence.text.slice(0, first.start - sentence.start).replace(/<[^>]*>|[*_]/g, ''),
    )
  )
    return;
  const firstItemEnd = sentence.text.includes(';') ? sentence.start + sentence.text.indexOf(';') : Infinity;
  for (const theme of mentions.filter((m) => m.kind === 'theme' && m.start > opener.end && m.end <= firstItemEnd))
    add(opener, OKG + 'addresses', theme, '(subject of the sentence)', opener.start);
}
