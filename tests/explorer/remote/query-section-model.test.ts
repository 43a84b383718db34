// The endpoint section's model: URLs checked, where queries go, what an expansion loaded, the neighbourhood lit up.
import { describe, expect, it } from 'vitest';
import { buildEntityGraph } from '../../../src/explorer/core/data/entity-graph';
import {
  endpointUrl,
  expansionText,
  modeText,
  neighbourhood,
  nodeName,
} from '../../../src/explorer/remote/query-section-model';
import { fixtureQuads, ID } from '../fixture';

const { graph } = buildEntityGraph(fixtureQuads());

describe('endpoint section model', () => {
  it('takes http(s) endpoints, relative ones against the page, and says why it refuses others', () => {
    expect((endpointUrl(' https://example.org/sparql ', 'http://localhost/') as URL).href).toBe(
      'https://example.org/sparql',
    );
    expect((endpointUrl('/sparql', 'http://localhost:8080/explorer/') as URL).href).toBe(
      'http://localhost:8080/sparql',
    );
    expect(endpointUrl('javascript:alert(1)', 'http://localhost/')).toBe('The endpoint must be an http(s) URL.');
    expect(endpointUrl('http://', 'http://localhost/')).toBe('Not a URL.');
  });

  it('says where queries go', () => {
    expect(modeText(null)).toBe('Queries run on the data shown in this explorer.');
    expect(modeText('https://example.org/sparql')).toMatch(
      /^Queries go to https:\/\/example\.org\/sparql\. Expand nodes/,
    );
  });

  it('names a node by its label, or its IRI when not drawn', () => {
    expect(nodeName(graph, ID + 'iom')).toBe('International Organization for Migration');
    expect(nodeName(graph, ID + 'nowhere')).toBe(ID + 'nowhere');
  });

  it('reports what an expansion loaded and whether more remain', () => {
    expect(expansionText({ loaded: 50, added: 120, more: true }, 'IOM')).toBe(
      '50 links of IOM loaded (120 new statements); more remain.',
    );
    expect(expansionText({ loaded: 3, added: 0, more: false }, 'IOM')).toBe(
      '3 links of IOM loaded (0 new statements); that is all.',
    );
  });

  it('lights up a node with its neighbours and its edges, none when it is not drawn', () => {
    const lit = neighbourhood(graph, ID + 'odihr')!;
    expect(lit.nodes).toContain(ID + 'odihr');
    expect(lit.nodes).toContain(ID + 'iom');
    expect(lit.edges.length).toBe(graph.edges(ID + 'odihr').length);
    expect(lit.caption).toBe(`${lit.nodes.length - 1} neighbours`);
    expect(neighbourhood(graph, ID + 'nowhere')).toBeNull();
  });
});
