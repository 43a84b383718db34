// Known prefixes a query uses without declaring them (pure): the runner adds their PREFIX declarations, errors map
// back.
import { PREFIXES } from '../../../rdf/vocab';
import { declaredPrefixes, prefixDeclaration } from './completion';

/**
 * Tokens a prefixed name can hide in (long and short strings, IRIs, comments, variables), then a prefix name and its
 * colon. Only the last alternative captures; the others are skipped whole, so `"a:b"`, `<http://x>` and `# x:y` never
 * count as uses. A name preceded by a name character or a colon is the middle of something else (`okg:a:b`).
 */
const TOKENS =
  /"""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$)|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|<[^<>"{}|^`\\\s]*>|#[^\n]*|[?$][\p{L}\p{N}_]*|(?<![\p{L}\p{N}_.:-])(\p{L}(?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_-])?)?:/gu;

/** Prefix names used in prefixed names of the query, in the order of their first use. */
export function usedPrefixes(text: string): string[] {
  const used = new Set<string>();
  for (const match of text.matchAll(TOKENS)) {
    const token = match[0];
    if (token.endsWith(':') && !/^["'<#?$]/.test(token)) used.add(match[1] ?? '');
  }
  return [...used];
}

/** The known prefixes the query uses but does not declare, in the order of their first use. */
export function implicitPrefixes(text: string, known: Readonly<Record<string, string>> = PREFIXES): string[] {
  const declared = declaredPrefixes(text);
  return usedPrefixes(text).filter((name) => Object.hasOwn(known, name) && !declared.has(name));
}

export interface PreparedQuery {
  /** What the engine runs. */
  sparql: string;
  /** The prefixes added, in the order of their first use. */
  implicit: string[];
  /** Characters added in front of the user's first line (the declarations go on that line, so no line moves). */
  shift: number;
}

/** The query with PREFIX declarations for the known prefixes it uses without declaring, and only those. */
export function withImplicitPrefixes(text: string, known: Readonly<Record<string, string>> = PREFIXES): PreparedQuery {
  const implicit = implicitPrefixes(text, known);
  if (implicit.length === 0) return { sparql: text, implicit, shift: 0 };
  const head = implicit.map((name) => `${prefixDeclaration(name, known[name] ?? '')} `).join('');
  return { sparql: head + text, implicit, shift: head.length };
}

/** An engine's 1-based error position in the prepared query, as a position in the user's text. */
export function toUserPosition(
  prepared: PreparedQuery,
  line: number,
  column: number,
): { line: number; column: number } {
  if (line !== 1 || prepared.shift === 0) return { line, column };
  return { line, column: Math.max(1, column - prepared.shift) };
}
