// Whether a string is an absolute IRI that N-Triples would accept (a graph name given on a command line or in a
// request). RFC 3987 absolute IRI, loosely: a scheme, then none of the characters an IRI never holds (<>"{}|\^`
// and spaces; control characters are checked apart).
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i;

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return true;
  }
  return false;
}

export function isAbsoluteIri(text: string): boolean {
  return !hasControlCharacter(text) && ABSOLUTE_IRI.test(text);
}
