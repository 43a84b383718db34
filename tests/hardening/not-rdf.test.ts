// Non-text input (images, archives, NUL bytes) is recognised from its first bytes: "not an RDF file",
// never an encoding error deep into the file, while raw control characters inside literals stay legal.
import { describe, expect, it } from 'vitest';
import { checkRdfBytes, strayControlByte } from '../../src/rdf/binary-input';
import { NotRdfError, RdfEncodingError } from '../../src/rdf/errors';
import { parseRdf } from '../../src/rdf/parse';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('known binary formats', () => {
  it.each([
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'a PNG image'],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'a JPEG image'],
    ['GIF', bytes('GIF89a', [1, 0, 1, 0]), 'a GIF image'],
    ['PDF', bytes('%PDF-1.7\n'), 'a PDF document'],
    ['ZIP', bytes([0x50, 0x4b, 0x03, 0x04, 20, 0]), 'a ZIP archive'],
    ['gzip', bytes([0x1f, 0x8b, 8, 0]), 'gzip-compressed'],
    ['UTF-16 with BOM', bytes([0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00]), 'UTF-16 text'],
  ])('%s: NotRdfError naming it, from parseRdf and checkRdfBytes', async (_name, input, what) => {
    const error = await parseRdf(input, { fileName: 'x.ttl' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NotRdfError);
    expect((error as NotRdfError).what).toContain(what);
    expect((error as NotRdfError).message).toMatch(/^x\.ttl: not an RDF file: /);
    expect(() => checkRdfBytes(input, 'x.ttl')).toThrow(NotRdfError);
  });
});

describe('control bytes', () => {
  it('NUL bytes (/dev/zero): NotRdfError at offset 0', () => {
    expect(() => checkRdfBytes(new Uint8Array(4096))).toThrow(NotRdfError);
  });

  it('a control byte between terms: NotRdfError at its offset', async () => {
    const error = await parseRdf('<http://e.org/s> <http://e.org/p> \u0001 .', { format: 'nt' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NotRdfError);
    expect((error as NotRdfError).byteOffset).toBe(34);
  });

  it('raw control characters inside literals, IRIs and comments are data, not binary (W3C LITERAL1_all_controls)', async () => {
    expect(strayControlByte(bytes('<http://e.org/s> <http://e.org/p> "\0\u0001\u001b" . # \0\n'))).toBe(-1);
    expect(strayControlByte(bytes("<http://e.org/s> <http://e.org/p> '''\0\n\u0007''' ."))).toBe(-1);
    const quads = await parseRdf('<http://e.org/s> <http://e.org/p> "a\0b" .', { format: 'turtle' });
    expect(quads[0]?.object.value).toBe('a\0b');
  });

  it('invalid UTF-8 in text stays an RdfEncodingError', async () => {
    await expect(
      parseRdf(bytes('<http://e.org/s> <http://e.org/p> "', [0xc0, 0xaf], '" .'), { format: 'nt' }),
    ).rejects.toBeInstanceOf(RdfEncodingError);
  });
});
