// Typed errors of the domain layer.

export class KgError extends Error {
  override name = 'KgError';
}

/** A node key asked for is not in the graph. */
export class UnknownNodeError extends KgError {
  override name = 'UnknownNodeError';
  readonly key: string;

  constructor(key: string) {
    super(`no node with key ${key}`);
    this.key = key;
  }
}
