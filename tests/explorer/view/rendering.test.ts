// The rendering graph is derived: sizes, colours and labels for drawing; the first layout is deterministic and
// never touches the model graph.
import { describe, expect, it } from 'vitest';
import { buildEntityGraph } from '../../../src/explorer/core/data/entity-graph';
import { placeNodes, runInitialLayout } from '../../../src/explorer/view/initial-layout';
import { predicateLabel, shortLabel } from '../../../src/explorer/core/appearance/labels';
import { buildRenderGraph, CANDIDATE_EDGE_COLOR, nodeSizes } from '../../../src/explorer/view/rendering-graph';
import { computeEmphasis } from '../../../src/explorer/view/emphasis';
import { entityRows, sortRows } from '../../../src/explorer/ui/list-rows';
import { DEFAULT_SETTINGS } from '../../../src/explorer/settings';
import { KIND_COLORS } from '../../../src/kg/kinds';
import { fixtureQuads, ID, OKG } from '../fixture';
import { defined } from '../../helpers/defined';

const { graph, predicateLabels } = buildEntityGraph(fixtureQuads());

function laidOut() {
  const render = buildRenderGraph(
    graph,
    placeNodes(graph, new Map()).positions,
    'degree',
    DEFAULT_SETTINGS,
    predicateLabels,
  );
  runInitialLayout(render, DEFAULT_SETTINGS);
  return render;
}

describe('predicateLabel', () => {
  const cases: [string, string][] = [
    [OKG + 'partnersWith', 'partners with'],
    ['http://www.w3.org/ns/org#subOrganizationOf', 'sub organization of'],
    ['http://purl.org/dc/terms/isPartOf', 'is part of'],
    // The same words in every panel (two functions once gave "has url" here and "has URL" in paths).
    ['http://example.org/hasURL', 'has URL'],
  ];
  it.each(cases)('%s -> %s', (iri, label) => expect(predicateLabel(iri)).toBe(label));
  it('prefers the label the data gives', () =>
    expect(predicateLabel(OKG + 'mandatedBy', predicateLabels)).toBe('mandated by'));
});

describe('rendering graph', () => {
  it('colours by kind, labels nodes and edges, sizes within the range', () => {
    const render = laidOut();
    expect(render.order).toBe(graph.order);
    expect(render.size).toBe(graph.size);
    expect(render.getNodeAttribute(ID + 'odihr', 'color')).toBe(KIND_COLORS.body);
    expect(render.getNodeAttribute(ID + 'iom', 'label')).toBe('IOM');
    expect(render.getNodeAttribute(ID + 'iom', 'fullLabel')).toBe('International Organization for Migration');
    render.forEachNode((_k, a) => {
      expect(a.size).toBeGreaterThanOrEqual(DEFAULT_SETTINGS.minNodeSize);
      expect(a.size).toBeLessThanOrEqual(DEFAULT_SETTINGS.maxNodeSize);
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
    });
  });

  it('gives the best-connected node the largest size, by degree and by PageRank', () => {
    for (const sizeBy of ['degree', 'pagerank'] as const) {
      const sizes = nodeSizes(graph, sizeBy, 2, 20);
      expect(Math.max(...sizes.values())).toBe(20);
      expect(Math.min(...sizes.values())).toBe(2);
    }
    const degree = nodeSizes(graph, 'degree', 2, 20);
    expect(degree.get(ID + 'odihr')).toBe(20);
  });

  it('lays out the same graph the same way every time, without touching the model', () => {
    const a = laidOut();
    const b = laidOut();
    a.forEachNode((k, attrs) => {
      expect(b.getNodeAttribute(k, 'x')).toBe(attrs.x);
      expect(b.getNodeAttribute(k, 'y')).toBe(attrs.y);
    });
    graph.forEachNode((_k, attrs) => expect(attrs.x).toBeUndefined());
  });

  it('keeps the positions of nodes already drawn when new ones arrive', () => {
    const previous = new Map([
      [ID + 'odihr', { x: 100, y: -50 }],
      [ID + 'osce', { x: 120, y: -40 }],
    ]);
    const { positions, kept } = placeNodes(graph, previous);
    expect(kept).toBe(2);
    expect(positions.get(ID + 'odihr')).toEqual({ x: 100, y: -50 });
    expect(positions.size).toBe(graph.order);
  });
});

describe('emphasis', () => {
  it('hover beats highlight beats selection', () => {
    const highlight = { nodes: [ID + 'unhcr'], edges: [] };
    expect(computeEmphasis(graph, { hovered: ID + 'iom', highlight, selected: ID + 'osce' })?.nodes).toEqual(
      new Set([ID + 'iom', ID + 'odihr']),
    );
    expect(computeEmphasis(graph, { hovered: null, highlight, selected: ID + 'osce' })?.nodes).toEqual(
      new Set([ID + 'unhcr']),
    );
    expect(
      computeEmphasis(graph, { hovered: null, highlight: null, selected: ID + 'mc' })?.nodes.has(ID + 'osce'),
    ).toBe(true);
    expect(computeEmphasis(graph, { hovered: null, highlight: null, selected: null })).toBeNull();
  });
  it('takes the endpoints of highlighted edges', () => {
    const edge = defined(graph.edges(ID + 'odihr', ID + 'iom')[0], 'an edge from ODIHR to IOM');
    expect(
      computeEmphasis(graph, {
        hovered: null,
        highlight: { nodes: [], edges: [edge, 'no-such-edge'] },
        selected: null,
      }),
    ).toEqual({ nodes: new Set([ID + 'odihr', ID + 'iom']), edges: new Set([edge]) });
  });
});

describe('list rows', () => {
  it('sorts by name, class or number of relations', () => {
    const keys = [ID + 'odihr', ID + 'iom', ID + 'cafe'];
    expect(sortRows(entityRows(graph, keys), (r) => r.label, true).map((r) => r.label)).toEqual([
      'Café diplomacy',
      'International Organization for Migration',
      'Office for Democratic Institutions and Human Rights',
    ]);
    expect(sortRows(entityRows(graph, keys), (r) => r.degree, false)[0]?.key).toBe(ID + 'odihr');
    expect(entityRows(graph, [...keys, 'missing'])).toHaveLength(3);
  });
});

describe('short labels', () => {
  const cases: [string, string[], string][] = [
    ['Migrant integration', [], 'Migrant integration'],
    ['Office for Democratic Institutions and Human Rights', ['ODIHR'], 'ODIHR'],
    ['Office for Democratic Institutions and Human Rights', ['Office for Democratic Institutions', 'ODIHR'], 'ODIHR'],
    ['Ministerial Council Decision No. 2/05 on Migration', [], 'Ministerial Council Decision…'],
  ];
  it.each(cases)('%s (%j) -> %s', (label, alt, expected) => {
    const short = shortLabel(label, alt);
    expect(short).toBe(expected);
    expect(short.length).toBeLessThanOrEqual(30);
  });
});

describe('candidate edges', () => {
  it('an edge asserted only in candidate graphs is drawn amber and labelled as a candidate; one also curated is not', async () => {
    const { parseRdf } = await import('../../../src/rdf/parse');
    const quads = await parseRdf(
      `@prefix okg: <${OKG}> . @prefix id: <${ID}> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
      id:a a okg:OSCEBody ; rdfs:label "A" . id:b a okg:Partner ; rdfs:label "B" . id:c a okg:Partner ; rdfs:label "C" .
      id:candidate-doc-001 { id:a okg:partnersWith id:b . }
      id:candidate-doc-002 { id:a okg:partnersWith id:c . }
      id:passage-doc-001 { id:a okg:partnersWith id:c . }`,
      { format: 'trig' },
    );
    const model = buildEntityGraph(quads);
    const render = buildRenderGraph(
      model.graph,
      placeNodes(model.graph, new Map()).positions,
      'degree',
      DEFAULT_SETTINGS,
      model.predicateLabels,
    );
    const edge = (o: string) => render.getEdgeAttributes(`${ID}a|${OKG}partnersWith|${ID}${o}`);
    expect(edge('b').color).toBe(CANDIDATE_EDGE_COLOR);
    expect(edge('b').label).toMatch(/^candidate: /);
    expect(edge('c').color).toBe(DEFAULT_SETTINGS.edgeColor);
  });
});
