// Parse any supported RDF format into quads, all or nothing, with file:line:column errors.
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { checkRdfBytes, checkRdfText } from './binary-input';
import { RdfEncodingError, RdfError, RdfSyntaxError } from './errors';
import { resolveFormat, type RdfFormat } from './formats';
import type { JsonLdBudget } from './jsonld-budget';
import { parseJsonLd } from './parse-jsonld';
import { codePointColumn, firstInvalidUtf8, lineText, positionOfOffset } from './text-position';

export interface ParseOptions {
  /** Format name or short name (`ttl|nt|nq|trig|jsonld`); otherwise from mediaType, fileName, then content. */
  format?: string;
  /** Used in error messages, to pick the format by extension, and for the default base IRI. */
  fileName?: string;
  mediaType?: string;
  /** Base for relative IRIs; default `file:///<fileName>`, or `urn:osce-kg:input/` without a file name. */
  baseIRI?: string;
  /** Prefix for blank node labels; by default every parse gets a fresh one, so documents never share blank nodes. */
  blankNodePrefix?: string;
  onProgress?(done: number, total: number): void;
  /** JSON-LD only: limits on context processing (see `DEFAULT_JSONLD_BUDGET`). */
  jsonLdBudget?: Partial<JsonLdBudget>;
}

const N3_FORMAT: Record<Exclude<RdfFormat, 'jsonld'>, string> = {
  turtle: 'Turtle',
  trig: 'TriG',
  ntriples: 'N-Triples',
  nquads: 'N-Quads',
};

export const DEFAULT_BASE_IRI = 'urn:osce-kg:input/';

/** The base IRI a file name stands for: `file:///` plus its path, each segment percent-encoded. */
export function baseIriForFile(fileName: string | undefined): string {
  if (!fileName) return DEFAULT_BASE_IRI;
  const segments = fileName.replace(/\\/g, '/').replace(/^\/+/, '').split('/');
  return 'file:///' + segments.map((segment) => encodeURIComponent(segment)).join('/');
}

let utf8Decoder: TextDecoder | undefined;

/**
 * Decodes strict UTF-8 (a BOM is dropped); invalid bytes throw `RdfEncodingError` with their offset. For RDF,
 * call `checkRdfBytes` first (as `parseRdf` does), so an image is "not an RDF file" rather than an encoding error.
 */
export function decodeUtf8(bytes: Uint8Array, file?: string): string {
  utf8Decoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  try {
    return utf8Decoder.decode(bytes);
  } catch {
    const byteOffset = Math.max(0, firstInvalidUtf8(bytes));
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, byteOffset));
    throw new RdfEncodingError({ file, byteOffset, ...positionOfOffset(before, before.length) });
  }
}

interface N3ErrorToken {
  line: number;
  start?: number;
  end?: number;
  endLine?: number;
}
interface N3ErrorContext {
  token?: N3ErrorToken;
  line?: number;
  previousToken?: N3ErrorToken;
}

/** Turns an n3 error into an `RdfSyntaxError` with a 1-based code-point column. */
function toSyntaxError(error: unknown, text: string, file?: string): RdfError {
  if (error instanceof RdfError) return error;
  const err = error instanceof Error ? error : new Error(String(error));
  const context = (err as Error & { context?: N3ErrorContext }).context;
  const reason = err.message.replace(/ on line \d+\.$/, '');
  const line = context?.token?.line ?? context?.line ?? 1;
  const source = lineText(text, line);
  let utf16Column = 0;
  if (context?.token?.start !== undefined) {
    utf16Column = context.token.start;
  } else {
    // Lexer errors carry no token: the bad input starts at the first non-blank after the previous token
    const previous = context?.previousToken;
    const previousEndLine = previous?.endLine ?? previous?.line;
    if (previous && previousEndLine === line && previous.end !== undefined) utf16Column = previous.end;
    while (utf16Column < source.length && (source[utf16Column] === ' ' || source[utf16Column] === '\t')) utf16Column++;
  }
  return new RdfSyntaxError(reason, { file, line, column: codePointColumn(source, utf16Column) });
}

/** Parses RDF text or UTF-8 bytes into quads; throws an `RdfError` and returns nothing if any part is wrong. */
export async function parseRdf(input: string | Uint8Array, options: ParseOptions = {}): Promise<Quad[]> {
  const file = options.fileName;
  if (typeof input === 'string') checkRdfText(input, file);
  else checkRdfBytes(input, file);
  let text = typeof input === 'string' ? input : decodeUtf8(input, file);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const format = resolveFormat({
    format: options.format,
    fileName: options.fileName,
    mediaType: options.mediaType,
    text,
  });
  const baseIRI = options.baseIRI ?? baseIriForFile(file);
  options.onProgress?.(0, text.length);
  let quads: Quad[];
  if (format === 'jsonld') {
    quads = await parseJsonLd(text, {
      file,
      baseIRI,
      blankNodePrefix: options.blankNodePrefix,
      budget: options.jsonLdBudget,
    });
  } else {
    // N-Triples and N-Quads allow absolute IRIs only: without a base, n3 takes its fastest path
    const lineBased = format === 'ntriples' || format === 'nquads';
    const parser = new Parser({
      format: N3_FORMAT[format],
      baseIRI: lineBased ? undefined : baseIRI,
      blankNodePrefix: options.blankNodePrefix,
    });
    try {
      // Without callbacks n3 parses synchronously into one array: the fastest path, and all or nothing
      quads = parser.parse(text);
    } catch (error) {
      throw toSyntaxError(error, text, file);
    }
  }
  options.onProgress?.(text.length, text.length);
  return quads;
}
