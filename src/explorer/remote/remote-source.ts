// Remote mode: one SPARQL endpoint as a data source — bounded search, and neighbourhoods brought in 50 at a time.
import type { ExplorerContext } from '../context';
import { createRemoteEngine, type RemoteEngineOptions, type RemoteSparqlEngine } from '../../query/remote-engine';
import type { Suggestion } from '../core/search/search-index';
import {
  DESCRIBE_LIMIT,
  describeQuery,
  NEIGHBOUR_PAGE,
  neighbourhoodQuery,
  PROVENANCE_LIMIT,
  provenanceQuery,
  SEARCH_ROWS,
  searchQuery,
  searchText,
} from './queries';
import { describedQuads, neighbourPage, provenanceQuads, searchSuggestions } from './results';

/**
 * Time limit of one request from the explorer. Longer than the project server's own limit (10 s by default),
 * so that behind `serve --endpoint` the server's clear 503 arrives before the browser gives up.
 */
export const REMOTE_TIMEOUT_MS = 15_000;

export interface ExpandOutcome {
  /** Quads the dataset gained. */
  added: number;
  /** Links of this node loaded so far. */
  loaded: number;
  more: boolean;
}

/** What Details shows about a node's neighbours on the endpoint. */
export interface NodeStatus {
  /** At least one page of its neighbours has been loaded. */
  expanded: boolean;
  /** Links loaded so far. */
  loaded: number;
  more: boolean;
  busy: boolean;
}

export class RemoteSource {
  readonly engine: RemoteSparqlEngine;
  /** Next offset per expanded node, so "More" continues where the last page ended. */
  private readonly offsets = new Map<string, number>();
  private readonly more = new Map<string, boolean>();
  private readonly pending = new Map<string, Promise<ExpandOutcome>>();

  constructor(
    readonly endpoint: string,
    readonly context: ExplorerContext,
    private readonly timeoutMs: () => number = () => REMOTE_TIMEOUT_MS,
    engineOptions: RemoteEngineOptions = {},
  ) {
    this.engine = createRemoteEngine(endpoint, engineOptions);
  }

  status(iri: string): NodeStatus {
    return {
      expanded: this.offsets.has(iri),
      loaded: this.offsets.get(iri) ?? 0,
      more: this.more.get(iri) === true,
      busy: this.pending.has(iri),
    };
  }

  hasMore(iri: string): boolean {
    return this.more.get(iri) === true;
  }

  /**
   * Loads the next page (≤ 50) of the node's neighbours with their labels and types, and the passages that
   * support each link when the store keeps them as named graphs, and merges it all into the dataset — only
   * once every request has succeeded, so a failure leaves the graph as it was. A second call for the same
   * node while one runs gets the same answer (a double click loads one page, not two).
   */
  expand(iri: string, signal?: AbortSignal): Promise<ExpandOutcome> {
    const running = this.pending.get(iri);
    if (running) return running;
    const job = this.loadPage(iri, signal).finally(() => {
      if (this.pending.get(iri) === job) this.pending.delete(iri);
    });
    this.pending.set(iri, job);
    return job;
  }

  private async loadPage(iri: string, signal?: AbortSignal): Promise<ExpandOutcome> {
    const offset = this.offsets.get(iri) ?? 0;
    const options = { timeoutMs: this.timeoutMs(), signal, rowLimit: NEIGHBOUR_PAGE + 1 };
    const page = neighbourPage(iri, await this.engine.query(neighbourhoodQuery(iri, offset), options));
    const described = await this.engine.query(describeQuery([iri, ...page.neighbours]), {
      ...options,
      rowLimit: DESCRIBE_LIMIT,
    });
    const quoted = provenanceQuery(page.quads);
    const provenance =
      quoted === null
        ? []
        : provenanceQuads(await this.engine.query(quoted, { ...options, rowLimit: PROVENANCE_LIMIT }));
    const quads = [...page.quads, ...describedQuads(described), ...provenance];
    const before = this.context.getQuads().length;
    const had = { offset: this.offsets.get(iri), more: this.more.get(iri) };
    // The node's new state is recorded before the merge, so the panels the merge redraws (Details) show it.
    this.offsets.set(iri, offset + page.rows);
    this.more.set(iri, page.more);
    this.pending.delete(iri);
    try {
      // setQuads may become asynchronous (a worker builds the graph): wait for it either way.
      await Promise.resolve(this.context.setQuads(quads, 'merge'));
    } catch (error) {
      if (had.offset === undefined) this.offsets.delete(iri);
      else this.offsets.set(iri, had.offset);
      this.more.set(iri, had.more === true);
      throw error;
    }
    return { added: this.context.getQuads().length - before, loaded: offset + page.rows, more: page.more };
  }

  /** Entities whose label, acronym, identifier or notation contains `text`; [] for text too short to send. */
  async search(text: string, limit: number, signal?: AbortSignal): Promise<Suggestion[]> {
    const sent = searchText(text);
    if (sent === '') return [];
    const result = await this.engine.query(searchQuery(sent), {
      timeoutMs: this.timeoutMs(),
      signal,
      rowLimit: SEARCH_ROWS,
    });
    return searchSuggestions(sent, result, limit);
  }
}
