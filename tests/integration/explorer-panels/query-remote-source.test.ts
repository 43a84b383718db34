// Remote mode: RemoteSource against the project's real SPARQL server over HTTP — pages of ≤ 50, "more", failures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oxigraph from 'oxigraph';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { datasetToGraph, type KgGraph } from '../../../src/kg/to-graph';
import { EndpointUnreachableError, QueryAbortedError } from '../../../src/query/limits';
import { createOxigraphEngine } from '../../../src/query/oxigraph-engine';
import { startServer, type RunningServer } from '../../../src/server/server';
import type { ExplorerContext } from '../../../src/explorer/context';
import { QuadSet } from '../../../src/explorer/core/data/quad-set';
import { RemoteSource } from '../../../src/explorer/remote/remote-source';
import { RemoteSession } from '../../../src/explorer/remote/session';
import { stopStarted } from '../../helpers/stop-started';

const EX = 'http://example.org/';
const HUB = `${EX}hub`;
const LINKS = 120;
// A hub with 120 neighbours (80 out, 40 in), each labelled and typed, and a chain hub -> n0 -> far.
const TTL = `@prefix ex: <${EX}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
ex:hub a okg:OSCEBody ; rdfs:label "Hub"@en .
${Array.from({ length: LINKS }, (_, i) => {
  const n = `ex:n${String(i).padStart(3, '0')}`;
  return `${i < 80 ? `ex:hub ex:to ${n}` : `${n} ex:from ex:hub`} .\n${n} a okg:Partner ; rdfs:label "Node ${i}"@en .`;
}).join('\n')}
ex:n000 ex:next ex:far .
ex:far rdfs:label "Far away"@en .
ex:passage1 a okg:Passage ; okg:quote "The hub links to node 0 and node 1." .
ex:passage2 a okg:Passage ; okg:quote "Node 0 comes first." .
ex:passage1 { ex:hub ex:to ex:n000, ex:n001 . }
ex:passage2 { ex:hub ex:to ex:n000 . }
`;

/** The part of ExplorerContext a RemoteSource uses, over a real QuadSet and graph build. */
function memoryContext(): ExplorerContext & { merges: number } {
  const set = new QuadSet();
  let graph: KgGraph = datasetToGraph([]);
  const ctx = {
    merges: 0,
    getQuads: () => set.quads,
    getGraph: () => graph,
    async setQuads(quads: Quad[], mode: 'replace' | 'merge') {
      ctx.merges++;
      graph = datasetToGraph(mode === 'merge' ? set.merge(quads) : set.replace(quads));
    },
    selectNode: () => undefined,
    getSelectedNode: () => null,
    setHighlight: () => undefined,
    getHighlight: () => null,
    visibleNodes: () => [],
    visibleEdges: () => [],
    remote: new RemoteSession({ fitAll: () => undefined, frameNodes: () => undefined }),
    getCanvasContainer: () => {
      throw new Error('no DOM here');
    },
    getViewSnapshot: () => {
      throw new Error('no view here');
    },
    drawnPositions: () => new Map(),
    getPeriod: () => null,
    setPeriod: () => undefined,
    sourceText: () => undefined,
    showInSource: () => undefined,
    shownPassage: () => null,
    urlParam: () => ({ get: () => null, set: () => undefined, onChange: () => () => undefined }),
    takeDroppedFiles: () => undefined,
    onChange: () => () => undefined,
  };
  return ctx;
}

let server: RunningServer;
beforeAll(async () => {
  const quads = new Parser({ format: 'application/trig' }).parse(TTL) as Quad[];
  server = await startServer({
    host: '127.0.0.1',
    port: 0,
    quads,
    engine: createOxigraphEngine(oxigraph, quads),
    timeoutMs: 5000,
    rowLimit: 10_000,
    bodyLimit: 1 << 20,
    allowService: false,
  });
});
afterAll(async () => {
  await stopStarted(server);
});

describe('RemoteSource.expand', () => {
  it('brings in 50 neighbours at a time with labels and types, until there are no more', async () => {
    const context = memoryContext();
    const source = new RemoteSource(`${server.url}/sparql`, context);
    const pages: { loaded: number; more: boolean; order: number }[] = [];
    for (let i = 0; i < 4; i++) {
      const outcome = await source.expand(HUB);
      pages.push({ loaded: outcome.loaded, more: outcome.more, order: context.getGraph().order });
      if (!outcome.more) break;
    }
    expect(pages).toEqual([
      { loaded: 50, more: true, order: 51 },
      { loaded: 100, more: true, order: 101 },
      { loaded: 120, more: false, order: 121 },
    ]);
    const graph = context.getGraph();
    expect(graph.degree(HUB)).toBe(LINKS);
    expect(graph.getNodeAttribute(`${EX}n042`, 'label')).toBe('Node 42');
    expect(graph.getNodeAttribute(`${EX}n042`, 'kind')).toBe('partner');
    // Only the hub was expanded: its neighbours' own links (n000 -> far) are not loaded.
    expect(graph.hasNode(`${EX}far`)).toBe(false);
    expect(source.status(HUB)).toEqual({ expanded: true, loaded: 120, more: false, busy: false });
    expect(source.status(`${EX}n000`)).toEqual({ expanded: false, loaded: 0, more: false, busy: false });
  });

  it('brings the passages behind each link, so Details can quote them', async () => {
    const context = memoryContext();
    const source = new RemoteSource(`${server.url}/sparql`, context);
    await source.expand(HUB);
    const graph = context.getGraph();
    expect(graph.getEdgeAttribute(`${HUB}|${EX}to|${EX}n000`, 'graphs')).toEqual([`${EX}passage1`, `${EX}passage2`]);
    expect(graph.getEdgeAttribute(`${HUB}|${EX}to|${EX}n001`, 'graphs')).toEqual([`${EX}passage1`]);
    expect(graph.getEdgeAttribute(`${HUB}|${EX}to|${EX}n002`, 'graphs')).toEqual([]);
    const quotes = context
      .getQuads()
      .filter((q) => q.predicate.value.endsWith('#quote'))
      .map((q) => q.object.value)
      .sort();
    expect(quotes).toEqual(['Node 0 comes first.', 'The hub links to node 0 and node 1.']);
    // Passages are provenance, not entities: no node for them.
    expect(graph.hasNode(`${EX}passage1`)).toBe(false);
  });

  it('a second click while a page loads gets the same page, not the next one', async () => {
    const context = memoryContext();
    const source = new RemoteSource(`${server.url}/sparql`, context);
    const [a, b] = await Promise.all([source.expand(HUB), source.expand(HUB)]);
    expect(a).toBe(b);
    expect(context.merges).toBe(1);
    expect(source.status(HUB).loaded).toBe(50);
  });

  it('expanding a neighbour adds its own links', async () => {
    const context = memoryContext();
    const source = new RemoteSource(`${server.url}/sparql`, context);
    await source.expand(HUB);
    await source.expand(`${EX}n000`);
    expect(context.getGraph().getNodeAttribute(`${EX}far`, 'label')).toBe('Far away');
  });

  it('a failed request leaves the data, the graph and the paging as they were', async () => {
    const context = memoryContext();
    const up = new RemoteSource(`${server.url}/sparql`, context);
    await up.expand(HUB);
    const before = { quads: context.getQuads(), order: context.getGraph().order, merges: context.merges };
    // Nothing listens on port 9 (discard): the request cannot connect.
    const down = new RemoteSource('http://127.0.0.1:9/sparql', context);
    await expect(down.expand(HUB)).rejects.toBeInstanceOf(EndpointUnreachableError);
    expect(context.getQuads()).toBe(before.quads);
    expect(context.getGraph().order).toBe(before.order);
    expect(context.merges).toBe(before.merges);
    expect(down.status(HUB)).toEqual({ expanded: false, loaded: 0, more: false, busy: false });
  });
});

describe('RemoteSource.search', () => {
  it.each([
    ['node 42', [`${EX}n042`]],
    ['far aw', [`${EX}far`]],
    ['h', []],
  ])('%j suggests %j', async (text, keys) => {
    const source = new RemoteSource(`${server.url}/sparql`, memoryContext());
    expect((await source.search(text, 5)).map((s) => s.key)).toEqual(keys);
  });

  it('is cancelled by its signal', async () => {
    const source = new RemoteSource(`${server.url}/sparql`, memoryContext());
    const controller = new AbortController();
    const pending = source.search('node', 5, controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(QueryAbortedError);
  });
});
