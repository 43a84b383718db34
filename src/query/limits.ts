// Query limits (timeout, row cap) and the typed errors every engine throws.

export const DEFAULT_LIMITS = { timeoutMs: 10_000, rowLimit: 10_000 } as const;

/** Base class of every query error; callers can catch this one class. */
export class QueryError extends Error {
  override name = 'QueryError';
}

/** The query ran longer than its time limit and was stopped. */
export class QueryTimeoutError extends QueryError {
  override name = 'QueryTimeoutError';
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super(`query stopped after its time limit of ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller aborted the query (its AbortSignal fired). */
export class QueryAbortedError extends QueryError {
  override name = 'QueryAbortedError';
}

/** The query text is not valid SPARQL; line and column are 1-based (0 when the engine did not say). */
export class QuerySyntaxError extends QueryError {
  override name = 'QuerySyntaxError';
  readonly line: number;
  readonly column: number;
  /** The engine's own description, without the position. */
  readonly reason: string;

  constructor(reason: string, line: number, column: number) {
    super(
      line > 0
        ? `SPARQL syntax error at line ${line}, column ${column} (${line}:${column}): ${reason}`
        : `SPARQL syntax error: ${reason}`,
    );
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

/** A SPARQL UPDATE was sent to a read-only engine. */
export class ReadOnlyError extends QueryError {
  override name = 'ReadOnlyError';

  constructor() {
    super('SPARQL UPDATE is refused: this engine is read-only');
  }
}

/** The query is valid but failed while running (unsupported feature, resource limit, ...). */
export class QueryEvaluationError extends QueryError {
  override name = 'QueryEvaluationError';
}

/**
 * The query went past a resource limit and was stopped: memory (the server's cap, a worker's heap) or the engine's own
 * capacity (Oxigraph panics with "capacity overflow" when a string outgrows its 32-bit memory). The engine is replaced.
 */
export class QueryResourceError extends QueryError {
  override name = 'QueryResourceError';
  readonly limit: 'memory' | 'engine';

  constructor(limit: 'memory' | 'engine', message: string) {
    super(message);
    this.limit = limit;
  }
}

/** Results that cannot be read: invalid or truncated SPARQL JSON, an unexpected media type. */
export class ResultFormatError extends QueryError {
  override name = 'ResultFormatError';
}

/** fetch reports "fetch failed"; the useful part (ECONNREFUSED, ENOTFOUND) is in its cause. */
function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return '';
  const inner = (cause as Error & { cause?: unknown }).cause;
  return ` (${inner instanceof Error ? inner.message : cause.message})`;
}

/** A remote endpoint could not be reached (DNS, refused connection, reset). */
export class EndpointUnreachableError extends QueryError {
  override name = 'EndpointUnreachableError';
  readonly url: string;

  constructor(url: string, cause?: unknown) {
    super(`SPARQL endpoint unreachable: ${url}${describeCause(cause)}`);
    this.url = url;
  }
}

/** A remote endpoint answered with an HTTP error status. */
export class EndpointHttpError extends QueryError {
  override name = 'EndpointHttpError';
  readonly status: number;
  /** The start of the response body, for diagnosis. */
  readonly body: string;

  constructor(status: number, statusText: string, body: string) {
    super(`SPARQL endpoint answered HTTP ${status} ${statusText}${body ? `: ${body.slice(0, 300)}` : ''}`);
    this.status = status;
    this.body = body;
  }
}

/** A remote endpoint said its answer is partial (HTTP 206, Virtuoso's anytime results): never taken as complete. */
export class PartialResultError extends QueryError {
  override name = 'PartialResultError';
}

/** The endpoint answered with a media type that is not a result format asked for (an HTML error page, say). */
export class UnexpectedMediaTypeError extends ResultFormatError {
  override name = 'UnexpectedMediaTypeError';
  readonly mediaType: string;

  constructor(mediaType: string, snippet: string) {
    super(
      `SPARQL endpoint answered ${mediaType || 'without a media type'}, not query results${snippet ? `: ${snippet.slice(0, 200)}` : ''}`,
    );
    this.mediaType = mediaType;
  }
}

/** The response body ended before it was complete (connection closed early, length mismatch). */
export class TruncatedResponseError extends ResultFormatError {
  override name = 'TruncatedResponseError';
}
