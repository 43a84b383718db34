// Unit tests of the Import panel's pure parts: the compact quad transfer, sliced line-based parsing, error text.
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { decodeQuads, encodeQuads, transferablesOf } from '../../../../src/explorer/core/data/quad-codec';
import { parseLineBased } from '../../../../src/explorer/panels/import/chunked-parse';
import { describeImportError } from '../../../../src/explorer/panels/import/import-messages';
import { parseRdf } from '../../../../src/rdf/parse';
import { RdfSyntaxError } from '../../../../src/rdf/errors';
import { isomorphic } from '../../../../src/rdf/isomorphic';

const TRIG = `
@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:a ex:p "plain", "tagged"@fr, "typed"^^xsd:date, "1"^^xsd:integer, "with\\u0000nul and \\"quotes\\"", "" .
ex:a ex:q _:b1 .
_:b1 ex:p ex:a .
ex:g { ex:a ex:p "in a graph"@en-GB . _:b1 ex:r ex:c . }
_:bg { ex:x ex:y ex:z . }
`;

describe('encodeQuads / decodeQuads', () => {
  const quads = new Parser({ format: 'application/trig' }).parse(TRIG) as Quad[];

  it('round-trips every term kind, languages, datatypes and graphs exactly', async () => {
    const back = await decodeQuads(encodeQuads(quads));
    expect(back).toHaveLength(quads.length);
    for (let i = 0; i < quads.length; i++) expect(back[i]?.equals(quads[i])).toBe(true);
  });

  it('accepts terms of other RDF/JS factories', async () => {
    const plain = {
      termType: 'Quad',
      value: '',
      equals: () => false,
      subject: { termType: 'NamedNode', value: 'http://example.org/s' },
      predicate: { termType: 'NamedNode', value: 'http://example.org/p' },
      object: {
        termType: 'Literal',
        value: 'x',
        language: '',
        datatype: { termType: 'NamedNode', value: 'http://www.w3.org/2001/XMLSchema#integer' },
      },
      graph: { termType: 'DefaultGraph', value: '' },
    } as unknown as Quad;
    const [back] = await decodeQuads(encodeQuads([plain]));
    expect(back?.object.termType).toBe('Literal');
    expect((back?.object as { datatype: { value: string } }).datatype.value).toBe(
      'http://www.w3.org/2001/XMLSchema#integer',
    );
    expect(back?.graph.termType).toBe('DefaultGraph');
  });

  it('reports encoding progress', () => {
    const seen: number[] = [];
    encodeQuads(Array.from({ length: 10 }, () => quads).flat(), { every: 20, onProgress: (done) => seen.push(done) });
    expect(seen[0]).toBe(20);
    expect(seen.length).toBe(Math.floor((quads.length * 10) / 20));
  });

  it('stores each distinct term once and moves its arrays as transferable buffers', () => {
    const encoded = encodeQuads([...quads, ...quads]);
    expect(encoded.quads.length).toBe(quads.length * 2 * 4);
    const distinct = new Set(
      quads.flatMap((q) =>
        [q.subject, q.predicate, q.object, q.graph].map(
          (t) => t.termType + t.value + ('language' in t ? t.language : '') + ('datatype' in t ? t.datatype.value : ''),
        ),
      ),
    );
    expect(encoded.idLengths.length).toBe(distinct.size);
    expect(transferablesOf(encoded).every((b) => b instanceof ArrayBuffer)).toBe(true);
  });

  it('decodes in slices, reporting progress and yielding between slices', async () => {
    const many: Quad[] = Array.from({ length: 10 }, () => quads).flat();
    const seen: number[] = [];
    let yields = 0;
    const back = await decodeQuads(encodeQuads(many), {
      sliceSize: 25,
      onProgress: (done) => seen.push(done),
      yieldTo: async () => {
        yields++;
      },
    });
    expect(back).toHaveLength(many.length);
    const encoded = encodeQuads(many);
    expect(seen.at(-1)).toBe(many.length + encoded.idLengths.length); // terms, then quads
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(yields).toBeGreaterThanOrEqual(Math.ceil(many.length / 25) - 1);
  });
});

describe('parseLineBased', () => {
  const lines = Array.from(
    { length: 500 },
    (_, i) => `<http://example.org/s${i % 37}> <http://example.org/p> _:n${i % 11} .`,
  );
  lines.push('_:n3 <http://example.org/label> "three"@en .');
  const text = lines.join('\n') + '\n';

  it('gives the same graph as one parse, blank nodes joined across slices', async () => {
    const whole = await parseRdf(text, { format: 'ntriples', blankNodePrefix: 'w_' });
    const sliced = await parseLineBased(text, {
      format: 'ntriples',
      fileName: 'x.nt',
      blankNodePrefix: 'w_',
      sliceChars: 300,
    });
    expect(sliced).toHaveLength(whole.length);
    expect(isomorphic(sliced, whole)).toBe(true);
    expect(new Set(sliced.filter((q) => q.subject.termType === 'BlankNode').map((q) => q.subject.value))).toEqual(
      new Set(['w_n3']),
    );
  });

  it('reports progress per slice up to the whole text', async () => {
    const seen: number[] = [];
    await parseLineBased(text, {
      format: 'ntriples',
      fileName: 'x.nt',
      blankNodePrefix: 'p_',
      sliceChars: 1000,
      onProgress: (done) => seen.push(done),
    });
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.at(-1)).toBe(text.length);
  });

  it.each([[1], [300], [100_000]])(
    'reports a syntax error at its line in the whole file (slices of %i chars)',
    async (sliceChars) => {
      const bad = [
        ...lines.slice(0, 200),
        '<http://example.org/s> <http://example.org/p> "unterminated .',
        ...lines.slice(200),
      ].join('\n');
      const error = await parseLineBased(bad, {
        format: 'ntriples',
        fileName: 'bad.nt',
        blankNodePrefix: 'e_',
        sliceChars,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RdfSyntaxError);
      const syntax = error as RdfSyntaxError;
      expect(syntax.line).toBe(201);
      expect(syntax.file).toBe('bad.nt');
      const direct = (await parseRdf(bad, { format: 'ntriples', fileName: 'bad.nt' }).catch(
        (e: unknown) => e,
      )) as RdfSyntaxError;
      expect([syntax.line, syntax.column]).toEqual([direct.line, direct.column]);
    },
  );
});

describe('describeImportError', () => {
  it('names the file, line and column and says the graph did not change', () => {
    const text = describeImportError(
      { name: 'RdfSyntaxError', message: 'bad.ttl:3:14: Unexpected "."', file: 'bad.ttl', line: 3, column: 14 },
      'bad.ttl',
    );
    expect(text).toContain('bad.ttl:3:14');
    expect(text).toContain('line 3, column 14');
    expect(text).toContain('not changed');
  });
});
