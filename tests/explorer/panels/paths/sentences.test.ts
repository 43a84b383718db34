// Relationship finder: paths as sentences with quotes, predicate names, entity autocomplete.
import { describe, expect, it } from 'vitest';
import { shortestPaths } from '../../../../src/kg/paths';
import { buildLookup, describePath, pathSentence, stepSentence } from '../../../../src/explorer/panels/paths/sentences';
import { readableLocalName } from '../../../../src/explorer/core/appearance/labels';
import { buildEntityIndex, resolveEntity, searchEntities } from '../../../../src/explorer/panels/paths/entity-search';
import { fixtureGraph, fixtureQuads, ID } from '../query-fixture';
import { defined } from '../../../helpers/defined';

const graph = fixtureGraph();
const lookup = buildLookup(fixtureQuads());

describe('path sentences', () => {
  it('names each step by acronym, with the ontology label and the quote behind it', () => {
    const path = defined(shortestPaths(graph, ID + 'odihr', ID + 'iom')[0], 'a path');
    const steps = describePath(graph, path, lookup);
    expect(steps).toHaveLength(1);
    const step = defined(steps[0], 'a step');
    const relation = defined(step.relations[0], 'a relation');
    expect(stepSentence(step, relation)).toBe('ODIHR — works with → IOM');
    expect(relation.quotes).toEqual([
      { passage: ID + 'p1', text: 'developed by OCEEA and ODIHR together with IOM and ILO' },
    ]);
  });

  it('writes an edge followed backwards with the arrow reversed', () => {
    const path = defined(shortestPaths(graph, ID + 'iom', ID + 'osce')[0], 'a path');
    const steps = describePath(graph, path, lookup);
    expect(steps.map((s) => stepSentence(s, defined(s.relations[0], 'a relation')))).toEqual([
      'IOM ← works with — ODIHR',
      'ODIHR — sub organization of → OSCE',
    ]);
    expect(pathSentence(steps)).toBe('IOM ← works with — ODIHR — sub organization of → OSCE');
  });

  it.each([
    ['https://w3id.org/osce-kg/ontology#partnersWith', 'partners with'],
    ['http://www.w3.org/ns/org#subOrganizationOf', 'sub organization of'],
    ['http://example.org/has_part', 'has part'],
    ['http://example.org/relatedToUNHCR', 'related to UNHCR'],
  ])('reads the local name of %s as "%s"', (iri, expected) => {
    expect(readableLocalName(iri)).toBe(expected);
  });
});

describe('entity search', () => {
  const index = buildEntityIndex(graph);

  it.each([
    ['odihr', ID + 'odihr', 'ODIHR'],
    ['migration', ID + 'iom', undefined],
    ['OSCE', ID + 'osce', 'OSCE'],
  ])('finds %s', (query, key, matched) => {
    const [first] = searchEntities(index, query);
    expect(first?.key).toBe(key);
    expect(first?.matched).toBe(matched);
  });

  it('leaves passages out and finds nothing for an empty query', () => {
    expect(searchEntities(index, 'p1')).toEqual([]);
    expect(searchEntities(index, '  ')).toEqual([]);
  });

  it('resolves typed text that names exactly one entity', () => {
    expect(resolveEntity(index, ' iom ')).toBe(ID + 'iom');
    expect(resolveEntity(index, 'Organization')).toBeUndefined();
  });
});
