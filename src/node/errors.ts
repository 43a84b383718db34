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

/** A store answered a Graph Store Protocol request with an error status. */
export class GraphStoreError extends Error {
  override name = 'GraphStoreError';
  readonly status: number;
  readonly url: string;

  constructor(url: string, status: number, body: string) {
    const hint = status === 401 ? ' (authentication refused: check --user and --password)' : '';
    // Status 0: no HTTP answer at all (refused connection, DNS); `body` then says why.
    const what = status === 0 ? '' : `HTTP ${status}${hint}`;
    super(`${url}: ${what}${what && body ? ': ' : ''}${body.trim().slice(0, 300)}`);
    this.status = status;
    this.url = url;
  }
}
