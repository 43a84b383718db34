// The imports that can still be taken back, newest last: a few steps, and not more statements held than a bound, so
// undoing never costs the page its memory.

export interface UndoEntry<Q> {
  /** The dataset before the import, put back by its undo. */
  before: readonly Q[];
  /** The dataset the import left (null until it is in): any other change after it ends every offer. */
  after: readonly Q[] | null;
  fileName: string;
  mode: 'replace' | 'merge';
}

/** Imports that can be undone in a row. */
export const MAX_UNDO_STEPS = 5;
/** Statements the kept datasets may hold together (the oldest steps go first past it). */
export const MAX_UNDO_STATEMENTS = 1_000_000;

export class UndoStack<Q> {
  private entries: UndoEntry<Q>[] = [];

  constructor(
    private readonly maxSteps = MAX_UNDO_STEPS,
    private readonly maxStatements = MAX_UNDO_STATEMENTS,
  ) {}

  /** An import begins; its `before` must be the `after` of the step below, or the older steps no longer apply. */
  push(entry: UndoEntry<Q>): void {
    // An import that never came in (an error, Cancel) is no step
    if (this.top()?.after === null) this.entries.pop();
    const below = this.top();
    if (below && below.after !== entry.before) this.entries = [];
    this.entries.push(entry);
    while (this.entries.length > this.maxSteps) this.entries.shift();
    let held = this.entries.reduce((n, e) => n + e.before.length, 0);
    while (this.entries.length > 1 && held > this.maxStatements) held -= this.entries.shift()?.before.length ?? 0;
  }

  top(): UndoEntry<Q> | undefined {
    return this.entries.at(-1);
  }

  /** Takes the newest step off; the one below, if any, now ends at `now` (the dataset put back). */
  pop(now: readonly Q[]): UndoEntry<Q> | undefined {
    const entry = this.entries.pop();
    const below = this.top();
    if (below) below.after = now;
    return entry;
  }

  /** The dataset now is not the one the newest import left: nothing can be undone any more. */
  sync(now: readonly Q[]): void {
    const top = this.top();
    if (top?.after && top.after !== now) this.entries = [];
  }

  get size(): number {
    return this.entries.length;
  }
}
