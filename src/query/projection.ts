// The projected variables of a SELECT query, read from its text (so that results can skip Oxigraph's JSON writer).

/** Characters that end a variable name in a SELECT clause. */
const NAME_END = /[\s(){}?$#,.;]/;

function skipSpaceAndComments(text: string, i: number): number {
  while (i < text.length) {
    const c = text[i];
    if (c === '#') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else break;
  }
  return i;
}

/** Index just past the `)` closing the `(` at `open`, skipping quoted strings; -1 if there is none. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const long = text.startsWith(c.repeat(3), i);
      const quote = long ? c.repeat(3) : c;
      let j = i + quote.length;
      while (j < text.length && !text.startsWith(quote, j)) j += text[j] === '\\' ? 2 : 1;
      i = j + quote.length - 1;
    } else if (c === '(') {
      depth++;
    } else if (c === ')' && --depth === 0) {
      return i + 1;
    }
  }
  return -1;
}

/**
 * The variables a SELECT clause projects, in order, given the text just after `SELECT`: `?a $b (expr AS ?c)`.
 * Undefined for `SELECT *` or anything this reader does not follow: callers then ask the engine for the head.
 */
export function selectProjection(sparql: string, afterSelect: number): string[] | undefined {
  const names: string[] = [];
  let i = skipSpaceAndComments(sparql, afterSelect);
  const modifier = /^(?:DISTINCT|REDUCED)\b/i.exec(sparql.slice(i, i + 9));
  if (modifier) i = skipSpaceAndComments(sparql, i + modifier[0].length);
  for (;;) {
    const c = sparql[i];
    if (c === '?' || c === '$') {
      let j = i + 1;
      while (j < sparql.length && !NAME_END.test(sparql.charAt(j))) j++;
      if (j === i + 1) return undefined;
      names.push(sparql.slice(i + 1, j));
      i = skipSpaceAndComments(sparql, j);
    } else if (c === '(') {
      const close = closingParen(sparql, i);
      if (close < 0) return undefined;
      const as = /\bAS\s*[?$]([^\s()]+)\s*\)$/i.exec(sparql.slice(i, close));
      const [, name] = as ?? [];
      if (name === undefined) return undefined;
      names.push(name);
      i = skipSpaceAndComments(sparql, close);
    } else if (c === '{' || /^(?:WHERE|FROM)\b/i.test(sparql.slice(i, i + 6))) {
      // A name projected twice is an error the engine reports: let it
      return names.length > 0 && new Set(names).size === names.length ? names : undefined;
    } else {
      return undefined;
    }
  }
}
