// parseRdf: table-style tests per format, errors with class, line and column, encoding, BOM, base IRIs.
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { parseRdf } from '../../src/rdf/parse';
import { RdfEncodingError, RdfError, RdfSyntaxError, UnsupportedFormatError } from '../../src/rdf/errors';
import { isomorphic } from '../../src/rdf/isomorphic';

const { namedNode, literal, blankNode, quad } = DataFactory;
const ex = (local: string) => namedNode(`http://example.org/${local}`);
const XSD = 'http://www.w3.org/2001/XMLSchema#';

const shouldParse: { name: string; format: string; text: string; expected: Quad[] }[] = [
  {
    name: 'turtle prefixes and lists of objects',
    format: 'ttl',
    text: '@prefix ex: <http://example.org/> .\nex:a ex:p ex:b, "x"@en ; ex:q 42 .',
    expected: [
      quad(ex('a'), ex('p'), ex('b')),
      quad(ex('a'), ex('p'), literal('x', 'en')),
      quad(ex('a'), ex('q'), literal('42', namedNode(XSD + 'integer'))),
    ],
  },
  {
    name: 'turtle blank node property list',
    format: 'turtle',
    text: '<http://example.org/a> <http://example.org/p> [ <http://example.org/q> "v" ] .',
    expected: [quad(ex('a'), ex('p'), blankNode('x')), quad(blankNode('x'), ex('q'), literal('v'))],
  },
  {
    name: 'trig named graph',
    format: 'trig',
    text: '@prefix ex: <http://example.org/> .\nex:g { ex:a ex:p "1"^^<http://www.w3.org/2001/XMLSchema#gYear> }',
    expected: [quad(ex('a'), ex('p'), literal('1', namedNode(XSD + 'gYear')), ex('g'))],
  },
  {
    name: 'n-triples with escapes',
    format: 'nt',
    text: '<http://example.org/a> <http://example.org/p> "tab\\there \\u00E9 \\U0001F600" .\n',
    expected: [quad(ex('a'), ex('p'), literal('tab\there é 😀'))],
  },
  {
    name: 'n-quads with a graph',
    format: 'nq',
    text: '<http://example.org/a> <http://example.org/p> _:b <http://example.org/g> .\n',
    expected: [quad(ex('a'), ex('p'), blankNode('b'), ex('g'))],
  },
  {
    name: 'json-ld with inline context',
    format: 'jsonld',
    text: JSON.stringify({
      '@context': { ex: 'http://example.org/' },
      '@id': 'ex:a',
      'ex:p': [{ '@id': 'ex:b' }, { '@value': 'x', '@language': 'en' }],
    }),
    expected: [quad(ex('a'), ex('p'), ex('b')), quad(ex('a'), ex('p'), literal('x', 'en'))],
  },
  {
    name: 'json-ld named graph',
    format: 'jsonld',
    text: JSON.stringify({
      '@context': { ex: 'http://example.org/' },
      '@id': 'ex:g',
      '@graph': [{ '@id': 'ex:a', 'ex:p': 'v' }],
    }),
    expected: [quad(ex('a'), ex('p'), literal('v'), ex('g'))],
  },
  { name: 'empty turtle', format: 'ttl', text: '', expected: [] },
];

describe('parseRdf: formats', () => {
  it.each(shouldParse)('$name', async ({ format, text, expected }) => {
    const quads = await parseRdf(text, { format });
    expect(isomorphic(quads, expected)).toBe(true);
  });

  it('picks the format from the file name, the media type, or the content', async () => {
    const nq = '<http://example.org/a> <http://example.org/p> <http://example.org/b> <http://example.org/g> .\n';
    expect((await parseRdf(nq, { fileName: 'x.nq' }))[0]?.graph.value).toBe('http://example.org/g');
    expect((await parseRdf(nq, { mediaType: 'application/n-quads; charset=utf-8' }))[0]?.graph.value).toBe(
      'http://example.org/g',
    );
    expect((await parseRdf(nq))[0]?.graph.value).toBe('http://example.org/g');
  });

  it('rejects an unknown format name', async () => {
    await expect(parseRdf('', { format: 'rdfxml' })).rejects.toBeInstanceOf(UnsupportedFormatError);
  });
});

interface ErrorCase {
  name: string;
  format: string;
  text: string;
  line: number;
  column: number;
}
const shouldFail: ErrorCase[] = [
  { name: 'bad token on line 1', format: 'ttl', text: '<http://e/a> <http://e/p> ?x .', line: 1, column: 27 },
  {
    name: 'undefined prefix in the middle',
    format: 'ttl',
    text: '<http://e/a> <http://e/p> 1 .\n  <http://e/a> <http://e/p> foo:bar .\n<http://e/a> <http://e/p> 2 .',
    line: 2,
    column: 29,
  },
  {
    name: 'unterminated string at the end',
    format: 'ttl',
    text: '<http://e/a> <http://e/p> 1 .\n<http://e/a> <http://e/p> "open',
    line: 2,
    column: 27,
  },
  {
    name: 'truncated file (statement never closed)',
    format: 'ttl',
    text: '<http://e/a> <http://e/p> <http://e/b>',
    line: 1,
    column: 39,
  },
  {
    name: 'column counts code points, not UTF-16 units',
    format: 'ttl',
    text: '<http://e/a> <http://e/p> "😀😀", foo:x .',
    line: 1,
    column: 33,
  },
  {
    name: 'n-triples relative IRI',
    format: 'nt',
    text: '<http://e/a> <http://e/p> <http://e/b> .\n<http://e/a> <http://e/p> <b> .',
    line: 2,
    column: 27,
  },
  { name: 'n-triples prefixed name', format: 'nt', text: '<http://e/a> <http://e/p> ex:b .', line: 1, column: 27 },
  {
    name: 'turtle refuses a graph block',
    format: 'ttl',
    text: '<http://e/g> { <http://e/a> <http://e/p> <http://e/b> }',
    line: 1,
    column: 14,
  },
  {
    name: 'json syntax error on line 3',
    format: 'jsonld',
    text: '{\n "@id": "http://e/a",\n "http://e/p": [1,]\n}',
    line: 3,
    column: 19,
  },
  { name: 'json truncated', format: 'jsonld', text: '{"@id": "http://e/a"', line: 1, column: 21 },
  {
    name: 'crlf line ends',
    format: 'ttl',
    text: '<http://e/a> <http://e/p> 1 .\r\n<http://e/a> <http://e/p> 2 .\r\n <http://e/a> <http://e/p> @@ .',
    line: 3,
    column: 28,
  },
];

describe('parseRdf: syntax errors', () => {
  it.each(shouldFail)('$name', async ({ format, text, line, column }) => {
    const error = await parseRdf(text, { format, fileName: 'input.' + format }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RdfSyntaxError);
    const syntax = error as RdfSyntaxError;
    expect({ line: syntax.line, column: syntax.column, file: syntax.file }).toEqual({
      line,
      column,
      file: 'input.' + format,
    });
    expect(syntax.message.startsWith(`input.${format}:${line}:${column}: `)).toBe(true);
  });

  it('is all or nothing: a late error returns no quads', async () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `<http://e/s${i}> <http://e/p> ${i} .`);
    lines.push('<http://e/s> <http://e/p> .');
    await expect(parseRdf(lines.join('\n'), { format: 'ttl' })).rejects.toMatchObject({
      name: 'RdfSyntaxError',
      line: 1001,
    });
  });
});

describe('parseRdf: bytes', () => {
  const encode = (s: string) => new TextEncoder().encode(s);

  it('decodes UTF-8 bytes', async () => {
    const quads = await parseRdf(encode('<http://e/a> <http://e/p> "Ελλάδα 😀" .'), { format: 'nt' });
    expect(quads[0]?.object.value).toBe('Ελλάδα 😀');
  });

  it('drops a leading BOM, from bytes and from text', async () => {
    const text = '\ufeff@prefix ex: <http://e/> . ex:a ex:p ex:b .';
    const fromBytes = await parseRdf(encode(text), { format: 'ttl' });
    const fromText = await parseRdf(text, { format: 'ttl' });
    expect(fromBytes).toHaveLength(1);
    expect(isomorphic(fromBytes, fromText)).toBe(true);
  });

  it.each([
    { name: 'lone continuation byte', bytes: [0x3c, 0x61, 0x3e, 0x20, 0x80], offset: 4, line: 1, column: 5 },
    {
      name: 'truncated sequence on line 2',
      bytes: [...encode('<a> <b> <c> .\n"é'), 0xe2, 0x82],
      offset: 17,
      line: 2,
      column: 3,
    },
    { name: 'overlong encoding', bytes: [0xc0, 0xaf], offset: 0, line: 1, column: 1 },
    { name: 'encoded surrogate', bytes: [0x22, 0xed, 0xa0, 0x80, 0x22], offset: 1, line: 1, column: 2 },
  ])('rejects invalid UTF-8: $name', async ({ bytes, offset, line, column }) => {
    const error = await parseRdf(new Uint8Array(bytes), { format: 'nt', fileName: 'bad.nt' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RdfEncodingError);
    expect(error).toBeInstanceOf(RdfError);
    expect(error).toMatchObject({ byteOffset: offset, line, column, file: 'bad.nt' });
  });
});

describe('parseRdf: relative IRIs', () => {
  it.each([
    { name: 'without base or file name', options: {}, expected: 'urn:osce-kg:input/__proto__' },
    { name: 'against the file name', options: { fileName: 'data/my file.ttl' }, expected: 'file:///data/__proto__' },
    {
      name: 'against an explicit base',
      options: { baseIRI: 'http://example.org/base/' },
      expected: 'http://example.org/base/__proto__',
    },
  ])('resolves $name', async ({ options, expected }) => {
    const quads = await parseRdf('<__proto__> <p> <#frag> .', { format: 'ttl', ...options });
    expect(quads[0]?.subject.value).toBe(expected);
    expect(quads[0]?.object.value).toMatch(/^(urn|file|http):.*#frag$/);
  });

  it('resolves JSON-LD relative IRIs too', async () => {
    const quads = await parseRdf('{"@id": "thing", "http://e/p": {"@id": "other"}}', {
      format: 'jsonld',
      fileName: 'x.jsonld',
    });
    expect(quads[0]?.subject.value).toBe('file:///thing');
    expect(quads[0]?.object.value).toBe('file:///other');
  });

  it('percent-encodes the file name in the base', async () => {
    const quads = await parseRdf('<> <http://e/p> 1 .', { format: 'ttl', fileName: 'my data/a b#c.ttl' });
    expect(quads[0]?.subject.value).toBe('file:///my%20data/a%20b%23c.ttl');
  });
});
