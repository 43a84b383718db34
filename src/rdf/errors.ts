// Typed errors of the RDF core: syntax, encoding, refused remote contexts, unknown formats.

/** Base class of every error the RDF core throws; callers can catch this one class. */
export class RdfError extends Error {
  override name = 'RdfError';
  /** The file (or source name) the error is about, when known. */
  readonly file?: string;

  constructor(message: string, file?: string) {
    super(message);
    this.file = file;
  }
}

/** A syntax error at a 1-based line and column (columns count Unicode code points). */
export class RdfSyntaxError extends RdfError {
  override name = 'RdfSyntaxError';
  readonly line: number;
  readonly column: number;
  /** The parser's own description, without the position prefix. */
  readonly reason: string;

  constructor(reason: string, position: { file?: string; line: number; column: number }) {
    super(`${position.file ?? '<input>'}:${position.line}:${position.column}: ${reason}`, position.file);
    this.line = position.line;
    this.column = position.column;
    this.reason = reason;
  }
}

/** The input bytes are not valid UTF-8; `byteOffset` is the first bad byte (0-based). */
export class RdfEncodingError extends RdfError {
  override name = 'RdfEncodingError';
  readonly byteOffset: number;
  readonly line: number;
  readonly column: number;

  constructor(position: { file?: string; byteOffset: number; line: number; column: number }) {
    super(
      `${position.file ?? '<input>'}:${position.line}:${position.column}: invalid UTF-8 byte sequence at byte offset ${position.byteOffset}`,
      position.file,
    );
    this.byteOffset = position.byteOffset;
    this.line = position.line;
    this.column = position.column;
  }
}

/** A JSON-LD document asked for a remote context or document; nothing is ever fetched. */
export class RemoteContextError extends RdfError {
  override name = 'RemoteContextError';
  readonly url: string;

  constructor(url: string, file?: string) {
    super(`${file ?? '<input>'}: remote JSON-LD context refused (nothing is fetched): ${url}`, file);
    this.url = url;
  }
}

/** The format could not be determined, or is not one the project reads and writes. */
export class UnsupportedFormatError extends RdfError {
  override name = 'UnsupportedFormatError';
  readonly format?: string;

  constructor(message: string, format?: string, file?: string) {
    super(`${file ? file + ': ' : ''}${message}`, file);
    this.format = format;
  }
}

/** The input is not RDF text at all (an image, an archive, binary data with NUL bytes): refused before decoding. */
export class NotRdfError extends RdfError {
  override name = 'NotRdfError';
  /** What the bytes look like: "PNG image", "binary data (NUL byte)", … */
  readonly what: string;
  /** Where the tell-tale bytes are (0-based). */
  readonly byteOffset: number;

  constructor(what: string, byteOffset: number, file?: string) {
    super(
      `${file ?? '<input>'}: not an RDF file: ${what}${byteOffset > 0 ? ` at byte offset ${byteOffset}` : ''}`,
      file,
    );
    this.what = what;
    this.byteOffset = byteOffset;
  }
}

/**
 * The input needs more than a parse budget allows (JSON-LD nesting depth, context work, time): refused, nothing loaded.
 */
export class RdfLimitError extends RdfSyntaxError {
  override name = 'RdfLimitError';
  /** Which budget ran out. */
  readonly limit: 'depth' | 'context-work' | 'time';

  constructor(
    limit: 'depth' | 'context-work' | 'time',
    reason: string,
    position: { file?: string; line: number; column: number },
  ) {
    super(reason, position);
    this.limit = limit;
  }
}
