// How much input the CLI and server read: one constant, apart from the readers so option parsing stays light.

/**
 * The most bytes one input may have, and the default: every file is decoded into one JavaScript string, and
 * V8 holds none longer than 2^29 - 24 UTF-16 units; parsing that much takes about 3 GB of memory.
 */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

export interface ReadLimits {
  /** Refuse an input (file or standard input) longer than this many bytes; default and at most MAX_INPUT_BYTES. */
  maxInputBytes?: number;
  /** Refuse input whose first 64 KiB are plainly not RDF text (default true; `ingest` reads documents, not RDF). */
  checkRdf?: boolean;
}
