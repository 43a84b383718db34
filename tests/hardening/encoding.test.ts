// Hardening: bytes that are not UTF-8 give RdfEncodingError with byte offset and line/column; a BOM is dropped.
import { beforeAll, describe, expect, it } from 'vitest';
import { RdfEncodingError } from '../../src/rdf/errors';
import { parseRdf } from '../../src/rdf/parse';
import { priorDataset, type PriorDataset } from './prior-dataset';

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((p) => [...p]));

const HEAD = '<http://e.org/a> <http://e.org/p> "ok" .\n<http://e.org/a> <http://e.org/p> "';
const TAIL = '" .\n';
const headBytes = utf8(HEAD).length;
// Line 2 is `<http://e.org/a> <http://e.org/p> "` (35 characters) before the literal's content, so its first byte is
// column 36

// [case, bytes, byte offset of the first bad byte, line, column]
const BAD_BYTES: [string, Uint8Array, number, number, number][] = [
  [
    'Latin-1 byte (0xE9, "é" in ISO-8859-1)',
    concat(utf8(HEAD), [0x63, 0x61, 0x66, 0xe9], utf8(TAIL)),
    headBytes + 3,
    2,
    39,
  ],
  ['0xFF 0xFE (never valid in UTF-8)', concat(utf8(HEAD), [0xff, 0xfe], utf8(TAIL)), headBytes, 2, 36],
  ['overlong encoding of "/" (0xC0 0xAF)', concat(utf8(HEAD), [0xc0, 0xaf], utf8(TAIL)), headBytes, 2, 36],
  ['encoded UTF-16 surrogate (0xED 0xA0 0x80)', concat(utf8(HEAD), [0xed, 0xa0, 0x80], utf8(TAIL)), headBytes, 2, 36],
  ['multi-byte sequence cut by the end of the file', concat(utf8(HEAD), [0xe2, 0x82]), headBytes, 2, 36],
  [
    'bad byte after multi-byte characters (column in code points)',
    concat(utf8(HEAD + 'éé'), [0xff], utf8(TAIL)),
    headBytes + 4,
    2,
    38,
  ],
];

describe('encoding: invalid UTF-8 is refused with its position', () => {
  let prior: PriorDataset;
  beforeAll(async () => {
    prior = await priorDataset();
  });

  it.each(BAD_BYTES)('%s', async (_case, bytes, byteOffset, line, column) => {
    const error = await parseRdf(bytes, { fileName: 'latin1.nt' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RdfEncodingError);
    const encoding = error as RdfEncodingError;
    expect(encoding.name).toBe('RdfEncodingError');
    expect({
      file: encoding.file,
      byteOffset: encoding.byteOffset,
      line: encoding.line,
      column: encoding.column,
    }).toEqual({ file: 'latin1.nt', byteOffset, line, column });
  });

  it.each(BAD_BYTES)('%s: nothing of the load is kept', async (_case, bytes) => {
    await expect(
      prior.importSources([
        { name: 'good.nt', content: utf8('<http://e.org/x> <http://e.org/p> "x" .\n') },
        { name: 'bad.nt', content: bytes },
      ]),
    ).rejects.toBeInstanceOf(RdfEncodingError);
    await prior.expectIntact();
  });
});

describe('a byte order mark is dropped and the file loads', () => {
  const TURTLE = '@prefix ex: <http://example.org/> .\nex:a ex:p "café" .\n';
  it.each([
    ['UTF-8 bytes with BOM (EF BB BF)', concat([0xef, 0xbb, 0xbf], utf8(TURTLE))],
    ['string with U+FEFF first', '\ufeff' + TURTLE],
  ] as [string, string | Uint8Array][])('%s', async (_case, input) => {
    const quads = await parseRdf(input, { format: 'ttl' });
    expect(quads).toHaveLength(1);
    expect(quads[0]?.object.value).toBe('café');
    expect(quads[0]?.subject.value).toBe('http://example.org/a');
  });

  it('a BOM-only file is an empty dataset', async () => {
    expect(await parseRdf(new Uint8Array([0xef, 0xbb, 0xbf]), { format: 'ttl' })).toEqual([]);
  });

  it('a BOM in the middle is not dropped (it is data, and a syntax error outside a literal)', async () => {
    const quads = await parseRdf('<http://e.org/a> <http://e.org/p> "x\ufeffy" .\n', { format: 'nt' });
    expect(quads[0]?.object.value).toBe('x\ufeffy');
  });
});
