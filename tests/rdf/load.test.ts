// loadSources: several files into one quad list, all or nothing, blank nodes kept apart per file.
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/rdf/load';
import { RdfSyntaxError } from '../../src/rdf/errors';

describe('loadSources', () => {
  it('keeps the same blank node label in two files apart', async () => {
    const quads = await loadSources([
      { name: 'a.ttl', content: '_:x <http://e/p> "a" .' },
      { name: 'b.nt', content: '_:x <http://e/p> "b" .\n' },
      { name: 'c.jsonld', content: '{"@id": "_:x", "http://e/p": "c"}' },
      { name: 'd.jsonld', content: '{"@id": "_:x", "http://e/p": "d"}' },
    ]);
    expect(quads).toHaveLength(4);
    expect(new Set(quads.map((q) => q.subject.value)).size).toBe(4);
  });

  it('keeps a label shared within one file as one node', async () => {
    const quads = await loadSources([{ name: 'a.ttl', content: '_:x <http://e/p> "a" . _:x <http://e/q> "b" .' }]);
    expect(quads[0]?.subject.equals(quads[1]?.subject)).toBe(true);
  });

  it('resolves relative IRIs per file', async () => {
    const quads = await loadSources([
      { name: 'dir/a.ttl', content: '<x> <http://e/p> 1 .' },
      { name: 'other/b.ttl', content: '<x> <http://e/p> 1 .' },
    ]);
    expect(quads.map((q) => q.subject.value)).toEqual(['file:///dir/x', 'file:///other/x']);
  });

  it('loads nothing when one file fails, and names that file', async () => {
    const error = await loadSources([
      { name: 'good.ttl', content: '<http://e/a> <http://e/p> 1 .' },
      { name: 'bad.ttl', content: '<http://e/a> <http://e/p> 1 .\n<http://e/a> <http://e/p> .' },
    ]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RdfSyntaxError);
    expect(error).toMatchObject({ file: 'bad.ttl', line: 2 });
  });

  it('takes bytes and an explicit format', async () => {
    const quads = await loadSources([
      {
        name: 'data.bin',
        format: 'nq',
        content: new TextEncoder().encode('<http://e/a> <http://e/p> "é" <http://e/g> .'),
      },
    ]);
    expect(quads[0]?.graph.value).toBe('http://e/g');
    expect(quads[0]?.object.value).toBe('é');
  });
});
