// A forgiving SPARQL tokenizer, only for explaining syntax errors (Oxigraph parses the queries that run).

export type TokenKind = 'iri' | 'string' | 'unclosed-string' | 'variable' | 'pname' | 'word' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  /** UTF-16 offset of the first character. */
  start: number;
  end: number;
  /** 1-based; the column counts Unicode code points. */
  line: number;
  column: number;
}

const PATTERNS: [TokenKind, RegExp][] = [
  ['iri', /<[^<>"{}|^`\\\s]*>/y],
  [
    'string',
    /"""(?:[^"\\]|\\[\s\S]|"(?!""))*"""|'''(?:[^'\\]|\\[\s\S]|'(?!''))*'''|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*'/y,
  ],
  ['unclosed-string', /"""[\s\S]*|'''[\s\S]*|"[^\n\r]*|'[^\n\r]*/y],
  ['variable', /[?$][\p{L}\p{N}\p{M}_\u00B7\u203F-\u2040]+/uy],
  // A prefixed name (also `_:label` and a bare `okg:`): the prefix, a colon, then the local part
  ['pname', /(?:[\p{L}_][\p{L}\p{N}_.\-\u00B7]*)?:(?:[\p{L}\p{N}_:%\\\-.\u00B7]*[\p{L}\p{N}_:%\-\u00B7])?/uy],
  ['word', /[\p{L}_][\p{L}\p{N}_-]*/uy],
  ['number', /[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)/y],
  ['punct', /\^\^|&&|\|\||!=|<=|>=|@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*|[{}()[\].,;*=<>!+\-/^|?$@]/y],
];

/** The query's tokens in order, comments and white space left out; a character nothing matches is its own token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  let line = 1;
  let lineStart = 0;
  const columnAt = (at: number) => [...text.slice(lineStart, at)].length + 1;
  while (offset < text.length) {
    const char = text.charAt(offset);
    if (char === '\n') {
      offset += 1;
      line += 1;
      lineStart = offset;
      continue;
    }
    if (/\s/.test(char)) {
      offset += 1;
      continue;
    }
    if (char === '#') {
      const newline = text.indexOf('\n', offset);
      offset = newline < 0 ? text.length : newline;
      continue;
    }
    let kind: TokenKind = 'punct';
    let length = char.codePointAt(0)! > 0xffff ? 2 : 1;
    for (const [candidate, pattern] of PATTERNS) {
      pattern.lastIndex = offset;
      const match = pattern.exec(text);
      if (match && match[0].length > 0) {
        kind = candidate;
        length = match[0].length;
        break;
      }
    }
    const token: Token = {
      kind,
      text: text.slice(offset, offset + length),
      start: offset,
      end: offset + length,
      line,
      column: columnAt(offset),
    };
    tokens.push(token);
    // Long strings may span lines
    for (let i = offset; i < offset + length; i++) {
      if (text[i] === '\n') {
        line += 1;
        lineStart = i + 1;
      }
    }
    offset += length;
  }
  return tokens;
}

/** UTF-16 offset of a 1-based line and code-point column (clamped to the text). */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const newline = text.indexOf('\n', offset);
    if (newline < 0) return text.length;
    offset = newline + 1;
  }
  for (let c = 1; c < column && offset < text.length && text[offset] !== '\n'; c++) {
    offset += text.codePointAt(offset)! > 0xffff ? 2 : 1;
  }
  return offset;
}

/** 1-based line and code-point column of an offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}
