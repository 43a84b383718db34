// The drawn graph leaves the vocabulary out (classes, properties, OWL lists) and keeps the properties' labels.
import { describe, expect, it } from 'vitest';
import { buildEntityGraph } from '../../../../src/explorer/core/data/entity-graph';
import { datasetToGraph } from '../../../../src/kg/to-graph';
import { fixtureQuads, ID, OKG } from '../../fixture';

describe('buildEntityGraph', () => {
  const quads = fixtureQuads();
  const { graph, predicateLabels } = buildEntityGraph(quads);

  it('drops classes, properties, list nodes and what only they pointed to', () => {
    expect(datasetToGraph(quads).hasNode(OKG + 'OSCEBody')).toBe(true);
    for (const key of [
      OKG + 'OSCEBody',
      OKG + 'Partner',
      OKG + 'partnersWith',
      'http://www.w3.org/ns/org#Organization',
    ]) {
      expect(graph.hasNode(key)).toBe(false);
    }
    graph.forEachNode((key) => expect(key.startsWith('_:')).toBe(false));
  });

  it('keeps every entity', () => {
    for (const k of ['odihr', 'osce', 'mc', 'iom', 'unhcr', 'mc-dec-3-16', 'cafe'])
      expect(graph.hasNode(ID + k)).toBe(true);
  });

  it('keeps the property labels', () => {
    expect(predicateLabels.get(OKG + 'partnersWith')).toBe('partners with');
    expect(predicateLabels.get(OKG + 'mandatedBy')).toBe('mandated by');
  });
});
