// Provenance of the curated graph: verbatim quotes, passage graphs, described passages and sources.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DCT, GRAPH_DATA, OKG, RDF_TYPE, loadData, parseFile, sourceTexts, trigFiles } from './graph-files';

const data = loadData();
const texts = sourceTexts(data);
const passages = new Set(
  data.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === OKG + 'Passage').map((q) => q.subject.value),
);
const valuesOf = (subject: string, predicate: string): string[] =>
  data.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);

describe('source documents', () => {
  it('every source document names a text file that exists', () => {
    const docs = data.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === OKG + 'SourceDocument');
    expect(docs.length).toBe(2);
    for (const d of docs) {
      const files = valuesOf(d.subject.value, OKG + 'textFile');
      expect(files).toHaveLength(1);
      expect(existsSync(path.join(GRAPH_DATA, files[0]))).toBe(true);
    }
  });
});

describe('passages', () => {
  it('there are passages of both source documents', () => {
    expect(passages.size).toBeGreaterThan(100);
  });

  it.each([...passages].map((p) => [p.replace(/.*\//, ''), p]))('%s has one quote, verbatim in its one source', (_, p) => {
    const quotes = valuesOf(p, OKG + 'quote');
    const docs = valuesOf(p, DCT + 'isPartOf');
    expect(quotes).toHaveLength(1);
    expect(docs).toHaveLength(1);
    const text = texts.get(docs[0]);
    expect(text, `no text for ${docs[0]}`).toBeDefined();
    expect(text!.includes(quotes[0]), `quote not verbatim: ${quotes[0]}`).toBe(true);
  });

  it('passage descriptions sit in the default graph', () => {
    const described = data.filter((q) => passages.has(q.subject.value) && q.graph.termType !== 'DefaultGraph');
    expect(described).toEqual([]);
  });

  it('every passage supports at least one statement', () => {
    const graphs = new Set(data.filter((q) => q.graph.termType === 'NamedNode').map((q) => q.graph.value));
    expect([...passages].filter((p) => !graphs.has(p))).toEqual([]);
  });
});

describe('statements', () => {
  it('every named graph is a described passage', () => {
    const graphs = new Set(data.filter((q) => q.graph.termType !== 'DefaultGraph').map((q) => q.graph.value));
    expect([...graphs].filter((g) => !passages.has(g))).toEqual([]);
  });

  it.each(trigFiles().filter((f) => !['passages.trig', 'sources.trig'].includes(f)))(
    '%s asserts statements only inside passage graphs',
    (file) => {
      const loose = parseFile(file).filter((q) => q.graph.termType === 'DefaultGraph');
      expect(loose.map((q) => `${q.subject.value} ${q.predicate.value}`)).toEqual([]);
    },
  );

  it('no blank nodes in the data', () => {
    expect(data.filter((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toEqual([]);
  });
});
