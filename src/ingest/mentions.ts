// Finds the entities a text names: dictionary names with word boundaries, then identifier and SDG patterns, longest
// first.
import type { EntityKind } from '../kg/kinds';
import type { EntityDictionary, NameSource } from './dictionary';
import { findPatternMentions } from './patterns';
import { isAcronym, namePattern } from './spelling';

export type MentionVia = NameSource | 'decision-pattern' | 'sdg-pattern' | 'new-organization';

export interface Mention {
  start: number;
  end: number;
  /** The text as written. */
  surface: string;
  /** The entities it may stand for (several only when the record shares an identifier); sorted. */
  iris: string[];
  kind: EntityKind;
  via: MentionVia;
  /** True when the entity is not in the graph yet (a decision or organisation the ingestion proposes). */
  isNew?: boolean;
  /** For a new entity: its proposed name. */
  name?: string;
  /**
   * For a decision found by its identifier or number: the council its prefix names ("MC", "PC"), when the graph knows
   * it.
   */
  councilIris?: string[];
  /**
   * Inside a longer mention ("OSCE" in "OSCE Secretariat"): the sentence names it too, but it is not marked on its own.
   */
  nested?: boolean;
}

interface CompiledName {
  regex: RegExp;
  iris: Set<string>;
  kind: EntityKind;
  source: NameSource;
  probe: string;
}

/**
 * A cheap test before the regular expression: four letters of the name's longest word, hyphens dropped (spellings agree
 * there).
 */
function probeOf(surface: string): string {
  const words = surface
    .toLowerCase()
    .replace(/-/g, '')
    .split(/[^\p{L}\p{N}]+/u);
  return words.reduce((a, b) => (b.length > a.length ? b : a), '').slice(0, 4);
}

export interface MentionFinder {
  find(text: string): Mention[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * No letter or digit just before or after, and no `/x` or `.x` after (an identifier goes on: "OSCE/ILO" is not "OSCE").
 */
function isBoundedAt(text: string, start: number, end: number): boolean {
  if (start > 0 && WORD_CHAR.test(text.charAt(start - 1))) return false;
  const next = text[end];
  if (next === undefined) return true;
  if (WORD_CHAR.test(next)) return false;
  return !((next === '/' || next === '.') && WORD_CHAR.test(text[end + 1] ?? ''));
}

/** Compiles the dictionary once; `find` then runs on any number of texts. */
export function mentionFinder(dictionary: EntityDictionary): MentionFinder {
  const compiled = new Map<string, CompiledName>();
  for (const name of dictionary.names) {
    const flags = isAcronym(name.surface) ? 'gu' : 'giu';
    // Boundaries are checked on each match (isBoundedAt): a pattern that starts with a letter is scanned far faster
    const source = namePattern(name.surface);
    const key = `${flags} ${source}`;
    const entry = compiled.get(key);
    if (entry) entry.iris.add(name.iri);
    else
      compiled.set(key, {
        regex: new RegExp(source, flags),
        iris: new Set([name.iri]),
        kind: name.kind,
        source: name.source,
        probe: probeOf(name.surface),
      });
  }
  const names = [...compiled.values()];
  return {
    find(text: string): Mention[] {
      const found: Mention[] = findPatternMentions(text, dictionary);
      const folded = text.toLowerCase().replace(/-/g, '');
      for (const name of names) {
        if (!folded.includes(name.probe)) continue;
        name.regex.lastIndex = 0;
        for (const m of text.matchAll(name.regex)) {
          if (!isBoundedAt(text, m.index, m.index + m[0].length)) continue;
          if (name.kind === 'theme' && insideCapitalisedName(text, m.index, m.index + m[0].length)) continue;
          found.push({
            start: m.index,
            end: m.index + m[0].length,
            surface: m[0],
            iris: [...name.iris].sort(),
            kind: name.kind,
            via: name.source,
          });
        }
      }
      return keepLongest(found);
    },
  };
}

/**
 * A concept written in capitals next to another capitalised word ("Border Management Staff College") is part of a name.
 */
function insideCapitalisedName(text: string, start: number, end: number): boolean {
  const words = text
    .slice(start, end)
    .split(/\s+/)
    .filter((w) => w.length > 3);
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  return (
    /\p{Lu}[\p{L}-]*\s+$/u.test(text.slice(Math.max(0, start - 40), start)) ||
    /^\s+\p{Lu}/u.test(text.slice(end, end + 3))
  );
}

const PRIORITY: Record<MentionVia, number> = {
  'decision-pattern': 0,
  'sdg-pattern': 0,
  identifier: 1,
  label: 2,
  altLabel: 2,
  notation: 2,
  'new-organization': 3,
};

/**
 * Overlapping mentions: the longest wins (then the more specific, then patterns over names, then the earliest).
 * A known entity named wholly inside a longer mention of another entity is kept as `nested`; result in text order.
 */
export function keepLongest(mentions: Mention[]): Mention[] {
  const ranked = [...mentions].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      a.iris.length - b.iris.length ||
      PRIORITY[a.via] - PRIORITY[b.via] ||
      a.start - b.start ||
      (a.iris.join() < b.iris.join() ? -1 : a.iris.join() > b.iris.join() ? 1 : 0),
  );
  const kept: Mention[] = [];
  const nested: Mention[] = [];
  for (const m of ranked) {
    const outer = kept.find((k) => m.start < k.end && k.start < m.end);
    if (!outer) kept.push(m);
    else if (
      !m.isNew &&
      m.kind !== 'theme' &&
      m.start >= outer.start &&
      m.end <= outer.end &&
      !m.iris.some((i) => outer.iris.includes(i)) &&
      !nested.some((n) => n.start === m.start && n.end === m.end)
    )
      nested.push({ ...m, nested: true });
  }
  return [...kept, ...nested].sort((a, b) => a.start - b.start || (a.nested ? 1 : 0) - (b.nested ? 1 : 0));
}
