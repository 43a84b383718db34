// A dataset "loaded before" a bad input arrives: an engine and a graph whose contents every hardening test checks are
// unchanged.
import * as oxigraph from 'oxigraph';
import { expect } from 'vitest';
import type { Quad } from '@rdfjs/types';
import { loadSources, type RdfSource } from '../../src/rdf/load';
import { parseRdf } from '../../src/rdf/parse';
import { createOxigraphEngine, type OxigraphEngine } from '../../src/query/oxigraph-engine';
import { datasetToGraph, type KgGraph } from '../../src/kg/to-graph';

export const PRIOR_TRIG = `@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
id:passage-1 { id:odihr a okg:OSCEBody ; rdfs:label "Office for Democratic Institutions and Human Rights"@en ;
  org:subOrganizationOf id:osce . }
id:passage-2 { id:osce a okg:OSCEBody ; rdfs:label "Organization for Security and Co-operation in Europe"@en . }
`;

function snapshot(quads: readonly Quad[]): string[] {
  return quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value} ${q.graph.value}`).sort();
}

export interface PriorDataset {
  quads: Quad[];
  engine: OxigraphEngine;
  graph: KgGraph;
  /**
   * What an importer does: read every source, then swap the engine's and the graph's data in one step.
   * A source that fails leaves the engine and the graph exactly as they were.
   */
  importSources(sources: RdfSource[]): Promise<Quad[]>;
  /** Asserts the engine, the graph and the quads are what they were before the bad input. */
  expectIntact(): Promise<void>;
}

export async function priorDataset(): Promise<PriorDataset> {
  const quads = await parseRdf(PRIOR_TRIG, { format: 'trig', fileName: 'prior.trig' });
  const before = snapshot(quads);
  const engine = createOxigraphEngine(oxigraph, quads);
  let graph = datasetToGraph(quads);
  const graphBefore = JSON.stringify(graph.export());
  const prior: PriorDataset = {
    quads,
    engine,
    get graph() {
      return graph;
    },
    async importSources(sources) {
      const loaded = await loadSources(sources);
      await engine.load([...quads, ...loaded]);
      graph = datasetToGraph([...quads, ...loaded]);
      return loaded;
    },
    async expectIntact() {
      expect(snapshot(quads)).toEqual(before);
      const result = await engine.query('SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }');
      expect(result.kind === 'bindings' && Number(result.rows[0]?.n?.value)).toBe(quads.length);
      expect(JSON.stringify(graph.export())).toBe(graphBefore);
    },
  };
  return prior;
}
