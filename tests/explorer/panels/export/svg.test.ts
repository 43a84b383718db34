// Unit tests of the SVG export: a well-formed document with the drawn nodes, edges, labels, a title and a legend.
import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { legendOf, viewToSvg } from '../../../../src/explorer/panels/export/svg';
import type { ViewSnapshot } from '../../../../src/explorer/view/view-snapshot';

const SVG_NS = 'http://www.w3.org/2000/svg';
const node = (key: string, x: number, y: number, kind: string, label: string | null) => ({
  key,
  x,
  y,
  radius: 6,
  color: '#1f77b4',
  kind,
  label,
  labelSize: 14,
  labelColor: '#1f2937',
});

const view: ViewSnapshot = {
  width: 600,
  height: 400,
  nodes: [
    node('a', 100, 100, 'body', 'ODIHR'),
    node('b', 300, 200, 'partner', '<script>alert("x")</script> & Co'),
    node('c', 500, 300, 'theme', null),
    node('d', 200, 350, 'body', 'bell\u0007 ring'),
  ],
  edges: [
    { key: 'a|p|b', source: 'a', target: 'b', color: '#888', size: 1, parallelIndex: 0, parallelCount: 2 },
    { key: 'a|q|b', source: 'a', target: 'b', color: '#888', size: 1, parallelIndex: 1, parallelCount: 2 },
    { key: 'b|p|c', source: 'b', target: 'c', color: '#888', size: 1, parallelIndex: 0, parallelCount: 1 },
    { key: 'c|p|c', source: 'c', target: 'c', color: '#888', size: 1, parallelIndex: 0, parallelCount: 1 },
  ],
};

/** The `name` elements under `parent` (none when there is no parent). */
const under = (parent: Element | undefined, name: string): Element[] =>
  parent ? Array.from(parent.getElementsByTagNameNS(SVG_NS, name)) : [];

function parseSvg(text: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ errorHandler: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(
    text,
    'image/svg+xml',
  );
  return { doc, errors };
}

describe('viewToSvg', () => {
  const { svg, width, height } = viewToSvg(view, 'Migration & <bodies> "2024"');
  const { doc, errors } = parseSvg(svg);
  const all = (name: string) => Array.from(doc.getElementsByTagNameNS(SVG_NS, name));

  it('is a well-formed SVG document of the view with room for the title and the legend', () => {
    expect(errors).toEqual([]);
    expect(doc.documentElement.namespaceURI).toBe(SVG_NS);
    expect(width).toBe(600);
    expect(height).toBeGreaterThan(400 + 44);
    expect(doc.documentElement.getAttribute('height')).toBe(String(height));
  });

  it('draws every node, an edge path with an arrow head per edge (a loop as a circle), and the labels shown', () => {
    const groups = Object.fromEntries(all('g').map((g) => [g.getAttribute('class'), g]));
    expect(under(groups.nodes, 'circle').length).toBe(4);
    expect(under(groups.edges, 'path').length).toBe(6); // 3 edges × (line + head)
    expect(under(groups.edges, 'circle').length).toBe(1); // the loop
    const paths = under(groups.edges, 'path').map((p) => p.getAttribute('d') ?? '');
    expect(paths.filter((d) => d.includes('Q'))).toHaveLength(2); // the two parallel edges are curves, bent apart
    const labels = under(groups.labels, 'text').map((t) => t.textContent);
    expect(labels).toEqual(['ODIHR', '<script>alert("x")</script> & Co', 'bell ring']);
  });

  it('escapes labels and the title: markup in data stays text', () => {
    expect(svg).not.toContain('<script>');
    expect(all('script')).toHaveLength(0);
    expect(all('title')[0]?.textContent).toBe('Migration & <bodies> "2024"');
    expect(all('text')[0]?.textContent).toBe('Migration & <bodies> "2024"');
  });

  it('has a legend of the classes drawn, in class order with their colours', () => {
    const legend = all('g').find((g) => g.getAttribute('class') === 'legend');
    expect(under(legend, 'text').map((t) => t.textContent)).toEqual(['OSCE body', 'Partner organization', 'Theme']);
    expect(legendOf(view.nodes).map((e) => e.color)).toHaveLength(3);
  });

  it('flows a long legend onto more rows in a narrow view', () => {
    const kinds = [
      'body',
      'partner',
      'country',
      'region',
      'decision',
      'framework',
      'activity',
      'event',
      'publication',
      'theme',
    ];
    const narrow = viewToSvg(
      { width: 300, height: 200, nodes: kinds.map((k, i) => node(k, i * 10, 10, k, null)), edges: [] },
      'T',
    );
    expect(parseSvg(narrow.svg).errors).toEqual([]);
    expect(narrow.height).toBeGreaterThan(200 + 44 + 3 * 20);
  });

  it('shows the colour legend instead of the classes when nodes are coloured by something else', () => {
    const coloured = viewToSvg(
      {
        ...view,
        colorLegend: {
          title: 'region <b>',
          entries: [
            { label: 'North', color: '#1f77b4', count: 2 },
            { label: 'No value', color: '#d1d5db', count: 1 },
          ],
        },
      },
      'T',
    );
    const { doc, errors } = parseSvg(coloured.svg);
    expect(errors).toEqual([]);
    const legend = Array.from(doc.getElementsByTagNameNS(SVG_NS, 'g')).find(
      (g) => g.getAttribute('class') === 'legend',
    );
    expect(under(legend, 'text').map((t) => t.textContent)).toEqual(['region <b>:', 'North (2)', 'No value (1)']);
    expect(under(legend, 'circle').map((c) => c.getAttribute('fill'))).toEqual(['#1f77b4', '#d1d5db']);
  });
});
