// Format names, media types, extensions and content sniffing.
import { describe, expect, it } from 'vitest';
import {
  formatFromFileName,
  formatFromMediaType,
  normalizeFormat,
  resolveFormat,
  sniffFormat,
} from '../../src/rdf/formats';
import { UnsupportedFormatError } from '../../src/rdf/errors';

describe('formats', () => {
  it.each([
    ['ttl', 'turtle'],
    ['Turtle', 'turtle'],
    ['nt', 'ntriples'],
    ['N-Triples', 'ntriples'],
    ['nq', 'nquads'],
    ['trig', 'trig'],
    ['jsonld', 'jsonld'],
    ['JSON-LD', 'jsonld'],
  ])('normalizes the name %s', (name, format) => {
    expect(normalizeFormat(name)).toBe(format);
  });

  it('throws UnsupportedFormatError for unknown names', () => {
    expect(() => normalizeFormat('rdfxml')).toThrow(UnsupportedFormatError);
  });

  it.each([
    ['a/b/data.ttl', 'turtle'],
    ['x.TRIG', 'trig'],
    ['x.nt', 'ntriples'],
    ['x.nq', 'nquads'],
    ['x.jsonld', 'jsonld'],
    ['x.json', 'jsonld'],
    ['x.txt', undefined],
    ['noext', undefined],
  ])('maps the file name %s', (name, format) => {
    expect(formatFromFileName(name)).toBe(format);
  });

  it.each([
    ['text/turtle', 'turtle'],
    ['application/trig; charset=utf-8', 'trig'],
    ['application/n-triples', 'ntriples'],
    ['application/n-quads', 'nquads'],
    ['application/ld+json', 'jsonld'],
    ['text/html', undefined],
  ])('maps the media type %s', (type, format) => {
    expect(formatFromMediaType(type)).toBe(format);
  });

  it.each([
    ['{"@id": "x"}', 'jsonld'],
    ['  [ {"@id": "x"} ]', 'jsonld'],
    ['<http://e/a> <http://e/p> "x"@en .\n# c\n<http://e/a> <http://e/p> _:b .', 'ntriples'],
    ['<http://e/a> <http://e/p> "x"^^<http://e/d> <http://e/g> .', 'nquads'],
    ['@prefix ex: <http://e/> . ex:a ex:p "{ not a graph }" .', 'turtle'],
    ['<http://e/a> <http://e/p> <http://e/b>, <http://e/c> .', 'turtle'],
    ['PREFIX ex: <http://e/>\nex:g { ex:a ex:p ex:b }', 'trig'],
    ['', 'turtle'],
  ])('sniffs %j', (text, format) => {
    expect(sniffFormat(text)).toBe(format);
  });

  it('resolves explicit format, then media type, then file name, then content', () => {
    const text = '<http://e/a> <http://e/p> <http://e/b> .';
    expect(resolveFormat({ format: 'nq', mediaType: 'text/turtle', fileName: 'a.jsonld', text })).toBe('nquads');
    expect(resolveFormat({ mediaType: 'text/turtle', fileName: 'a.jsonld', text })).toBe('turtle');
    expect(resolveFormat({ mediaType: 'text/plain', fileName: 'a.jsonld', text })).toBe('jsonld');
    expect(resolveFormat({ fileName: 'a.txt', text })).toBe('ntriples');
    expect(() => resolveFormat({ fileName: 'a.txt' })).toThrow(UnsupportedFormatError);
  });
});
