// Text for XML files (GEXF, SVG): characters XML 1.0 cannot hold are dropped, markup characters escaped.

/** Most C0 controls, lone surrogates, U+FFFE/U+FFFF: not allowed anywhere in an XML 1.0 document. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these characters are exactly what is dropped
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML cannot hold (for a writer that escapes markup itself). */
export const xmlText = (text: string): string => text.replace(NOT_XML, '');

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an element or a quoted attribute. */
export const escapeXml = (text: string): string => xmlText(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
