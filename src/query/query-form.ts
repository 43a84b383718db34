// Which form a SPARQL request has (SELECT, ASK, CONSTRUCT, DESCRIBE or an UPDATE), read past the prologue.

export type QueryForm = 'select' | 'ask' | 'construct' | 'describe' | 'update';

const FORMS: Record<string, QueryForm> = {
  SELECT: 'select',
  ASK: 'ask',
  CONSTRUCT: 'construct',
  DESCRIBE: 'describe',
};

const UPDATE_KEYWORDS = new Set(['INSERT', 'DELETE', 'LOAD', 'CLEAR', 'CREATE', 'DROP', 'COPY', 'MOVE', 'ADD', 'WITH']);

/** Skips white space and `#` comments from `i`; returns the next significant position. */
function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text[i];
    if (c === '#') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\uFEFF') {
      i++;
    } else break;
  }
  return i;
}

/** Characters that end a bare word: white space and the punctuation that may follow a keyword directly. */
function endsWord(code: number): boolean {
  // space, tab, LF, CR, '<', '{', '#', '*', '('
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 60 ||
    code === 123 ||
    code === 35 ||
    code === 42 ||
    code === 40
  );
}

/** The end of the token at `i`: an IRI `<...>`, a quoted string, or a run of non-space characters. */
function tokenEnd(text: string, i: number): number {
  const c = text[i];
  if (c === '<') {
    const close = text.indexOf('>', i);
    return close < 0 ? text.length : close + 1;
  }
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  let j = i;
  while (j < text.length && !endsWord(text.charCodeAt(j))) j++;
  return Math.max(j, i + 1);
}

/** The longest keyword looked at (CONSTRUCT); longer words are none of them. */
const LONGEST_KEYWORD = 9;

/**
 * The form of a request and the position just after its keyword (SELECT, ASK, …), or undefined when it starts with
 * something else. Prologue declarations (BASE, PREFIX, VERSION) and comments are skipped; keywords are
 * case-insensitive.
 */
export function queryFormAt(sparql: string): { form: QueryForm; end: number } | undefined {
  let i = skipSpace(sparql, 0);
  for (;;) {
    const end = tokenEnd(sparql, i);
    const word = end - i <= LONGEST_KEYWORD ? sparql.slice(i, end).toUpperCase() : '';
    if (word === 'BASE' || word === 'VERSION') {
      i = skipSpace(sparql, tokenEnd(sparql, skipSpace(sparql, end)));
    } else if (word === 'PREFIX') {
      const afterName = tokenEnd(sparql, skipSpace(sparql, end));
      i = skipSpace(sparql, tokenEnd(sparql, skipSpace(sparql, afterName)));
    } else if (FORMS[word] !== undefined) {
      return { form: FORMS[word], end };
    } else if (UPDATE_KEYWORDS.has(word)) {
      return { form: 'update', end };
    } else {
      return undefined;
    }
    if (i >= sparql.length) return undefined;
  }
}

/**
 * The form of a request (see queryFormAt), or undefined when it starts with something else (the engine then decides).
 */
export function queryForm(sparql: string): QueryForm | undefined {
  return queryFormAt(sparql)?.form;
}
