// The search box's options as data: the suggestions, the "show all" option after them, the active one and arrow-key
// moves.
import type { SearchIndex, Suggestion } from '../core/search/search-index';

export class SearchSuggestions {
  suggestions: Suggestion[] = [];
  /** Every local match of the text typed, when there are more than one: the last option shows them all. */
  allMatches: string[] = [];
  /** The option the arrow keys are on (-1: none). */
  active = -1;

  constructor(private readonly limit: number) {}

  /** Matches `text` in the index: the first `limit` are suggested, all of them can be shown. */
  match(index: SearchIndex | null, text: string): void {
    const all = index ? index.search(text) : [];
    this.suggestions = all.slice(0, this.limit);
    this.allMatches = all.map((x) => x.key);
  }

  /** An endpoint's matches join the local ones after them (those already suggested once), up to the limit. */
  addRemote(found: readonly Suggestion[]): void {
    const keys = new Set(this.suggestions.map((x) => x.key));
    this.suggestions = [...this.suggestions, ...found.filter((x) => !keys.has(x.key))].slice(0, this.limit);
  }

  /** The "show all matches" option is there (more than one match). */
  hasShowAll(): boolean {
    return this.allMatches.length > 1;
  }

  /** Options that can be chosen: the suggestions, and "show all" when there. */
  count(): number {
    return this.suggestions.length + (this.hasShowAll() ? 1 : 0);
  }

  isShowAll(i: number): boolean {
    return i === this.suggestions.length && this.hasShowAll();
  }

  /** The option `delta` steps from the active one, wrapping round (none without options). */
  step(delta: 1 | -1): number {
    const n = this.count();
    return n === 0 ? -1 : (this.active + delta + n) % n;
  }

  /** Where a suggestion is now, by key (-1: gone). */
  indexOf(key: string | null | undefined): number {
    return key ? this.suggestions.findIndex((x) => x.key === key) : -1;
  }
}
