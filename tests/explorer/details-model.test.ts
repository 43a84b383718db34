// Details: fields, external links (http(s) and owl:sameAs), relations grouped by predicate with their quotes.
import { describe, expect, it } from 'vitest';
import { describeNode } from '../../src/explorer/core/data/details-model';
import { buildEntityGraph } from '../../src/explorer/core/data/entity-graph';
import { buildProvenanceIndex } from '../../src/explorer/core/data/provenance';
import { fixtureQuads, ID, OKG } from './fixture';

const quads = fixtureQuads();
const { graph, predicateLabels } = buildEntityGraph(quads);
const provenance = buildProvenanceIndex(quads);

describe('describeNode', () => {
  const odihr = describeNode(graph, ID + 'odihr', provenance, predicateLabels);

  it('gives label, class and acronyms', () => {
    expect(odihr?.label).toBe('Office for Democratic Institutions and Human Rights');
    expect(odihr?.kindLabel).toBe('OSCE body');
    expect(odihr?.altLabels).toEqual(['ODIHR']);
  });

  it('groups relations by predicate, outgoing first, named as the ontology names them', () => {
    const groups = odihr?.relations.map((g) => `${g.direction} ${g.label}`);
    expect(groups).toContain('out partners with');
    expect(groups).toContain('out mandated by');
    expect(groups?.indexOf('out partners with')).toBeLessThan(groups?.length ?? 0);
    const partners = odihr?.relations.find((g) => g.predicate === OKG + 'partnersWith');
    expect(partners?.items.map((i) => i.label)).toEqual(['International Organization for Migration']);
    expect(partners?.items[0].passages).toEqual([{ iri: ID + 'p1', quote: 'ODIHR works with IOM', document: ID + 'doc' }]);
  });

  it('lists owl:sameAs targets as external IRIs (the view links only http and https)', () => {
    expect(odihr?.externalIris).toContain('http://www.wikidata.org/entity/Q1065');
    expect(odihr?.externalIris).toContain('javascript:alert(1)');
  });

  it('shows incoming relations and curation notes', () => {
    const osce = describeNode(graph, ID + 'osce', provenance, predicateLabels);
    expect(osce?.relations.every((g) => g.direction === 'in')).toBe(true);
    expect(osce?.curationNotes).toEqual(['The source calls it the Organization; the record agrees.']);
    const decision = describeNode(graph, ID + 'mc-dec-3-16', provenance);
    expect(decision?.identifiers).toEqual(['MC.DEC/3/16']);
    expect(decision?.dates).toEqual(['2016-12-09']);
  });

  it('answers null for an unknown node', () => {
    expect(describeNode(graph, ID + 'nobody', provenance)).toBeNull();
  });
});
