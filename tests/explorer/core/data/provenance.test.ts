// Provenance: passages, their quotes and documents; finding a quote in the source text.
import { describe, expect, it } from 'vitest';
import { buildProvenanceIndex, locateQuote } from '../../../../src/explorer/core/data/provenance';
import { fixtureQuads, ID, SOURCE_TEXT } from '../../fixture';

describe('buildProvenanceIndex', () => {
  it('pairs passages with quotes and documents with text files', () => {
    const index = buildProvenanceIndex(fixtureQuads());
    expect(index.passages.get(ID + 'p1')).toEqual({
      iri: ID + 'p1',
      quote: 'ODIHR works with IOM',
      document: ID + 'doc',
      origin: 'source',
    });
    expect(index.documents.get(ID + 'doc')).toEqual({
      iri: ID + 'doc',
      textFile: 'sources/doc.txt',
      label: 'OSCE contribution',
    });
  });
});

describe('locateQuote', () => {
  const cases: [string, string, string | null][] = [
    ['exact', 'Decision 3/16 was adopted', 'Decision 3/16 was adopted'],
    ['across line breaks and runs of spaces', 'ODIHR works with IOM', 'ODIHR   works with\nIOM'],
    ['with regex metacharacters', 'migration.', 'migration.'],
    ['absent', 'ODIHR works with UNHCR', null],
    ['blank', '   ', null],
  ];
  it.each(cases)('%s', (_name, quote, found) => {
    const at = locateQuote(SOURCE_TEXT, quote);
    expect(at === null ? null : SOURCE_TEXT.slice(at.start, at.end)).toBe(found);
  });
});
