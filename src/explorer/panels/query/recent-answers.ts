// The answers of the last queries run, by source and text: Back and Forward bring a query's answers back with its text
// instead of an empty table (the data has not changed since, or the answers would be gone).

/** How many answered queries are kept: a few history steps, not a store of result sets. */
const KEPT = 8;

export class RecentAnswers<T> {
  private readonly answers = new Map<string, T>();

  constructor(private readonly kept = KEPT) {}

  /** The key of a query: where it ran (an endpoint, or '' for the graph in the page) and its text. */
  static key(source: string, text: string): string {
    return `${source}\n${text}`;
  }

  remember(key: string, answer: T): void {
    // Re-inserted at the end: the oldest answer is the first in the map's order.
    this.answers.delete(key);
    this.answers.set(key, answer);
    while (this.answers.size > this.kept) {
      const oldest = this.answers.keys().next();
      if (oldest.done === true) break;
      this.answers.delete(oldest.value);
    }
  }

  get(key: string): T | undefined {
    return this.answers.get(key);
  }

  /** The data changed: every answer may be wrong now. */
  clear(): void {
    this.answers.clear();
  }
}
