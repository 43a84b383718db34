// Checks a parsed JSON-LD document before the jsonld library sees it: things it would drop silently or choke on.
import { RdfLimitError, RdfSyntaxError } from './errors';
import { positionOfOffset } from './text-position';

/** Deeper documents overflow the jsonld library's recursion (about 850 levels in Node); refused before that. */
export const MAX_JSONLD_DEPTH = 500;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATE_ESCAPE =
  /\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}/;

/**
 * Keys the jsonld library loses without a word: it copies objects by assignment, and `obj['__proto__'] = v`
 * sets the prototype instead of a property. Such a term, prefix or property would vanish with its statements.
 */
const DROPPED_KEYS = new Set(['__proto__']);
/** Methods the library calls on context objects: a term of that name shadows them and breaks the processing. */
const CONTEXT_METHODS = new Set(['hasOwnProperty']);

export interface JsonLdShape {
  /** Objects, arrays and scalars in the document: the size the expansion budget is scaled by. */
  nodes: number;
}

/** Where `needle` first occurs in `text` (a string: in any case) as a 1-based line/column, or 1:1. */
export function positionOfText(text: string, needle: RegExp | string): { line: number; column: number } {
  let offset = typeof needle === 'string' ? text.indexOf(needle) : text.search(needle);
  if (offset < 0 && typeof needle === 'string')
    offset = text.search(new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'));
  return positionOfOffset(text, Math.max(0, offset));
}

/** Offset of the first bracket that opens a level deeper than `max`, outside strings; -1 if none. */
function tooDeepOffset(text: string, max: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return i;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return -1;
}

/**
 * Walks the document (without recursion) and throws for what the jsonld library would mishandle: nesting past
 * `MAX_JSONLD_DEPTH` (`RdfLimitError`), keys it drops silently, strings with a lone surrogate (not Unicode
 * text: N-Triples refuses them too) (`RdfSyntaxError`). Returns the document's size.
 */
export function checkJsonLdDocument(doc: unknown, text: string, file?: string): JsonLdShape {
  const stack: { value: unknown; depth: number; inContext: boolean }[] = [{ value: doc, depth: 1, inContext: false }];
  let nodes = 0;
  const checkString = (s: string): void => {
    if (!LONE_SURROGATE.test(s)) return;
    const at = positionOfText(text, LONE_SURROGATE_ESCAPE.test(text) ? LONE_SURROGATE_ESCAPE : LONE_SURROGATE);
    throw new RdfSyntaxError(
      `a string holds a lone surrogate (${JSON.stringify(s.match(LONE_SURROGATE)![0]).slice(1, -1)}), which is not a Unicode character`,
      { file, ...at },
    );
  };
  while (stack.length > 0) {
    const { value, depth, inContext } = stack.pop()!;
    nodes++;
    if (typeof value === 'string') {
      checkString(value);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_JSONLD_DEPTH) {
      const at = positionOfOffset(text, Math.max(0, tooDeepOffset(text, MAX_JSONLD_DEPTH)));
      throw new RdfLimitError('depth', `JSON-LD nested deeper than ${MAX_JSONLD_DEPTH} levels`, { file, ...at });
    }
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1, inContext });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (DROPPED_KEYS.has(key)) {
        const at = positionOfText(text, new RegExp(`"${key}"\\s*:`));
        throw new RdfSyntaxError(
          `the key "${key}" cannot be used in JSON-LD here (the jsonld library would drop it and its statements without a word): write the full IRI instead`,
          { file, ...at },
        );
      }
      if (inContext && CONTEXT_METHODS.has(key)) {
        const at = positionOfText(text, new RegExp(`"${key}"\\s*:`));
        throw new RdfSyntaxError(
          `"${key}" cannot be a term in a JSON-LD context here (the jsonld library calls a method of that name on contexts): write the full IRI instead`,
          { file, ...at },
        );
      }
      checkString(key);
      stack.push({
        value: (value as Record<string, unknown>)[key],
        depth: depth + 1,
        inContext: inContext || key === '@context',
      });
    }
  }
  return { nodes };
}
