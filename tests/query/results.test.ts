// Result writers against the W3C spec examples, and the SPARQL JSON parser (round trip, strictness).
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import type { Term } from '@rdfjs/types';
import type { BindingsResult } from '../../src/query/engine';
import {
  parseSparqlJson,
  writeResult,
  writeSparqlCsv,
  writeSparqlJson,
  writeSparqlTsv,
  writeSparqlXml,
  writeTable,
} from '../../src/query/results';
import { ResultFormatError } from '../../src/query/limits';

const { namedNode, blankNode, literal } = DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';

function row(entries: Record<string, Term>): Record<string, Term> {
  return entries;
}

// The example of "SPARQL 1.1 Query Results CSV and TSV Formats", section 5 (x, literal).
const x = namedNode('http://example/x');
const SPEC: BindingsResult = {
  kind: 'bindings',
  variables: ['x', 'literal'],
  truncated: false,
  rows: [
    row({ x, literal: literal('String') }),
    row({ x, literal: literal('String-with-dquote"') }),
    row({ x: blankNode('b0'), literal: literal('Blank node') }),
    row({ x }),
    row({ x, literal: literal('String-with-lang', 'en') }),
    row({ x, literal: literal('123', namedNode(XSD + 'integer')) }),
  ],
};

describe('CSV', () => {
  it('writes the spec example', () => {
    expect(writeSparqlCsv(SPEC)).toBe(
      [
        'x,literal',
        'http://example/x,String',
        'http://example/x,"String-with-dquote"""',
        '_:b0,Blank node',
        'http://example/x,',
        'http://example/x,String-with-lang',
        'http://example/x,123',
        '',
      ].join('\r\n'),
    );
  });

  it.each([
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rhere', '"cr\rhere"'],
    ['plain', 'plain'],
    // The same writer as the explorer's tables: text a spreadsheet would run as a formula is defused.
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('quotes %j as %j', (value, cell) => {
    const r: BindingsResult = {
      kind: 'bindings',
      variables: ['v'],
      truncated: false,
      rows: [row({ v: literal(value) })],
    };
    expect(writeSparqlCsv(r)).toBe(`v\r\n${cell}\r\n`);
  });
});

describe('TSV', () => {
  it('writes the spec example', () => {
    expect(writeSparqlTsv(SPEC)).toBe(
      [
        '?x\t?literal',
        '<http://example/x>\t"String"',
        '<http://example/x>\t"String-with-dquote\\""',
        '_:b0\t"Blank node"',
        '<http://example/x>\t',
        '<http://example/x>\t"String-with-lang"@en',
        '<http://example/x>\t123',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [literal('tab\there\nnewline'), '"tab\\there\\nnewline"'],
    [literal('1.5', namedNode(XSD + 'decimal')), '1.5'],
    [literal('1e3', namedNode(XSD + 'double')), '1e3'],
    [literal('true', namedNode(XSD + 'boolean')), 'true'],
    [literal('01', namedNode(XSD + 'boolean')), `"01"^^<${XSD}boolean>`],
    [literal('abc', namedNode(XSD + 'integer')), `"abc"^^<${XSD}integer>`],
    [literal('2005', namedNode(XSD + 'gYear')), `"2005"^^<${XSD}gYear>`],
    [namedNode('http://ex/a b'), '<http://ex/a\\u0020b>'],
  ])('writes %j as %s', (term, cell) => {
    const r: BindingsResult = { kind: 'bindings', variables: ['v'], truncated: false, rows: [row({ v: term })] };
    expect(writeSparqlTsv(r)).toBe(`?v\n${cell}\n`);
  });
});

describe('SPARQL JSON', () => {
  it('writes terms as the spec says and parses them back', () => {
    const text = writeSparqlJson(SPEC);
    const doc = JSON.parse(text);
    expect(doc.head.vars).toEqual(['x', 'literal']);
    expect(doc.results.bindings[0]).toEqual({
      x: { type: 'uri', value: 'http://example/x' },
      literal: { type: 'literal', value: 'String' },
    });
    expect(doc.results.bindings[2].x).toEqual({ type: 'bnode', value: 'b0' });
    expect(doc.results.bindings[3]).toEqual({ x: { type: 'uri', value: 'http://example/x' } });
    expect(doc.results.bindings[4].literal).toEqual({ type: 'literal', value: 'String-with-lang', 'xml:lang': 'en' });
    expect(doc.results.bindings[5].literal).toEqual({ type: 'literal', value: '123', datatype: XSD + 'integer' });
    const back = parseSparqlJson(text);
    if (back.kind !== 'bindings') throw new Error('expected bindings');
    expect(back.variables).toEqual(SPEC.variables);
    back.rows.forEach((r, i) => {
      for (const v of SPEC.variables) {
        const expected = SPEC.rows[i]?.[v];
        if (expected === undefined) expect(r[v]).toBeUndefined();
        else expect(r[v]?.equals(expected)).toBe(true);
      }
    });
  });

  it('writes and parses booleans', () => {
    expect(JSON.parse(writeSparqlJson({ kind: 'boolean', value: false }))).toEqual({ head: {}, boolean: false });
    expect(parseSparqlJson('{"head":{},"boolean":true}')).toEqual({ kind: 'boolean', value: true });
  });

  it('keeps a variable called __proto__ as data', () => {
    const r = parseSparqlJson(
      '{"head":{"vars":["__proto__"]},"results":{"bindings":[{"__proto__":{"type":"uri","value":"http://a"}}]}}',
    );
    if (r.kind !== 'bindings') throw new Error('expected bindings');
    expect(r.rows[0]?.['__proto__']?.value).toBe('http://a');
    expect(({} as Record<string, unknown>).value).toBeUndefined();
  });

  it.each([
    ['cut off', '{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri","val'],
    ['no head', '{"results":{"bindings":[]}}'],
    ['no results', '{"head":{"vars":["s"]}}'],
    ['bindings not a list', '{"head":{"vars":["s"]},"results":{"bindings":{}}}'],
    ['bad term type', '{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"thing","value":"x"}}]}}'],
    ['value not a string', '{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri","value":3}}]}}'],
    ['empty', ''],
  ])('refuses %s', (_name, text) => {
    expect(() => parseSparqlJson(text)).toThrow(ResultFormatError);
  });
});

describe('SPARQL XML', () => {
  it('writes the spec structure with escaping', () => {
    const r: BindingsResult = {
      kind: 'bindings',
      variables: ['x', 'hpage', 'name', 'blurb'],
      truncated: false,
      rows: [
        row({
          x: blankNode('r2'),
          hpage: namedNode('http://work.example.org/bob/'),
          name: literal('Bob', 'en'),
          blurb: literal(
            '<p xmlns="http://www.w3.org/1999/xhtml">My name is <b>bob</b></p>',
            namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#XMLLiteral'),
          ),
        }),
        row({ x: literal('A & B') }),
      ],
    };
    const xml = writeSparqlXml(r);
    expect(xml).toContain('<sparql xmlns="http://www.w3.org/2005/sparql-results#">');
    expect(xml).toContain('<variable name="hpage"/>');
    expect(xml).toContain('<binding name="x"><bnode>r2</bnode></binding>');
    expect(xml).toContain('<binding name="hpage"><uri>http://work.example.org/bob/</uri></binding>');
    expect(xml).toContain('<binding name="name"><literal xml:lang="en">Bob</literal></binding>');
    expect(xml).toContain(
      '<literal datatype="http://www.w3.org/1999/02/22-rdf-syntax-ns#XMLLiteral">&lt;p xmlns=&quot;http://www.w3.org/1999/xhtml&quot;&gt;My name is &lt;b&gt;bob&lt;/b&gt;&lt;/p&gt;</literal>',
    );
    expect(xml).toContain('<literal>A &amp; B</literal>');
    expect(xml.match(/<result>/g)).toHaveLength(2);
    expect(writeSparqlXml({ kind: 'boolean', value: true })).toContain('<boolean>true</boolean>');
  });
});

describe('text table', () => {
  it('aligns columns, shortens IRIs with prefixes and counts rows', () => {
    const text = writeTable({ ...SPEC, truncated: true }, { prefixes: { ex: 'http://example/' } });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('?x   | ?literal');
    expect(lines[2]).toBe('ex:x | "String"');
    expect(lines.at(-1)).toBe('6 rows (truncated)');
    expect(writeResult(SPEC, 'table')).toBe(writeTable(SPEC));
    expect(writeResult(SPEC, 'csv')).toBe(writeSparqlCsv(SPEC));
  });
});

describe('SPARQL CSV numbers', () => {
  it('writes a negative number as it is, and defuses the same text as a plain string', () => {
    const r: BindingsResult = {
      kind: 'bindings',
      variables: ['n', 's'],
      truncated: false,
      rows: [
        row({ n: literal('-5', DataFactory.namedNode('http://www.w3.org/2001/XMLSchema#integer')), s: literal('-5') }),
      ],
    };
    expect(writeSparqlCsv(r)).toBe("n,s\r\n-5,'-5\r\n");
  });
});
