// Unit tests of the GEXF export: a file Gephi can read, with labels, kinds, colours, positions and passages.
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import Graph from 'graphology';
import { parse, write } from 'graphology-gexf';
import type { Quad } from '@rdfjs/types';
import { graphToGexf, inducedSubgraph, type GexfWrite } from '../../../../src/explorer/panels/export/gexf';
import { datasetToGraph } from '../../../../src/kg/to-graph';
import { gexfViolations } from './gexf-schema';

const quads = new Parser({ format: 'application/trig' }).parse(`
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix sdg: <http://metadata.un.org/sdg/> .
@prefix sdgo: <http://metadata.un.org/sdg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
id:odihr a okg:OSCEBody ; rdfs:label "Office for Democratic Institutions & Human Rights <ODIHR>"@en ; skos:altLabel "ODIHR" .
sdg:10.7 a sdgo:Target ; skos:notation "10.7" ; skos:prefLabel "Facilitate orderly migration"@en .
id:iom a okg:Partner ; rdfs:label "IOM"@en .
id:p1 { id:odihr okg:contributesTo sdg:10.7 . id:odihr okg:partnersWith id:iom . }
id:p2 { id:odihr okg:contributesTo sdg:10.7 . }
`) as Quad[];

const graph = datasetToGraph(quads);
graph.forEachNode((key, _a) => graph.mergeNodeAttributes(key, { x: key.length, y: -key.length }));
const ODIHR = 'https://w3id.org/osce-kg/id/odihr';

describe('graphToGexf', () => {
  const xml = graphToGexf(graph, write);

  it('writes GEXF 1.3 that graphology reads back with the same nodes and edges', () => {
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    const back = parse(Graph, xml);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttribute(ODIHR, 'label')).toBe('Office for Democratic Institutions & Human Rights <ODIHR>');
  });

  it('carries kind, IRI, types and alternative labels as node attributes, colour and position as viz', () => {
    const back = parse(Graph, xml);
    const odihr = back.getNodeAttributes(ODIHR);
    expect(odihr.kind).toBe('body');
    expect(odihr.kind_label).toBe('OSCE body');
    expect(odihr.iri).toBe(ODIHR);
    expect(odihr.types).toBe('https://w3id.org/osce-kg/ontology#OSCEBody');
    expect(odihr.alt_labels).toBe('ODIHR');
    expect(odihr.color).toBe('#1f77b4'); // the body colour, written as viz:color r/g/b
    expect(odihr.x).toBe(ODIHR.length);
    expect(odihr.y).toBe(-ODIHR.length);
  });

  it('carries predicate and passages on edges', () => {
    const back = parse(Graph, xml);
    const edge = back
      .edges()
      .map((e) => back.getEdgeAttributes(e))
      .find((a) => a.label === 'contributesTo');
    expect(edge?.predicate).toBe('https://w3id.org/osce-kg/ontology#contributesTo');
    expect(edge?.passages).toBe('https://w3id.org/osce-kg/id/p1 https://w3id.org/osce-kg/id/p2');
  });

  it('writes only the kept nodes and the edges between them', () => {
    const keep = new Set([ODIHR, 'http://metadata.un.org/sdg/10.7']);
    const back = parse(Graph, graphToGexf(graph, write as unknown as GexfWrite, keep));
    expect(back.nodes().sort()).toEqual([...keep].sort());
    expect(back.size).toBe(1);
  });
});

describe('inducedSubgraph', () => {
  it('keeps attributes and edge keys', () => {
    const sub = inducedSubgraph(graph, new Set([ODIHR, 'https://w3id.org/osce-kg/id/iom']));
    expect(sub.order).toBe(2);
    expect(sub.edges()).toEqual([
      `${ODIHR}|https://w3id.org/osce-kg/ontology#partnersWith|https://w3id.org/osce-kg/id/iom`,
    ]);
    expect(sub.getNodeAttributes(ODIHR)).toEqual(graph.getNodeAttributes(ODIHR));
  });
});

describe('graphToGexf keeps to GEXF 1.3', () => {
  it('writes only elements and attributes that the GEXF 1.3 schema names (graph data in attvalues and viz)', () => {
    const xml = graphToGexf(graph, write);
    expect(gexfViolations(xml)).toEqual([]);
    // The model's own graph attribute (its quad count) became words in the standard <description>
    expect(xml).not.toContain('quadCount');
    expect(xml).toMatch(
      /<description>The OSCE migration governance knowledge graph: 3 entities and 2 relations, drawn from \d+ RDF statements\.<\/description>/,
    );
    expect(xml).toContain('<creator>osce-kg explorer</creator>');
  });

  it('reports what is not GEXF, so the check above can fail', () => {
    const custom =
      '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><meta><quadCount>9</quadCount></meta>' +
      '<graph defaultedgetype="directed"><nodes><node id="a" colour="red"/></nodes></graph></gexf>';
    expect(gexfViolations(custom)).toEqual([
      'element <quadCount> (namespace http://gexf.net/1.3) is not GEXF 1.3',
      '<node> has attribute colour',
    ]);
  });

  it('drops characters XML cannot hold, so a hostile label still gives a file that parses', () => {
    const hostile = datasetToGraph(
      new Parser().parse(
        '<https://w3id.org/osce-kg/id/x> <http://www.w3.org/2000/01/rdf-schema#label> "bell\\u0007 and <script>&amp;" .\n' +
          '<https://w3id.org/osce-kg/id/x> <https://w3id.org/osce-kg/ontology#partnersWith> <https://w3id.org/osce-kg/id/y> .',
      ),
    );
    const xml = graphToGexf(hostile, write);
    expect(gexfViolations(xml)).toEqual([]);
    expect(parse(Graph, xml).getNodeAttribute('https://w3id.org/osce-kg/id/x', 'label')).toBe('bell and <script>&amp;');
  });
});

describe('graphToGexf positions', () => {
  it("writes the positions on the canvas when given, the model's seed otherwise", () => {
    const drawn = new Map([[ODIHR, { x: 12.5, y: -7 }]]);
    const back = parse(Graph, graphToGexf(graph, write as unknown as GexfWrite, undefined, drawn));
    expect([back.getNodeAttribute(ODIHR, 'x'), back.getNodeAttribute(ODIHR, 'y')]).toEqual([12.5, -7]);
    expect(back.getNodeAttribute('https://w3id.org/osce-kg/id/iom', 'x')).toBe(
      'https://w3id.org/osce-kg/id/iom'.length,
    );
  });
});
