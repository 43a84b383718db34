// Candidate new organisations: "Name (ACRONYM)" and capitalised names ending in an organisation keyword.
import { ID } from '../rdf/vocab';
import type { Mention } from './mentions';
import { slug } from './patterns';

const CONNECTOR = '(?:of|for|and|on|in|against|to|the|de|du|des|&)';
/** After the keyword: "Office for Democratic ...", but "College in Dushanbe" is a place, not the name. */
const TAIL_CONNECTOR = '(?:of|for|and|on|against|to|the|&)';
const CAPITAL_WORD = "\\p{Lu}[\\p{L}\\p{N}’'-]*";
const NAME = `${CAPITAL_WORD}(?:\\s+(?:${CONNECTOR}\\s+)*${CAPITAL_WORD})*`;
/** `International Centre for Migration Policy Development (ICMPD)`. */
const NAME_WITH_ACRONYM = new RegExp(
  `(?<![\\p{L}\\p{N}])(${NAME})\\s+\\((\\p{Lu}[\\p{Lu}\\p{N}/&.-]*\\p{Lu})\\)`,
  'gu',
);
/** Words that make a capitalised name an organisation's. */
const KEYWORDS =
  'Organi[sz]ation|Agency|Office|Centre|Center|Council|Commission|Committee|Fund|Programme|Institute|Network|Association|Union|Bank|Mission|Secretariat|Unit|Department|Division|Ministry|College|Academy|School|University|Service|Authority|Foundation|Federation|Police|Guard';
/** The name ends there: no capitalised word follows ("Strategic Police" in "Strategic Police Matters" is no name). */
const NAME_END = '(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})';
const NAME_WITH_KEYWORD = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:${CAPITAL_WORD}\\s+(?:${CONNECTOR}\\s+)*)*(?:${KEYWORDS})(?:\\s+(?:${TAIL_CONNECTOR}\\s+)+${CAPITAL_WORD}(?:\\s+${CAPITAL_WORD})*)*)${NAME_END}`,
  'gu',
);
const LEADING_ARTICLE = /^(?:The|An?|In|On|For|And|With|By|From)\s+/u;

/**
 * Names of organisations the graph does not know, with the acronyms they introduce. `known` are the mentions
 * already found: a name overlapping one of them is not new.
 */
export function findNewOrganizations(text: string, known: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  // A known name inside a longer one is fine ("OSCE" in "OSCE Border Management Staff College"); a new name inside or
  // across a known one is not
  const overlapsKnown = (start: number, end: number) => {
    const inside = known.filter((k) => start <= k.start && k.end <= end && end - start > k.end - k.start);
    // Two known names, or a long one, inside: a list of known organisations ("OCEEA and the OSCE Office for ..."), not
    // a new one
    if (inside.length > 1 || inside.some((k) => k.surface.split(/\s+/).length > 2)) return true;
    return known.some((k) => start < k.end && k.start < end && !inside.includes(k));
  };
  const acronyms = new Map<string, { iri: string; name: string; kind: Mention['kind'] }>();
  const add = (start: number, name: string, acronym?: string) => {
    const stripped = name.replace(LEADING_ARTICLE, '');
    const from = start + name.length - stripped.length;
    if (stripped.split(/\s+/).length < 2 || overlapsKnown(from, from + stripped.length)) return;
    const iri = ID + slug(stripped);
    // Named after a known body ("OSCE Border Management Staff College"): part of it, so a body too
    const kind = known.some((k) => k.kind === 'body' && from <= k.start && k.end <= from + stripped.length)
      ? 'body'
      : 'partner';
    found.push({
      start: from,
      end: from + stripped.length,
      surface: stripped,
      iris: [iri],
      kind,
      via: 'new-organization',
      isNew: true,
      name: stripped,
    });
    if (acronym) acronyms.set(acronym, { iri, name: stripped, kind });
  };
  // Both groups of NAME_WITH_ACRONYM and the one of NAME_WITH_KEYWORD take part in every match
  for (const m of text.matchAll(NAME_WITH_ACRONYM)) {
    const [, name = '', acronym = ''] = m;
    if (initialsFit(name, acronym)) add(m.index, name, acronym);
  }
  for (const m of text.matchAll(NAME_WITH_KEYWORD)) {
    const [surface, name = ''] = m;
    if (!found.some((f) => m.index < f.end && f.start < m.index + surface.length)) add(m.index, name);
  }
  for (const [acronym, { iri, name, kind }] of acronyms) {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${acronym.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'gu',
    );
    for (const m of text.matchAll(re)) {
      if (!overlapsKnown(m.index, m.index + acronym.length))
        found.push({
          start: m.index,
          end: m.index + acronym.length,
          surface: acronym,
          iris: [iri],
          kind,
          via: 'new-organization',
          isNew: true,
          name,
        });
    }
  }
  return found;
}

/** The acronym's letters appear, in order, among the initials of the name's words (connectors optional). */
function initialsFit(name: string, acronym: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const initials = name
    .split(/\s+/)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
  let i = 0;
  for (const c of initials) if (c === letters[i]) i++;
  return i === letters.length && letters.length >= 2;
}
