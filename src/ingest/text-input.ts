// Turns the bytes of a document into text, refusing binary files, invalid UTF-8 and empty documents.
import { RdfEncodingError } from '../rdf/errors';
import { decodeUtf8 } from '../rdf/parse';
import { IngestInputError } from './errors';

/** Control characters that never occur in a text document (tab, LF, FF and CR do). */
const BINARY_CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/; // eslint-disable-line no-control-regex

/** Strict UTF-8 text of a plain-text or markdown document; throws `IngestInputError` otherwise. */
export function decodeDocument(bytes: Uint8Array, file?: string): string {
  // A NUL byte is the mark of a binary file (images, archives, office documents), whatever else its bytes are
  const nul = bytes.subarray(0, 65536).indexOf(0);
  if (nul >= 0)
    throw new IngestInputError(
      'binary',
      `looks like a binary file (NUL byte at offset ${nul}); ingest reads plain text or markdown`,
      { file },
    );
  let text: string;
  try {
    text = decodeUtf8(bytes, file);
  } catch (error) {
    if (!(error instanceof RdfEncodingError)) throw error;
    throw new IngestInputError(
      'encoding',
      `not UTF-8 text (invalid byte at offset ${error.byteOffset}); save the document as UTF-8`,
      { file, line: error.line, column: error.column },
    );
  }
  const control = BINARY_CONTROL.exec(text);
  if (control) {
    const before = text.slice(0, control.index);
    const line = before.split('\n').length;
    const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
    throw new IngestInputError(
      'binary',
      `looks like a binary file (control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}); ingest reads plain text or markdown`,
      { file, line, column },
    );
  }
  if (text.trim() === '') throw new IngestInputError('empty', 'the document is empty: nothing to ingest', { file });
  return text;
}

/** Hex SHA-256 of the document's text as UTF-8 (Web Crypto: in browsers and in Node alike). */
export async function textSha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
