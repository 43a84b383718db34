// Remote endpoint mode: queries go to a SPARQL endpoint, and nodes are brought into the graph a neighbourhood at a time.
import type { ExplorerContext } from '../../context';
import { createRemoteEngine, type RemoteSparqlEngine } from '../../../query/remote-engine';
import { describedQuads, describeQuery, neighbourhoodQuery, neighbourPage, NEIGHBOUR_PAGE } from './remote-neighbourhood';

export interface ExpandOutcome {
  added: number;
  /** Statements linking this node loaded so far. */
  loaded: number;
  more: boolean;
}

export class RemoteSource {
  readonly engine: RemoteSparqlEngine;
  /** Next offset per expanded node, so "more" continues where the last page ended. */
  private readonly offsets = new Map<string, number>();
  private readonly more = new Map<string, boolean>();

  constructor(readonly endpoint: string, private readonly context: ExplorerContext, private readonly timeoutMs: () => number) {
    this.engine = createRemoteEngine(endpoint);
  }

  hasMore(iri: string): boolean {
    return this.more.get(iri) === true;
  }

  /** Loads the next page (≤ 50) of the node's neighbours with their labels and types, merged into the dataset. */
  async expand(iri: string, signal?: AbortSignal): Promise<ExpandOutcome> {
    const offset = this.offsets.get(iri) ?? 0;
    const options = { timeoutMs: this.timeoutMs(), signal, rowLimit: NEIGHBOUR_PAGE + 1 };
    const page = neighbourPage(iri, await this.engine.query(neighbourhoodQuery(iri, offset), options));
    const described = await this.engine.query(describeQuery([iri, ...page.neighbours]), { ...options, rowLimit: 5000 });
    const quads = [...page.quads, ...describedQuads(described)];
    const before = this.context.getQuads().length;
    this.context.setQuads(quads, 'merge');
    this.offsets.set(iri, offset + page.rows);
    this.more.set(iri, page.more);
    return { added: this.context.getQuads().length - before, loaded: offset + page.rows, more: page.more };
  }
}
