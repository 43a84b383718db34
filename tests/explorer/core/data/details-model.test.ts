// Details: fields, external links (http(s) and owl:sameAs), relations grouped by predicate with their quotes.
import { describe, expect, it } from 'vitest';
import { describeNode } from '../../../../src/explorer/core/data/details-model';
import { buildEntityGraph } from '../../../../src/explorer/core/data/entity-graph';
import { buildProvenanceIndex } from '../../../../src/explorer/core/data/provenance';
import { fixtureQuads, ID, OKG, SDG } from '../../fixture';

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
    expect(partners?.items[0]?.passages).toEqual([
      { iri: ID + 'p1', quote: 'ODIHR works with IOM', document: ID + 'doc', origin: 'source' },
    ]);
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

describe('describeNode: labels in other languages and other literals', () => {
  it.each([
    ['fr', 'Faciliter la migration'],
    ['es', 'Facilitar la migración'],
  ])('lists the %s label of target 10.7 with its language tag', (language, value) => {
    const target = describeNode(graph, SDG + '10.7', provenance, predicateLabels);
    expect(target?.otherLabels).toContainEqual({ language, value });
    expect(target?.otherLabels.map((l) => l.value)).not.toContain(target?.label);
  });

  it('shows the remaining literals (skos:note) grouped by predicate, English first', () => {
    const target = describeNode(graph, SDG + '10.7', provenance, predicateLabels);
    const note = target?.otherLiterals.find((g) => g.predicate === 'http://www.w3.org/2004/02/skos/core#note');
    expect(note?.values).toEqual([
      { value: 'Target 10.7', language: 'en' },
      { value: 'Meta 10.7', language: 'es' },
      { value: 'Cible 10.7', language: 'fr' },
    ]);
    expect(target?.otherLiterals.map((g) => g.predicate)).not.toContain(
      'http://www.w3.org/2004/02/skos/core#prefLabel',
    );
  });
});
