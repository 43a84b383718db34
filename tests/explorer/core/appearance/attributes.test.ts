// The data's own attributes for Colour by and Size by (src/explorer/core/appearance/attributes.ts).
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import {
  attributeLabel,
  attributeNumber,
  attributeText,
  isAttributeChoice,
  literalAttributes,
  MAX_CATEGORIES,
} from '../../../../src/explorer/core/appearance/attributes';
import { colorAssignment, rangeBins } from '../../../../src/explorer/core/appearance/color-by';
import { datasetToGraph } from '../../../../src/kg/to-graph';

const EX = 'http://example.org/';

function graphOf(turtle: string) {
  return datasetToGraph(new Parser().parse(`@prefix ex: <${EX}> .\n${turtle}`));
}

describe('literalAttributes', () => {
  const many = Array.from({ length: MAX_CATEGORIES + 1 }, (_, i) => `ex:n${i} ex:name "Name ${i}" .`).join('\n');
  const graph = graphOf(`
    ex:a ex:score "1.5e2" ; ex:kind "x" ; ex:year 2001 ; ex:note "one" ; ex:same 1 .
    ex:b ex:score " -3 " ; ex:kind "y" ; ex:year 1999 ; ex:note "two" ; ex:same 1 .
    ex:c ex:score "n/a" ; ex:kind "x" .
    ${many}
  `);
  const byPredicate = new Map(literalAttributes(graph).map((a) => [a.predicate, a]));

  it('lists numbers and small sets of shared categories, not free text, nor one value for all', () => {
    expect(byPredicate.get(EX + 'year')).toMatchObject({ numeric: true, nodes: 2, choice: `attr:${EX}year` });
    expect(byPredicate.get(EX + 'kind')).toMatchObject({ numeric: false, nodes: 3, distinct: 2 });
    // One value that is not a number makes an attribute text: three values on three nodes are not categories
    expect(byPredicate.has(EX + 'score')).toBe(false);
    expect(byPredicate.has(EX + 'note')).toBe(false);
    expect(byPredicate.has(EX + 'same')).toBe(false);
    expect(byPredicate.has(EX + 'name')).toBe(false);
  });

  it('reads a node’s value as text and as a number', () => {
    const a = graph.getNodeAttributes(EX + 'a');
    expect(attributeNumber(a, EX + 'score')).toBe(150);
    expect(attributeNumber(graph.getNodeAttributes(EX + 'b'), EX + 'score')).toBe(-3);
    expect(attributeNumber(graph.getNodeAttributes(EX + 'c'), EX + 'score')).toBeNull();
    expect(attributeText(graph.getNodeAttributes(EX + 'c'), EX + 'score')).toBe('n/a');
    expect(attributeText(a, EX + 'kind')).toBe('x');
    expect(attributeText(a, EX + 'missing')).toBeNull();
  });

  it('finds nothing under a predicate named like an Object member', () => {
    const a = graph.getNodeAttributes(EX + 'a');
    for (const name of ['__proto__', 'constructor', 'toString']) {
      expect(attributeText(a, name)).toBeNull();
      expect(attributeNumber(a, name)).toBeNull();
    }
  });
});

describe('isAttributeChoice and labels', () => {
  it('takes attr: and an IRI, nothing empty, spaced or huge', () => {
    expect(isAttributeChoice(`attr:${EX}year`)).toBe(true);
    expect(isAttributeChoice('attr:')).toBe(false);
    expect(isAttributeChoice('attr:a b')).toBe(false);
    expect(isAttributeChoice(`attr:${'x'.repeat(3000)}`)).toBe(false);
    expect(isAttributeChoice('year')).toBe(false);
    expect(isAttributeChoice(42)).toBe(false);
  });

  it('names a predicate by its label in the data, else its last part', () => {
    expect(attributeLabel(EX + 'year', new Map([[EX + 'year', 'year founded']]))).toBe('year founded');
    expect(attributeLabel('http://purl.org/dc/terms/issued', new Map())).toBe('issued');
    expect(attributeLabel('urn:isbn', new Map())).toBe('isbn');
  });
});

describe('colours by an attribute', () => {
  it('puts numbers on the ramp, with bins named to three digits, and no value apart', () => {
    const graph = graphOf(`
      ex:a ex:share 0.1 . ex:b ex:share 0.55 . ex:c ex:share 1.0 . ex:d ex:other "z" .
    `);
    const { colors, legend } = colorAssignment(graph, `attr:${EX}share`);
    expect(legend.map((e) => e.label)).toEqual(['0.1–0.28', '0.46–0.64', '0.82–1', 'No value']);
    expect(colors.get(EX + 'a')).not.toBe(colors.get(EX + 'c'));
  });

  it('gives whole numbers whole bins', () => {
    expect(rangeBins([1, 2, 3])(1, 3).map((b) => [b.from, b.to])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('colours every node "No value" for a predicate the data lacks', () => {
    const graph = graphOf('ex:a ex:p 1 .');
    expect(colorAssignment(graph, `attr:${EX}absent`).legend).toEqual([
      { label: 'No value', color: '#d1d5db', count: 1 },
    ]);
  });
});
