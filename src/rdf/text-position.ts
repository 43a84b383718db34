// Line/column arithmetic on decoded text and raw bytes, used to place parse and encoding errors.

/** Offset (UTF-16 index) where 1-based `line` starts; lines end at \r\n, \n or \r, as n3 counts them. */
export function lineStartOffset(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const lf = text.indexOf('\n', offset);
    const cr = text.indexOf('\r', offset);
    if (lf < 0 && cr < 0) return text.length;
    if (cr >= 0 && (lf < 0 || cr < lf)) offset = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
    else offset = lf + 1;
  }
  return offset;
}

/** The text of 1-based `line`, without its line break. */
export function lineText(text: string, line: number): string {
  const start = lineStartOffset(text, line);
  let end = start;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 10 || c === 13) break;
    end++;
  }
  return text.slice(start, end);
}

/** Converts a 0-based UTF-16 column within a line to a 1-based code-point column. */
export function codePointColumn(line: string, utf16Column: number): number {
  let column = 1;
  for (let i = 0; i < utf16Column && i < line.length; i++) {
    const c = line.charCodeAt(i);
    // A surrogate pair is one character to the reader
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) i++;
    column++;
  }
  return column;
}

/** 1-based line and code-point column of a UTF-16 offset in `text`. */
export function positionOfOffset(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: codePointColumn(text.slice(lineStart, offset), offset - lineStart) };
}

/** Byte offset of the first byte that does not continue a valid UTF-8 sequence, or -1 if all are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  for (let b = bytes[i]; b !== undefined; b = bytes[i]) {
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
