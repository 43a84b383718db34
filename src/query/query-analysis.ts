// What the engine reads from a query's text before running it (form, SELECT projection), cached per text.
import { selectProjection } from './projection';
import { queryFormAt, type QueryForm } from './query-form';

/** The form of a request and, for a SELECT whose clause the reader follows, its projected variables. */
export interface QueryAnalysis {
  form: QueryForm | undefined;
  /**
   * Projected variables in order (undefined: not a SELECT, `SELECT *`, or a clause the reader does not follow).
   * Shared by every query with this text: copy it before handing it out.
   */
  variables: readonly string[] | undefined;
  /** The same names as a set, for checking each solution's bindings without building one per query. */
  projected: ReadonlySet<string> | undefined;
}

/** Enough for the example menu, the explorer's generated queries and a bench mix, small enough to never matter. */
const CACHE_SIZE = 128;
/** Longer texts (big VALUES blocks, generated queries) are analysed every time rather than kept alive. */
const LONGEST_CACHED = 16_384;

/**
 * Reading the form and projection costs a few microseconds per query, which is a visible share of a
 * sub-millisecond lookup (and more before the reader's code is optimised); the same texts come back
 * (menu examples, panels re-querying, the SPARQL endpoint's clients), so the answer is kept per text.
 */
export class QueryAnalysisCache {
  // A Map iterates in insertion order: re-inserting on a hit makes the first key the least recently used
  private readonly entries = new Map<string, QueryAnalysis>();

  constructor(private readonly capacity = CACHE_SIZE) {}

  get size(): number {
    return this.entries.size;
  }

  analyse(sparql: string): QueryAnalysis {
    const hit = this.entries.get(sparql);
    if (hit) {
      this.entries.delete(sparql);
      this.entries.set(sparql, hit);
      return hit;
    }
    const analysis = analyseQuery(sparql);
    if (sparql.length <= LONGEST_CACHED && this.capacity > 0) {
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(sparql, analysis);
    }
    return analysis;
  }
}

/** Reads the form and projection of one text (uncached). The result is frozen: cached entries are shared. */
export function analyseQuery(sparql: string): QueryAnalysis {
  const at = queryFormAt(sparql);
  const variables = at?.form === 'select' ? selectProjection(sparql, at.end) : undefined;
  return Object.freeze({
    form: at?.form,
    variables: variables && Object.freeze(variables),
    projected: variables && new Set(variables),
  });
}
