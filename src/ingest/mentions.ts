// Finds the entities a text names: dictionary names with word boundaries, then identifier and SDG patterns, longest first.
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
  /** Inside a longer mention ("OSCE" in "OSCE Secretariat"): the sentence names it too, but it is not marked on its own. */
  nested?: boolean;
}

interface CompiledName { regex: RegExp; iris: Set<string>; kind: EntityKind; source: NameSource }

export interface MentionFinder {
  find(text: string): Mention[];
}

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}]|[/.][\\p{L}\\p{N}])';

/** Compiles the dictionary once; `find` then runs on any number of texts. */
export function mentionFinder(dictionary: EntityDictionary): MentionFinder {
  const compiled = new Map<string, CompiledName>();
  for (const name of dictionary.names) {
    const flags = isAcronym(name.surface) ? 'gu' : 'giu';
    const source = `${BOUNDARY_BEFORE}${namePattern(name.surface)}${BOUNDARY_AFTER}`;
    const key = `${flags} ${source}`;
    const entry = compiled.get(key);
    if (entry) entry.iris.add(name.iri);
    else compiled.set(key, { regex: new RegExp(source, flags), iris: new Set([name.iri]), kind: name.kind, source: name.source });
  }
  const names = [...compiled.values()];
  return {
    find(text: string): Mention[] {
      const found: Mention[] = findPatternMentions(text, dictionary);
      for (const name of names) {
        name.regex.lastIndex = 0;
        for (const m of text.matchAll(name.regex)) {
          if (name.kind === 'theme' && insideCapitalisedName(text, m.index, m.index + m[0].length)) continue;
          found.push({ start: m.index, end: m.index + m[0].length, surface: m[0], iris: [...name.iris].sort(), kind: name.kind, via: name.source });
        }
      }
      return keepLongest(found);
    },
  };
}

/** A concept written in capitals next to another capitalised word ("Border Management Staff College") is part of a name. */
function insideCapitalisedName(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).split(/\s+/).filter((w) => w.length > 3);
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  return /\p{Lu}[\p{L}-]*\s+$/u.test(text.slice(Math.max(0, start - 40), start)) || /^\s+\p{Lu}/u.test(text.slice(end, end + 3));
}

const PRIORITY: Record<MentionVia, number> = { 'decision-pattern': 0, 'sdg-pattern': 0, identifier: 1, label: 2, altLabel: 2, notation: 2, 'new-organization': 3 };

/**
 * Overlapping mentions: the longest wins (then the more specific, then patterns over names, then the earliest).
 * A known entity named wholly inside a longer mention of another entity is kept as `nested`; result in text order.
 */
export function keepLongest(mentions: Mention[]): Mention[] {
  const ranked = [...mentions].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.iris.length - b.iris.length
    || PRIORITY[a.via] - PRIORITY[b.via] || a.start - b.start || (a.iris.join() < b.iris.join() ? -1 : a.iris.join() > b.iris.join() ? 1 : 0));
  const kept: Mention[] = [];
  const nested: Mention[] = [];
  for (const m of ranked) {
    const outer = kept.find((k) => m.start < k.end && k.start < m.end);
    if (!outer) kept.push(m);
    else if (!m.isNew && m.kind !== 'theme' && m.start >= outer.start && m.end <= outer.end && !m.iris.some((i) => outer.iris.includes(i))
      && !nested.some((n) => n.start === m.start && n.end === m.end)) nested.push({ ...m, nested: true });
  }
  return [...kept, ...nested].sort((a, b) => a.start - b.start || (a.nested ? 1 : 0) - (b.nested ? 1 : 0));
}
