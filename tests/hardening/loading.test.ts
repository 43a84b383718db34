// Hardening: loads are all or nothing, blank nodes stay apart per file, empty files, unknown formats.
import { beforeAll, describe, expect, it } from 'vitest';
import { RdfError, RdfSyntaxError, UnsupportedFormatError } from '../../src/rdf/errors';
import { loadSources } from '../../src/rdf/load';
import { parseRdf } from '../../src/rdf/parse';
import { datasetToGraph } from '../../src/kg/to-graph';
import { priorDataset, type PriorDataset } from './prior-dataset';

describe('two files with the same blank node label', () => {
  it('are kept apart (two subjects, two graph nodes)', async () => {
    const quads = await loadSources([
      { name: 'a.ttl', content: '_:b1 <http://e.org/name> "from a" .\n' },
      { name: 'b.ttl', content: '_:b1 <http://e.org/name> "from b" .\n' },
    ]);
    expect(quads).toHaveLength(2);
    const [first, second] = quads.map((q) => q.subject.value);
    expect(first).toBeDefined();
    expect(first).not.toBe(second);
    expect(datasetToGraph(quads).order).toBe(2);
  });

  it('the same file loaded twice gives two sets of blank nodes', async () => {
    const text = '_:x <http://e.org/p> _:y .\n';
    const [a, b] = [await parseRdf(text, { format: 'ttl' }), await parseRdf(text, { format: 'ttl' })];
    expect(a[0]?.subject.value).toBeDefined();
    expect(a[0]?.subject.value).not.toBe(b[0]?.subject.value);
  });

  it('within one file, one label is one node (N-Quads across graphs too)', async () => {
    const quads = await parseRdf(
      '_:b1 <http://e.org/p> "1" <http://e.org/g1> .\n_:b1 <http://e.org/p> "2" <http://e.org/g2> .\n',
      { format: 'nq' },
    );
    expect(quads[0]?.subject.equals(quads[1]?.subject)).toBe(true);
  });
});

describe('empty files: an empty dataset for the RDF text formats; empty JSON-LD is not JSON', () => {
  it.each([
    ['turtle', ''],
    ['turtle', '   \n\t\n'],
    ['turtle', '# only a comment\n'],
    ['turtle', '@prefix ex: <http://e.org/> .\n'],
    ['trig', ''],
    ['ntriples', ''],
    ['ntriples', '\n\n'],
    ['nquads', ''],
    ['jsonld', '{}'],
    ['jsonld', '[]'],
  ])('%s %j loads as no quads', async (format, text) => {
    expect(await parseRdf(text, { format })).toEqual([]);
  });

  it('an empty .jsonld file is an RdfSyntaxError at 1:1', async () => {
    const error = await parseRdf('', { fileName: 'empty.jsonld' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RdfSyntaxError);
    expect([(error as RdfSyntaxError).line, (error as RdfSyntaxError).column]).toEqual([1, 1]);
  });

  it('an empty file among others adds nothing and breaks nothing', async () => {
    const quads = await loadSources([
      { name: 'empty.ttl', content: '' },
      { name: 'one.nt', content: '<http://e.org/a> <http://e.org/p> "x" .\n' },
    ]);
    expect(quads).toHaveLength(1);
  });
});

describe('all or nothing', () => {
  let prior: PriorDataset;
  beforeAll(async () => {
    prior = await priorDataset();
  });

  it.each([
    [
      'bad file last',
      [
        ['good.ttl', '<http://e.org/a> <http://e.org/p> "x" .'],
        ['bad.ttl', '<http://e.org/a> <http://e.org/p> .'],
      ],
      'bad.ttl',
    ],
    [
      'bad file first',
      [
        ['bad.nt', 'not n-triples'],
        ['good.nt', '<http://e.org/a> <http://e.org/p> "x" .\n'],
      ],
      'bad.nt',
    ],
    [
      'bad JSON-LD between good files',
      [
        ['a.nq', '<http://e.org/a> <http://e.org/p> "x" <http://e.org/g> .\n'],
        ['b.jsonld', '{"@id": '],
        ['c.ttl', '<http://e.org/c> <http://e.org/p> "z" .'],
      ],
      'b.jsonld',
    ],
  ] as [string, [string, string][], string][])(
    '%s: the error names the file; the earlier dataset is unchanged',
    async (_case, files, badFile) => {
      const error = await prior.importSources(files.map(([name, content]) => ({ name, content }))).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(RdfError);
      expect((error as RdfError).file).toBe(badFile);
      await prior.expectIntact();
    },
  );

  it('a good import does change the dataset (so the checks above can fail)', async () => {
    const other = await priorDataset();
    await other.importSources([{ name: 'good.ttl', content: '<http://e.org/a> <http://e.org/p> "x" .' }]);
    await expect(other.expectIntact()).rejects.toThrow();
  });
});

describe('a format that cannot be told', () => {
  it('unknown extension, not RDF: the content is sniffed (Turtle as the last guess), so RdfSyntaxError at 1:1', async () => {
    const error = await parseRdf('%%% text that is not RDF', { fileName: 'data.xyz' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RdfSyntaxError);
    expect([(error as RdfSyntaxError).file, (error as RdfSyntaxError).line, (error as RdfSyntaxError).column]).toEqual([
      'data.xyz',
      1,
      1,
    ]);
  });

  it('an unknown format name is UnsupportedFormatError', async () => {
    await expect(parseRdf('<a:b> <a:c> <a:d> .', { format: 'rdfxml-please' })).rejects.toBeInstanceOf(
      UnsupportedFormatError,
    );
  });
});
