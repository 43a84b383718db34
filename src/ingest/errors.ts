// Typed errors of ingestion: input that cannot be drafted from (binary, bad UTF-8, empty, already in the graph).

export type IngestInputReason = 'binary' | 'encoding' | 'empty' | 'duplicate' | 'source-id';

/** The document cannot be ingested; `file:line:column: what` when a position is known. */
export class IngestInputError extends Error {
  override name = 'IngestInputError';
  readonly reason: IngestInputReason;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(
    reason: IngestInputReason,
    message: string,
    where: { file?: string; line?: number; column?: number } = {},
  ) {
    const position = where.line !== undefined ? `:${where.line}:${where.column ?? 1}` : '';
    super(`${where.file ?? '<input>'}${position}: ${message}`);
    this.reason = reason;
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }
}
