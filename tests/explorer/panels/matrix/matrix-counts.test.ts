// Unit tests of the Matrix panel's counting: which statements land in which body × target (or theme) cell.
import { describe, expect, it } from 'vitest';
import { cellHighlight, type MatrixScope } from '../../../../src/explorer/panels/matrix/matrix-counts';
import { matrixGrid } from '../../../../src/explorer/panels/matrix/matrix-layout';
import { BASE, computeMatrix, OCEEA, ODIHR, parse, PREFIXES, T107, T88 } from './matrix-fixture';
describe('computeMatrix', () => {
  const data = parse(`${BASE}
id:p1 { id:odihr okg:contributesTo sdg:10.7 . }
id:p2 { id:odihr okg:contributesTo sdg:10.7 . }
id:p3 { id:handbook okg:contributesTo sdg:8.8, sdg:10.7 . }
id:p4 { id:handbook okg:organizedBy id:oceea, id:odihr . }
id:p1 { id:iom okg:contributesTo sdg:10.7 . id:odihr okg:contributesTo sdg:10 . }
`);
  const matrix = computeMatrix(data);

  it.each([
    // body, target, statements in the cell
    [ODIHR, T107, 2], // its own statement (two passages, counted once) + the handbook's
    [ODIHR, T88, 1], // via the handbook it organized
    [OCEEA, T107, 1],
    [OCEEA, T88, 1],
    [ODIHR, 'http://metadata.un.org/sdg/16.9', 0],
  ])('%s × %s holds %i statements', (body, target, expected) => {
    expect(matrix.count(body, target)).toBe(expected);
    expect(matrix.statements(body, target)).toHaveLength(expected);
  });

  it('keeps only bodies and targets that some statement links, partners and goals out', () => {
    expect(matrix.bodies.map((b) => b.key)).toEqual([ODIHR, OCEEA]); // 3 statements before 2
    expect(matrix.columns.map((t) => t.code)).toEqual(['8.8', '10.7']);
    expect(matrix.emptyBodies).toBe(1); // the idle unit
    expect(matrix.emptyColumns).toBe(3); // 10.10, 10.a, 16.9
    expect(matrix.rowTotal(ODIHR)).toBe(3);
    expect(matrix.bodies.map((b) => b.code)).toEqual([
      'ODIHR',
      'Office of the Co-ordinator of OSCE Economic and Environmental Activities',
    ]);
  });

  it('lists a direct statement with every passage quoted, then the organized one with its link passage', () => {
    const [direct, organized] = matrix.statements(ODIHR, T107);
    expect(direct?.via).toBe('direct');
    expect(direct?.passages.map((p) => p.quote)).toEqual(['ODIHR contributes to 10.7.', 'ODIHR again, for 10.7.']);
    expect(organized?.via).toBe('organized');
    expect(organized?.contributorLabel).toBe('Handbook on labour migration');
    expect(organized?.passages.map((p) => p.quote)).toEqual(['The Handbook serves 8.8 and 10.7.']);
    expect(organized?.linkPassages.map((p) => p.quote)).toEqual(['OCEEA and ODIHR produced the Handbook.']);
  });

  it('does not change with duplicated or reordered quads', () => {
    const again = computeMatrix([...data].reverse().concat(data));
    expect(again.bodies).toEqual(matrix.bodies);
    expect(again.columns).toEqual(matrix.columns);
    expect(again.statements(ODIHR, T107)).toEqual(matrix.statements(ODIHR, T107));
  });

  it('orders targets the SDG way and accepts untyped UN target IRIs', () => {
    const m = computeMatrix(
      parse(`${BASE}
id:p1 { id:odihr okg:contributesTo sdg:10.a, sdg:10.10, sdg:10.7, sdg:17.18, sdg:8.8 . }
`),
    );
    expect(m.columns.map((t) => t.code)).toEqual(['8.8', '10.7', '10.10', '10.a', '17.18']);
    expect(m.count(ODIHR, 'http://metadata.un.org/sdg/17.18')).toBe(1);
  });

  it('counts statements from the default graph too, with no passage to quote', () => {
    const m = computeMatrix(parse(`${BASE} id:odihr okg:contributesTo sdg:16.9 .`));
    const [statement] = m.statements(ODIHR, 'http://metadata.un.org/sdg/16.9');
    expect(statement?.passages).toEqual([]);
  });

  it('gives a statement added by curation its rule, not a quote', () => {
    const m = computeMatrix(
      parse(`${BASE}
id:c1 a okg:CurationGraph ; rdfs:comment "B2's heading is the wording of target 16.9." .
id:c1 { id:odihr okg:contributesTo sdg:16.9 . }`),
    );
    const [statement] = m.statements(ODIHR, 'http://metadata.un.org/sdg/16.9');
    expect(statement?.passages).toEqual([
      { passage: 'https://w3id.org/osce-kg/id/c1', rule: "B2's heading is the wording of target 16.9." },
    ]);
  });

  it('gives an empty matrix for data without bodies', () => {
    const m = computeMatrix(parse(`${PREFIXES} id:x okg:contributesTo sdg:10.7 .`));
    expect(m.bodies).toEqual([]);
    expect(m.columns).toEqual([]);
  });
});

describe('computeMatrix: bodies × themes', () => {
  const data = parse(`${BASE}
id:labour a okg:Theme ; rdfs:label "Labour migration"@en .
id:border a okg:Theme ; rdfs:label "Border management"@en ; skos:altLabel "BM" .
id:p1 { id:odihr okg:addresses id:labour . }
id:p3 { id:handbook okg:addresses id:labour, id:border . id:handbook okg:contributesTo sdg:10.7 . }
id:p4 { id:handbook okg:organizedBy id:oceea . }
id:p2 { id:odihr okg:addresses id:iom . }
`);
  const matrix = computeMatrix(data, 'themes');

  it('counts okg:addresses statements towards themes, directly or through what a body organized', () => {
    expect(matrix.count(ODIHR, 'https://w3id.org/osce-kg/id/labour')).toBe(1);
    expect(matrix.count(OCEEA, 'https://w3id.org/osce-kg/id/labour')).toBe(1);
    expect(matrix.count(OCEEA, 'https://w3id.org/osce-kg/id/border')).toBe(1);
    expect(matrix.statements(OCEEA, 'https://w3id.org/osce-kg/id/border')[0]?.via).toBe('organized');
    // A partner is not a theme, and the SDG statement belongs to the other table
    expect(matrix.columns.map((c) => c.code)).toEqual(['BM', 'Labour migration']);
    expect(matrix.variant.id).toBe('themes');
    expect(matrixGrid(matrix, 'columns-as-rows').corner).toBe('Theme');
  });
});

describe('computeMatrix under the filters', () => {
  const data = parse(`${BASE}
id:p1 { id:odihr okg:contributesTo sdg:10.7 . }
id:p3 { id:handbook okg:contributesTo sdg:8.8, sdg:10.7 . }
id:p4 { id:handbook okg:organizedBy id:oceea, id:odihr . }
`);
  const HANDBOOK = 'https://w3id.org/osce-kg/id/handbook';
  const scope = (hiddenNodes: string[], hiddenEdges: string[] = []): MatrixScope => ({
    node: (k) => !hiddenNodes.includes(k),
    edge: (e) => !hiddenEdges.includes(e),
  });

  it('leaves out statements through a hidden contributor, and says how many', () => {
    const m = computeMatrix(data, 'targets', scope([HANDBOOK]));
    expect(m.count(ODIHR, T107)).toBe(1);
    expect(m.count(OCEEA, T107)).toBe(0);
    expect(m.bodies.map((b) => b.key)).toEqual([ODIHR]);
    expect(m.hidden).toBe(4); // the handbook's 8.8 and 10.7, for OCEEA and for ODIHR
  });

  it('leaves out a hidden body or column, and statements over a hidden edge (a hidden predicate)', () => {
    expect(computeMatrix(data, 'targets', scope([ODIHR])).bodies.map((b) => b.key)).toEqual([OCEEA]);
    expect(computeMatrix(data, 'targets', scope([T88])).columns.map((c) => c.code)).toEqual(['10.7']);
    const link = `${HANDBOOK}|https://w3id.org/osce-kg/ontology#organizedBy|${OCEEA}`;
    const m = computeMatrix(data, 'targets', scope([], [link]));
    expect(m.count(OCEEA, T107)).toBe(0);
    expect(m.count(ODIHR, T88)).toBe(1);
  });
});

describe('cellHighlight', () => {
  it('lights the body, the target, each contributor and the statement and link edges', () => {
    const matrix = computeMatrix(
      parse(`${BASE}
id:p3 { id:handbook okg:contributesTo sdg:10.7 . }
id:p4 { id:handbook okg:organizedBy id:odihr . }
`),
    );
    const h = cellHighlight(ODIHR, T107, matrix.statements(ODIHR, T107));
    expect(h.nodes.sort()).toEqual([T107, 'https://w3id.org/osce-kg/id/handbook', ODIHR].sort());
    expect(h.edges.sort()).toEqual([
      `https://w3id.org/osce-kg/id/handbook|https://w3id.org/osce-kg/ontology#contributesTo|${T107}`,
      `https://w3id.org/osce-kg/id/handbook|https://w3id.org/osce-kg/ontology#organizedBy|${ODIHR}`,
    ]);
  });
});
