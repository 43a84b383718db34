// How two neighbouring mentions of a sentence are joined: coordinated ("X, Y and Z"), one name's acronym, one
// qualifying the next.
import type { EntityKind } from '../kg/kinds';
import type { Mention } from './mentions';

export type Link = 'and' | 'same' | 'qualifier' | 'none';

const ORGANIZATIONS: readonly EntityKind[] = ['body', 'partner'];

/** How `a` and the next mention `b` are joined in `sentence` (document offsets in the mentions). */
export function linkOf(sentence: { start: number; text: string }, a: Mention, b: Mention): Link {
  const gap = sentence.text.slice(a.end - sentence.start, b.start - sentence.start);
  if (/^\s*\(\s*$/.test(gap) && /^\s*\)/.test(sentence.text.slice(b.end - sentence.start))) return 'same';
  // "OSCE Office of ...", "Department/Unit": the first names what the second is part of
  if (/^(?:\s+|\s*\/\s*)$/.test(gap) && ORGANIZATIONS.includes(a.kind) && ORGANIZATIONS.includes(b.kind))
    return 'qualifier';
  // A closing parenthesis may follow the first ("... (ODIHR), and ...")
  if (/^\)?\s*(?:,\s*(?:(?:and|or|as well as)\s+)?|\s+(?:and|or|&|as well as)\s+)(?:the\s+|its\s+)?$/iu.test(gap))
    return 'and';
  return 'none';
}

/**
 * The mentions coordinated with `m` ("OCEEA and the ODIHR", "UNHCR, IOM and other organizations") that have one
 * of `kinds`, `m` included; a name's acronym and a qualifier ("OSCE" in "OSCE ODIHR") are not separate members.
 */
export function coordinated(
  sentence: { start: number; text: string },
  mentions: readonly Mention[],
  m: Mention,
  kinds: readonly EntityKind[],
): Mention[] {
  const index = mentions.indexOf(m);
  if (index < 0) return [m];
  let first = index;
  while (first > 0 && linkOf(sentence, mentions[first - 1]!, mentions[first]!) !== 'none') first--;
  let last = index;
  while (last < mentions.length - 1 && linkOf(sentence, mentions[last]!, mentions[last + 1]!) !== 'none') last++;
  const group: Mention[] = [];
  for (let i = first; i <= last; i++) {
    const x = mentions[i]!;
    const next = mentions[i + 1];
    const role = i < last && next ? linkOf(sentence, x, next) : 'none';
    if (role === 'qualifier' || role === 'same') continue;
    if (x === m || kinds.includes(x.kind)) group.push(x);
  }
  return group.includes(m) ? group : [m, ...group];
}

/** The head of a run of qualifiers and acronyms starting at `m`: "OSCE Office of the ... (OSR/CTHB)" is the Office. */
export function headOf(sentence: { start: number; text: string }, mentions: readonly Mention[], m: Mention): Mention {
  let i = mentions.indexOf(m);
  while (i >= 0 && i < mentions.length - 1 && linkOf(sentence, mentions[i]!, mentions[i + 1]!) === 'qualifier') i++;
  return i >= 0 ? mentions[i]! : m;
}
