// Unit tests of the edges table: labels of both ends and the relation, and the quotes behind each edge, read back.
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { edgeEvidence, edgesCsv, EDGE_COLUMNS, nodesCsv } from '../../../../src/explorer/panels/export/graph-csv';
import { datasetToGraph } from '../../../../src/kg/to-graph';
import { csvObjects, readCsv } from './read-csv';

const quads = new Parser({ format: 'application/trig' }).parse(`
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
id:odihr a okg:OSCEBody ; rdfs:label "Office for Democratic Institutions and Human Rights"@en .
id:iom a okg:Partner ; rdfs:label "=cmd|' /C calc'!A0"@en .
id:theme a okg:Theme ; rdfs:label "Labour, \\"decent\\" work"@en .
okg:addresses rdfs:label "works on"@en .
id:p1 a okg:Passage ; okg:quote "ODIHR and IOM said \\"together\\",\\nover two lines." .
id:p2 a okg:Passage ; okg:quote "+A second passage." .
id:c1 a okg:CurationGraph ; rdfs:comment "Read from the heading." .
id:p1 { id:odihr okg:partnersWith id:iom . }
id:p2 { id:odihr okg:partnersWith id:iom . }
id:c1 { id:odihr okg:addresses id:theme . }
id:odihr okg:fundedBy id:iom .
`) as Quad[];
const graph = datasetToGraph(quads);
const ODIHR = 'https://w3id.org/osce-kg/id/odihr';

describe('edgesCsv', () => {
  const rows = csvObjects(edgesCsv(graph, undefined, edgeEvidence(quads)));
  const byPredicate = (local: string) => rows.find((r) => r.predicate === `https://w3id.org/osce-kg/ontology#${local}`);

  it('writes the header, then one record per edge that an RFC 4180 reader reads back whole', () => {
    expect(readCsv(edgesCsv(graph))[0]).toEqual([...EDGE_COLUMNS]);
    expect(rows).toHaveLength(graph.size);
  });

  it('names both ends and the relation, keeping the IRIs', () => {
    const row = byPredicate('partnersWith');
    expect(row).toMatchObject({
      source: ODIHR,
      source_label: 'Office for Democratic Institutions and Human Rights',
      relation: 'partners with',
      target: 'https://w3id.org/osce-kg/id/iom',
    });
    expect(byPredicate('addresses')?.relation).toBe('works on'); // the property's label in the data wins
    expect(byPredicate('addresses')?.target_label).toBe('Labour, "decent" work');
  });

  it("carries each passage's quote, embedded quotes and line breaks intact, one quote per line", () => {
    const row = byPredicate('partnersWith');
    expect(row?.passages).toBe('https://w3id.org/osce-kg/id/p1 https://w3id.org/osce-kg/id/p2');
    expect(row?.quotes).toBe('ODIHR and IOM said "together",\nover two lines.\n+A second passage.');
  });

  it('gives a curated edge its rule and an unsourced edge no quote', () => {
    expect(byPredicate('addresses')?.quotes).toBe('Added by curation: Read from the heading.');
    expect(byPredicate('fundedBy')?.quotes).toBe('');
  });

  it('defuses a cell that a spreadsheet would run as a formula', () => {
    expect(byPredicate('partnersWith')?.target_label).toBe("'=cmd|' /C calc'!A0");
    const text = edgesCsv(graph, undefined, {
      texts: new Map([['https://w3id.org/osce-kg/id/p1', '=HYPERLINK("x")']]),
      predicateLabels: new Map(),
    });
    expect(csvObjects(text).find((r) => r.passages?.startsWith('https://w3id.org/osce-kg/id/p1'))?.quotes).toBe(
      '\'=HYPERLINK("x")',
    );
  });
});

describe('nodesCsv positions', () => {
  it('writes the positions on the canvas when given', () => {
    const rows = csvObjects(nodesCsv(graph, undefined, new Map([[ODIHR, { x: -3.25, y: 8 }]])));
    expect(rows.find((r) => r.id === ODIHR)).toMatchObject({ x: '-3.25', y: '8' }); // a negative number is not defused
  });
});
