// SPARQL XML results are never written with a character XML 1.0 cannot carry; engine panics map to a resource error.
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { QueryResourceError } from '../../src/query/limits';
import { toQueryError } from '../../src/query/oxigraph-engine';
import { writeSparqlXml } from '../../src/query/results';
import { XmlCharacterError } from '../../src/query/xml-chars';

const resultWith = (value: string, lang = '') => ({
  kind: 'bindings' as const,
  variables: ['v'],
  rows: [Object.assign(Object.create(null), { v: DataFactory.literal(value, lang || undefined) })],
  truncated: false,
});

describe('writeSparqlXml', () => {
  it.each([
    '\u0000',
    '\u0001',
    '\u0008',
    '\u000B',
    '\u000C',
    '\u001F',
    '\uFFFE',
    '\uFFFF',
    '\uD800',
    '\uDFFF',
    'a\uDC00\uD800b',
  ])('refuses %j with XmlCharacterError', (char) => {
    expect(() => writeSparqlXml(resultWith(`x${char}y`))).toThrow(XmlCharacterError);
  });

  it('writes tab, newline, return, U+007F, U+FFFD and astral characters', () => {
    const xml = writeSparqlXml(resultWith('a\tb\nc\rd\u007F\uFFFD𝄞'));
    expect(xml).toContain('a\tb\nc\rd\u007F\uFFFD𝄞');
  });

  it('checks IRIs and blank node labels too', () => {
    const row = Object.assign(Object.create(null), { v: DataFactory.namedNode('http://e.org/\u0002') });
    expect(() => writeSparqlXml({ kind: 'bindings', variables: ['v'], rows: [row], truncated: false })).toThrow(
      XmlCharacterError,
    );
  });
});

describe('toQueryError', () => {
  it.each([
    'unreachable',
    'RuntimeError: unreachable: panicked at library/alloc/src/raw_vec.rs: capacity overflow',
    'memory access out of bounds',
  ])('an Oxigraph panic (%s) is a QueryResourceError, not an evaluation error', (message) => {
    const error = toQueryError(new Error(message));
    expect(error).toBeInstanceOf(QueryResourceError);
    expect((error as QueryResourceError).limit).toBe('engine');
    expect(error.message).toMatch(/^query stopped: it went past the engine's capacity/);
  });
});
