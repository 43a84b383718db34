// Links elsewhere and status values are attributes of their subject, not nodes of the graph.
import { describe, expect, it } from 'vitest';
import { describeNode } from '../../../../src/explorer/core/data/details-model';
import { buildEntityGraph } from '../../../../src/explorer/core/data/entity-graph';
import { buildProvenanceIndex } from '../../../../src/explorer/core/data/provenance';
import { computeVisibility, statusValues } from '../../../../src/explorer/core/filters/visibility';
import { NO_FILTERS } from '../../../../src/explorer/core/filters/types';
import { fixtureQuads, ID, OKG } from '../../fixture';

const quads = fixtureQuads(`
  okg:Planned a okg:Status ; rdfs:label "planned"@en .
  okg:Completed a okg:Status ; rdfs:label "completed"@en .
  id:training a okg:Activity ; rdfs:label "Training"@en ; okg:status okg:Planned ; okg:organizedBy id:odihr ;
    rdfs:seeAlso <https://www.osce.org/odihr/training> .
  id:workshop a okg:Activity ; rdfs:label "Workshop"@en ; okg:status okg:Completed ; okg:organizedBy id:odihr .
`);
const { graph } = buildEntityGraph(quads);

describe('attribute edges', () => {
  it('draws no node for a Wikidata link, a seeAlso page or a status value', () => {
    expect(graph.hasNode('http://www.wikidata.org/entity/Q1065')).toBe(false);
    expect(graph.hasNode('https://www.osce.org/odihr/training')).toBe(false);
    expect(graph.hasNode(OKG + 'Planned')).toBe(false);
    expect(graph.hasNode(OKG + 'Completed')).toBe(false);
    expect(graph.hasNode(ID + 'training')).toBe(true);
  });

  it('gives Details the links (unsafe ones are left to the view to refuse) and the status as a badge', () => {
    const provenance = buildProvenanceIndex(quads);
    const training = describeNode(graph, ID + 'training', provenance);
    expect(training?.badges).toEqual(['planned']);
    expect(training?.externalIris).toContain('https://www.osce.org/odihr/training');
    expect(training?.otherLiterals.map((g) => g.predicate)).toEqual([]);
    expect(describeNode(graph, ID + 'odihr', provenance)?.externalIris).toContain(
      'http://www.wikidata.org/entity/Q1065',
    );
  });

  it('filters by status: other statuses hidden, entities without a status kept', () => {
    expect(statusValues(graph)).toEqual(['completed', 'planned']);
    const visible = computeVisibility(graph, { ...NO_FILTERS, status: 'planned' }, null).nodes;
    expect(visible.has(ID + 'training')).toBe(true);
    expect(visible.has(ID + 'workshop')).toBe(false);
    expect(visible.has(ID + 'odihr')).toBe(true);
  });
});
