// Candidate statements the sentence's structure shows without a cue: names inside names, identifiers, titles, lists,
// regions.
import type { EntityKind } from '../kg/kinds';
import { NS, OKG } from '../rdf/vocab';
import { linkOf } from './coordination';
import { ORGS, WORKS } from './cues';
import type { Mention } from './mentions';

export type AddCandidate = (
  subject: Mention,
  predicate: string,
  object: Mention,
  cue: string,
  cueStart: number,
) => void;
export interface SentenceSpan {
  start: number;
  text: string;
}

/**
 * A name inside another's says how they relate: "MC Decision No. 2/05" (adopted by the MC), "OSCE Secretariat"
 * (part of the OSCE), "ODIHR trainings" (organised by ODIHR). Outer kind, inner kind -> predicate.
 */
const CONTAINMENT: readonly { outer: readonly EntityKind[]; inner: readonly EntityKind[]; predicate: string }[] = [
  { outer: ['decision'], inner: ['body'], predicate: OKG + 'adoptedBy' },
  { outer: ['body', 'partner'], inner: ['body', 'partner'], predicate: NS.org + 'subOrganizationOf' },
  { outer: WORKS, inner: ORGS, predicate: OKG + 'organizedBy' },
  { outer: [...WORKS, 'decision', 'framework'], inner: ['theme'], predicate: OKG + 'addresses' },
];

export function nestedNames(all: readonly Mention[], add: AddCandidate): void {
  for (const inner of all.filter((m) => m.nested)) {
    const outer = all.find((m) => !m.nested && m.start <= inner.start && inner.end <= m.end);
    const rule = outer && CONTAINMENT.find((r) => r.outer.includes(outer.kind) && r.inner.includes(inner.kind));
    if (outer && rule) add(outer, rule.predicate, inner, outer.surface, outer.start);
  }
}

/** Names side by side ("OSCE Office of ...", "Department/Anti-Terrorism Unit"): the second is part of the first. */
export function sideBySide(sentence: SentenceSpan, mentions: readonly Mention[], add: AddCandidate): void {
  for (const [i, m] of mentions.entries()) {
    const next = mentions[i + 1];
    if (next && linkOf(sentence, m, next) === 'qualifier') {
      add(
        next,
        NS.org + 'subOrganizationOf',
        m,
        sentence.text.slice(m.start - sentence.start, next.end - sentence.start),
        m.start,
      );
    }
  }
}

/** A decision's identifier names its council ("MC.DEC/7/14", "Permanent Council Decision No. 1107"). */
export function councilsOfIdentifiers(mentions: readonly Mention[], add: AddCandidate): void {
  for (const m of mentions) {
    if (m.kind !== 'decision' || m.councilIris === undefined) continue;
    for (const council of m.councilIris)
      add(m, OKG + 'adoptedBy', { ...m, iris: [council], kind: 'body' }, m.surface, m.start);
  }
}

const TITLE_KINDS: readonly EntityKind[] = ['decision', 'theme', 'body'];

/**
 * A decision cited with themes and nothing else to be about them (a footnote's "*Title* (MC.DEC/n/yy)") addresses
 * them: in the whole sentence when it cites one decision, and in each item of a list ("...; ...", one a line).
 */
export function decisionTitles(sentence: SentenceSpan, mentions: readonly Mention[], add: AddCandidate): void {
  let itemStart = 0;
  for (const piece of sentence.text.split(/(?<=[;\n])/)) {
    const from = sentence.start + itemStart;
    itemStart += piece.length;
    citedDecision(
      mentions.filter((m) => m.start >= from && m.end <= sentence.start + itemStart),
      add,
    );
  }
  citedDecision(mentions, add);
}

function citedDecision(mentions: readonly Mention[], add: AddCandidate): void {
  const decisions = mentions.filter((m) => m.kind === 'decision');
  if (decisions.length !== 1 || mentions.some((m) => !TITLE_KINDS.includes(m.kind))) return;
  const decision = decisions[0]!;
  for (const theme of mentions.filter((m) => m.kind === 'theme'))
    add(decision, OKG + 'addresses', theme, '(decision and its title)', decision.start);
}

/**
 * "Mediterranean Partner countries (Algeria, Egypt, ... and Tunisia)": the countries listed are members of the group.
 */
export function listedMembers(sentence: SentenceSpan, mentions: readonly Mention[], add: AddCandidate): void {
  for (const [i, group] of mentions.entries()) {
    const close = sentence.text.indexOf(')', group.end - sentence.start);
    if (
      !/^\s*\($/.test(sentence.text.slice(group.end - sentence.start, group.end - sentence.start + 2).trimEnd()) ||
      close < 0
    )
      continue;
    const listed = mentions.slice(i + 1).filter((m) => m.end - sentence.start <= close);
    const rest = listed.reduce(
      (t, m) => t.replace(m.surface, ''),
      sentence.text.slice(group.end - sentence.start, close),
    );
    if (
      listed.length > 0 &&
      listed.every((m) => m.kind === 'country') &&
      /^[\s(,]*(?:(?:,|and|&)\s*)*$/.test(rest.replace(/\band\b/g, ','))
    ) {
      for (const country of listed) add(country, NS.org + 'memberOf', group, '( … )', group.end);
    }
  }
}

/** "in Central Asia", "from the Western Balkans to ...": the sentence's subject covers the region. */
export function regionsCovered(
  sentence: SentenceSpan,
  mentions: readonly Mention[],
  subject: Mention | undefined,
  add: AddCandidate,
): void {
  if (!subject) return;
  for (const region of mentions.filter((m) => m.kind === 'region')) {
    const before = sentence.text.slice(0, region.start - sentence.start);
    if (/(?<![\p{L}])(?:in|across|throughout|from|to)\s+(?:the\s+)?$/iu.test(before)) {
      add(subject, OKG + 'coversRegion', region, before.slice(-12).trim(), region.start);
    }
  }
}
