// Characters XML 1.0 cannot carry, not even as a character reference: most C0 controls, U+FFFE/U+FFFF, lone surrogates.
import { ResultFormatError } from './limits';

const NOT_XML_1_0 =
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what the check looks for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The result holds a character that no well-formed XML 1.0 document can carry, so it cannot be written as XML. */
export class XmlCharacterError extends ResultFormatError {
  override name = 'XmlCharacterError';

  constructor(
    readonly codePoint: number,
    readonly where: string,
  ) {
    super(
      `this result cannot be written as XML: ${where} holds U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}, a character XML 1.0 cannot carry; ask for another format (SPARQL JSON, CSV, TSV, Turtle, N-Triples)`,
    );
  }
}

/** Throws XmlCharacterError if `text` holds a character XML 1.0 cannot carry; `where` names it in the message. */
export function assertXmlText(text: string, where: string): void {
  const match = NOT_XML_1_0.exec(text);
  if (match) throw new XmlCharacterError(match[0].charCodeAt(0), where);
}
