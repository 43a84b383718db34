// Typed errors of the Node shells (CLI and server): input files and endpoints, apart from the RDF core's own.

/** A path given on the command line cannot be read as an RDF file. */
export class InputFileError extends Error {
  override name = 'InputFileError';
  readonly path: string;
  readonly reason: 'missing' | 'directory' | 'unreadable';

  constructor(path: string, reason: 'missing' | 'directory' | 'unreadable', detail?: string) {
    const what = {
      missing: 'no such file',
      directory: 'is a directory, not an RDF file (give the files inside it)',
      unreadable: 'cannot be read',
    }[reason];
    super(`${path}: ${what}${detail ? ` (${detail})` : ''}`);
    this.path = path;
    this.reason = reason;
  }
}

/** An input (file or standard input) is longer than the byte limit (`--max-input`): refused, nothing parsed. */
export class InputTooLargeError extends Error {
  override name = 'InputTooLargeError';
  readonly path: string;
  readonly maxBytes: number;

  constructor(path: string, maxBytes: number) {
    super(`${path}: longer than the input limit of ${formatLimit(maxBytes)} (--max-input); refused`);
    this.path = path;
    this.maxBytes = maxBytes;
  }
}

function formatLimit(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 2 ** 30],
    ['MiB', 2 ** 20],
    ['KiB', 2 ** 10],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** What went wrong with a push, for callers and tests (the message says it in words). */
export type GraphStoreFailure = 'connect' | 'timeout' | 'cut-off' | 'status' | 'redirect' | 'not-store' | 'verify';

/** A store did not take a Graph Store Protocol request: an error status, no answer, a redirect, a web page. */
export class GraphStoreError extends Error {
  override name = 'GraphStoreError';
  readonly status: number;
  readonly url: string;
  readonly kind: GraphStoreFailure;

  constructor(url: string, status: number, body: string, kind: GraphStoreFailure = 'status') {
    const hint = status === 401 ? ' (authentication refused: check --user and --password)' : '';
    // Status 0: no HTTP answer at all (refused connection, DNS, a time limit); `body` then says why.
    const what = status === 0 || kind !== 'status' ? '' : `HTTP ${status}${hint}`;
    super(`${url}: ${what}${what && body ? ': ' : ''}${body.trim().slice(0, 300)}`);
    this.status = status;
    this.url = url;
    this.kind = kind;
  }
}
