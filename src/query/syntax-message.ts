// Turns Oxigraph's SPARQL parse errors (a position and the grammar's expected-token list) into a sentence about a
// token.
import { offsetOf, positionOf, tokenize, type Token } from './sparql-lexer';

export interface SyntaxDescription {
  /** 1-based, columns in code points: the offending token, or the end of the query. */
  line: number;
  column: number;
  reason: string;
}

const QUERY_FORMS = new Set([
  'SELECT',
  'ASK',
  'CONSTRUCT',
  'DESCRIBE',
  'INSERT',
  'DELETE',
  'LOAD',
  'CLEAR',
  'DROP',
  'CREATE',
  'ADD',
  'MOVE',
  'COPY',
  'WITH',
]);
const CLOSERS: Record<string, string> = { '}': '{', ')': '(', ']': '[' };
const OPENERS: Record<string, string> = { '{': '}', '(': ')', '[': ']' };
const MAX_EXPECTED = 6;
/** Keywords and built-in function names (SPARQL 1.1 grammar, upper case); any other bare word is a typo. */
const KEYWORDS = new Set(
  `A ASK BASE PREFIX SELECT CONSTRUCT DESCRIBE WHERE FROM NAMED DISTINCT REDUCED AS GROUP BY HAVING ORDER
ASC DESC LIMIT OFFSET VALUES OPTIONAL GRAPH SERVICE SILENT MINUS UNION FILTER BIND UNDEF EXISTS NOT IN TRUE FALSE LATERAL
STR LANG LANGMATCHES DATATYPE BOUND IRI URI BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN UCASE LCASE ENCODE_FOR_URI
CONTAINS STRSTARTS STRENDS STRBEFORE STRAFTER YEAR MONTH DAY HOURS MINUTES SECONDS TIMEZONE TZ NOW UUID STRUUID MD5 SHA1
SHA256 SHA384 SHA512 COALESCE IF STRLANG STRDT SAMETERM ISIRI ISURI ISBLANK ISLITERAL ISNUMERIC REGEX SUBSTR REPLACE COUNT
SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR TRIPLE SUBJECT PREDICATE OBJECT ISTRIPLE ADJUST LANGDIR HASLANG HASLANGDIR
STRLANGDIR ISTRIPLE`.split(/\s+/),
);
/** Built-in functions: when Oxigraph lists several, it wanted an expression. */
const FUNCTIONS = /^(ABS|AVG|DAY|IRI|MAX|MD5|MIN|NOT|NOW|STR|SUM|URI|CONCAT|ADJUST|COUNT|BOUND|REGEX|SUBSTR|YEAR)$/;
const TOKEN_NAMES: Record<string, string> = {
  "'?'": 'a variable',
  "'$'": 'a variable',
  "'<'": 'an IRI',
  "':'": 'a name',
};

const quote = (token: Token) => `'${token.text.length > 40 ? `${token.text.slice(0, 40)}…` : token.text}'`;
const at = (token: Token) => ({ line: token.line, column: token.column });

/**
 * A readable reason for a parse error Oxigraph reported at `line`:`column` with its own `reason`
 * ("expected one of …", character ranges included). Checks, in order: an undeclared prefix, a query that does not
 * start with a query form, an unclosed string, unbalanced brackets, then the token where the parser stopped.
 */
export function describeSyntaxError(query: string, line: number, column: number, reason: string): SyntaxDescription {
  const tokens = tokenize(query);
  const stopAt = offsetOf(query, line, column);
  return (
    undeclaredPrefix(tokens, reason) ??
    unknownForm(tokens) ??
    unclosedString(tokens) ??
    unbalanced(query, tokens, stopAt) ??
    invalidIri(tokens, stopAt, reason) ??
    unexpectedToken(query, tokens, stopAt, reason)
  );
}

function undeclaredPrefix(tokens: Token[], reason: string): SyntaxDescription | undefined {
  if (!/prefix not found/i.test(reason)) return undefined;
  const declared = new Set<string>();
  // The pname right after PREFIX is declared here, so it passes the check below when its turn comes
  for (const [i, token] of tokens.entries()) {
    const next = tokens[i + 1];
    if (token.kind === 'word' && token.text.toUpperCase() === 'PREFIX' && next?.kind === 'pname') {
      declared.add(next.text.slice(0, next.text.indexOf(':')));
      continue;
    }
    if (token.kind !== 'pname' || token.text.startsWith('_:')) continue;
    const prefix = token.text.slice(0, token.text.indexOf(':'));
    if (!declared.has(prefix)) {
      return {
        ...at(token),
        reason: `prefix ${prefix}: is not declared (in ${quote(token)}); add PREFIX ${prefix}: <…> before the query`,
      };
    }
  }
  return undefined;
}

function unknownForm(tokens: Token[]): SyntaxDescription | undefined {
  let i = 0;
  // The prologue: BASE <iri> and PREFIX p: <iri>
  for (;;) {
    const token = tokens[i];
    const word = token?.kind === 'word' ? token.text.toUpperCase() : '';
    if (word === 'BASE') i += 2;
    else if (word === 'PREFIX') i += 3;
    else break;
  }
  const first = tokens[i];
  if (!first || (first.kind === 'word' && QUERY_FORMS.has(first.text.toUpperCase()))) return undefined;
  return { ...at(first), reason: `${quote(first)} cannot start a query: expected SELECT, ASK, CONSTRUCT or DESCRIBE` };
}

function unclosedString(tokens: Token[]): SyntaxDescription | undefined {
  const open = tokens.find((t) => t.kind === 'unclosed-string');
  if (!open) return undefined;
  // An unclosed-string token starts with its delimiter
  const [delimiter = ''] = /^("""|'''|"|')/.exec(open.text) ?? [];
  return {
    ...at(open),
    reason: `the string that starts here is not closed: expected ${delimiter} before the end of the ${delimiter.length === 1 ? 'line' : 'query'}`,
  };
}

/** The first bracket that does not match, if it comes no later than where Oxigraph stopped. */
function unbalanced(query: string, tokens: Token[], stopAt: number): SyntaxDescription | undefined {
  const open: Token[] = [];
  for (const token of tokens) {
    if (token.start > stopAt) return undefined;
    if (token.kind !== 'punct') continue;
    if (OPENERS[token.text]) open.push(token);
    const opener = CLOSERS[token.text];
    if (!opener) continue;
    const top = open.pop();
    if (!top) return { ...at(token), reason: `unexpected ${quote(token)}: no '${opener}' is open here` };
    if (top.text !== opener) {
      return {
        ...at(token),
        reason: `expected '${OPENERS[top.text]}' to close the '${top.text}' opened at ${top.line}:${top.column}, found ${quote(token)}`,
      };
    }
  }
  const top = open.pop();
  const last = tokens.at(-1);
  if (!top || !last) return undefined;
  return {
    ...positionOf(query, query.trimEnd().length),
    reason: `expected '${OPENERS[top.text]}' after ${quote(last)} to close the '${top.text}' opened at ${top.line}:${top.column}; the query ends first`,
  };
}

function invalidIri(tokens: Token[], stopAt: number, reason: string): SyntaxDescription | undefined {
  if (!/IRI parsing failed|Invalid IRI/i.test(reason)) return undefined;
  const iri = [...tokens].reverse().find((t) => t.start <= stopAt && (t.kind === 'iri' || t.text === '<'));
  if (!iri) return undefined;
  return {
    ...at(iri),
    reason: `invalid IRI starting with ${quote(iri)}: an IRI in <…> may hold no spaces, quotes or braces`,
  };
}

function unexpectedToken(query: string, tokens: Token[], stopAt: number, reason: string): SyntaxDescription {
  const found = tokens.find((t) => t.start <= stopAt && stopAt < t.end) ?? tokens.find((t) => t.start >= stopAt);
  const before = [...tokens].reverse().find((t) => t.end <= (found?.start ?? stopAt));
  const expected = expectedList(reason);
  // A misspelt keyword: the parser only stops at the token after it
  if (before && before.kind === 'word' && !KEYWORDS.has(before.text.toUpperCase())) {
    return {
      ...at(before),
      reason: `${quote(before)} is not a SPARQL keyword${expected ? `: expected ${expected}` : ''}`,
    };
  }
  const what = expected ? `expected ${expected}` : 'unexpected input';
  const after = before ? ` after ${quote(before)}` : '';
  if (!found)
    return { ...positionOf(query, query.trimEnd().length), reason: `${what}${after}, found the end of the query` };
  return { ...at(found), reason: `${what}${after}, found ${quote(found)}` };
}

/**
 * Oxigraph's "expected one of A, \"}\", ['0'..='9'], [_]" as "A, '}' or a number" (character classes named or left
 * out).
 */
export function expectedList(reason: string): string | undefined {
  const match = /expected (?:one of )?([\s\S]*)$/.exec(reason);
  if (!match) return undefined;
  const items: string[] = [];
  const [, list = ''] = match;
  for (const raw of splitTopLevel(list)) {
    const item = raw.trim();
    let name: string | undefined;
    if (/^"(.*)"$/.test(item)) name = `'${JSON.parse(item) as string}'`;
    else if (/^\[.*\]$/s.test(item))
      name =
        /'0'\s*\.\.=?\s*'9'/.test(item) && !/'A'/.test(item) ? 'a number' : /'A'|'a'/.test(item) ? 'a name' : undefined;
    else if (/^[A-Z][A-Za-z_ ]*$/.test(item) && !/not found|failed/i.test(item)) name = item;
    if (name && FUNCTIONS.test(name)) name = 'an expression';
    if (name) name = TOKEN_NAMES[name] ?? name;
    if (name && !items.includes(name)) items.push(name);
  }
  if (items.length === 0) return undefined;
  const shown = items.slice(0, MAX_EXPECTED);
  if (items.length > MAX_EXPECTED) return `one of ${shown.join(', ')}, …`;
  return shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

/** Splits on commas outside quotes and brackets. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inQuote: string | undefined;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuote) {
      if (c === '\\') {
        current += c + (text[i + 1] ?? '');
        i += 1;
        continue;
      }
      if (c === inQuote) inQuote = undefined;
    } else if (c === '"' || c === "'") inQuote = c;
    else if (c === '[') depth += 1;
    else if (c === ']') depth -= 1;
    else if (c === ',' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  if (current.trim()) parts.push(current);
  return parts;
}
