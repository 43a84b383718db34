// Unit tests of the List's rows: entities and relations with their labels, the text filter, the sort.
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { datasetToGraph } from '../../../src/kg/to-graph';
import { entityRows, foldForFilter, matchesFilter, relationRows, sortRows } from '../../../src/explorer/ui/list-rows';

const ID = 'https://w3id.org/osce-kg/id/';
const graph = datasetToGraph(
  new Parser({ format: 'application/trig' }).parse(`
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
id:odihr a okg:OSCEBody ; rdfs:label "Office for Democratic Institutions and Human Rights"@en ; skos:altLabel "ODIHR" .
id:iom a okg:Partner ; rdfs:label "International Organization for Migration"@en .
id:civ a okg:Country ; rdfs:label "Côte d'Ivoire"@en .
id:odihr okg:partnersWith id:iom .
id:iom okg:coversRegion id:civ .
`),
);
const edges = graph.edges();

describe('matchesFilter', () => {
  it.each([
    ['', ['anything'], true],
    ['cote', ["Côte d'Ivoire"], true],
    ['odihr', ['ODIHR'], true],
    ['migration organization', ['International Organization for Migration'], true],
    ['migration odihr', ['International Organization for Migration'], false],
    ['  ', ['x'], true],
  ])('%j in %j: %s', (filter, texts, expected) => {
    expect(matchesFilter(filter, texts)).toBe(expected);
  });

  it('folds accents and case', () => {
    expect(foldForFilter('CÔTE')).toBe('cote');
  });
});

describe('entityRows', () => {
  it('keeps visible nodes that match by name, class or acronym', () => {
    expect(entityRows(graph, graph.nodes(), 'odihr').map((r) => r.key)).toEqual([ID + 'odihr']);
    expect(entityRows(graph, graph.nodes(), 'country').map((r) => r.label)).toEqual(["Côte d'Ivoire"]);
    expect(entityRows(graph, [ID + 'iom'], 'odihr')).toEqual([]);
  });
});

describe('relationRows', () => {
  it('names both ends and the relation, and filters on any of them', () => {
    const rows = relationRows(graph, edges);
    expect(rows.map((r) => `${r.sourceLabel} / ${r.relation} / ${r.targetLabel}`).sort()).toEqual([
      "International Organization for Migration / covers region / Côte d'Ivoire",
      'Office for Democratic Institutions and Human Rights / partners with / International Organization for Migration',
    ]);
    expect(relationRows(graph, edges, 'partners').map((r) => r.source)).toEqual([ID + 'odihr']);
    expect(relationRows(graph, edges, 'cote').map((r) => r.target)).toEqual([ID + 'civ']);
    expect(
      relationRows(graph, edges, '', new Map([['https://w3id.org/osce-kg/ontology#partnersWith', 'works with']]))
        .map((r) => r.relation)
        .sort(),
    ).toEqual(['covers region', 'works with']);
  });

  it('leaves out edges that are not visible', () => {
    expect(relationRows(graph, edges.slice(0, 1))).toHaveLength(1);
    expect(relationRows(graph, ['no|such|edge'])).toEqual([]);
  });
});

describe('sortRows', () => {
  it('sorts text in reading order and numbers as numbers, both ways, ties by key', () => {
    const rows = [
      { key: 'b', n: 10, t: 'x' },
      { key: 'a', n: 9, t: 'x' },
      { key: 'c', n: 100, t: 'é' },
    ];
    expect(sortRows([...rows], (r) => r.n, true).map((r) => r.key)).toEqual(['a', 'b', 'c']);
    expect(sortRows([...rows], (r) => r.n, false).map((r) => r.key)).toEqual(['c', 'b', 'a']);
    expect(sortRows([...rows], (r) => r.t, true).map((r) => r.key)).toEqual(['c', 'a', 'b']);
  });
});
