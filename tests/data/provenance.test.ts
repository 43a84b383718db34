// Provenance of the curated graph: verbatim quotes, passage graphs, described passages and sources, curation
// graphs kept apart from the source's word, statuses dated as of their document.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DCT, GRAPH_DATA, ID, OKG, RDF_TYPE, loadData, parseFile, sourceTexts, trigFiles } from './graph-files';
import { defined } from '../helpers/defined';

const data = loadData();
const texts = sourceTexts(data);
const passages = new Set(
  data.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === OKG + 'Passage').map((q) => q.subject.value),
);
const PROV = 'http://www.w3.org/ns/prov#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const curationGraphs = new Set(
  data
    .filter((q) => q.predicate.value === RDF_TYPE && q.object.value === OKG + 'CurationGraph')
    .map((q) => q.subject.value),
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
      expect(existsSync(path.join(GRAPH_DATA, defined(files[0], 'a text file')))).toBe(true);
    }
  });
});

describe('passages', () => {
  it('there are passages of both source documents', () => {
    expect(passages.size).toBeGreaterThan(100);
  });

  it.each([...passages].map((p) => [p.replace(/.*\//, ''), p]))(
    '%s has one quote, verbatim in its one source',
    (_, p) => {
      const quotes = valuesOf(p, OKG + 'quote');
      const docs = valuesOf(p, DCT + 'isPartOf');
      expect(quotes).toHaveLength(1);
      expect(docs).toHaveLength(1);
      const [quote, doc] = [defined(quotes[0], 'a quote'), defined(docs[0], 'a document')];
      const text = texts.get(doc);
      expect(text, `no text for ${doc}`).toBeDefined();
      expect(text!.includes(quote), `quote not verbatim: ${quote}`).toBe(true);
    },
  );

  it('passage descriptions sit in the default graph', () => {
    const described = data.filter((q) => passages.has(q.subject.value) && q.graph.termType !== 'DefaultGraph');
    expect(described).toEqual([]);
  });

  it('every passage supports a statement, or a curation graph reads it', () => {
    const graphs = new Set(data.filter((q) => q.graph.termType === 'NamedNode').map((q) => q.graph.value));
    const read = new Set(data.filter((q) => q.predicate.value === PROV + 'wasDerivedFrom').map((q) => q.object.value));
    expect([...passages].filter((p) => !graphs.has(p) && !read.has(p))).toEqual([]);
  });
});

describe('statements', () => {
  it('every named graph is a described passage or a curation graph', () => {
    const graphs = new Set(data.filter((q) => q.graph.termType !== 'DefaultGraph').map((q) => q.graph.value));
    expect([...graphs].filter((g) => !passages.has(g) && !curationGraphs.has(g))).toEqual([]);
  });

  it('every curation graph says who curated it and by which rule, and is no passage', () => {
    expect(curationGraphs.size).toBeGreaterThan(5);
    for (const g of curationGraphs) {
      expect(valuesOf(g, PROV + 'wasAttributedTo'), g).toHaveLength(1);
      expect(valuesOf(g, RDFS + 'comment'), g).toHaveLength(1);
      expect(passages.has(g), g).toBe(false);
    }
  });

  it('curation.trig describes only curation graphs and their curators in the default graph', () => {
    const curators = new Set(
      data.filter((q) => q.predicate.value === PROV + 'wasAttributedTo').map((q) => q.object.value),
    );
    const loose = parseFile('curation.trig').filter((q) => q.graph.termType === 'DefaultGraph');
    expect(loose.filter((q) => !curationGraphs.has(q.subject.value) && !curators.has(q.subject.value))).toEqual([]);
  });

  it.each(trigFiles().filter((f) => !['passages.trig', 'sources.trig', 'curation.trig', 'selectors.trig'].includes(f)))(
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

describe("the curator's word apart from the source's", () => {
  const sourceGraphs = new Set(
    [...passages].filter((p) => valuesOf(p, DCT + 'isPartOf')[0] === ID + 'source-osce-un-migration-2017'),
  );
  const inSourceGraphs = data.filter((q) => sourceGraphs.has(q.graph.value));

  it.each([
    ['curation notes', OKG + 'curationNote'],
    ['SDG target mappings', OKG + 'contributesTo'],
    ['the theme hierarchy', SKOS + 'broader'],
    ['top concepts of the theme scheme', SKOS + 'topConceptOf'],
    ['theme scheme membership', SKOS + 'inScheme'],
    ['Wikidata links', SKOS + 'exactMatch'],
  ])('no %s in the graph of a passage quoting the OSCE document', (_, predicate) => {
    expect(
      inSourceGraphs.filter((q) => q.predicate.value === predicate).map((q) => `${q.graph.value} ${q.subject.value}`),
    ).toEqual([]);
  });

  it('no owl:sameAs anywhere (Wikidata links are skos:exactMatch)', () => {
    expect(data.filter((q) => q.predicate.value === 'http://www.w3.org/2002/07/owl#sameAs')).toEqual([]);
  });
});

describe('statuses', () => {
  it('every status is dated as of the date of the document whose passage gives it', () => {
    const statuses = data.filter((q) => q.predicate.value === OKG + 'status');
    expect(statuses.length).toBeGreaterThan(10);
    for (const q of statuses) {
      const asOf = data.filter(
        (d) => d.graph.equals(q.graph) && d.subject.equals(q.subject) && d.predicate.value === OKG + 'statusAsOf',
      );
      const doc = defined(valuesOf(q.graph.value, DCT + 'isPartOf')[0], `the document of ${q.graph.value}`);
      expect(
        asOf.map((d) => d.object.value),
        `${q.subject.value} in ${q.graph.value}`,
      ).toEqual(valuesOf(doc, DCT + 'date'));
    }
  });
});

describe('statements sit in the passage that supports them', () => {
  const SKOS_ALT = SKOS + 'altLabel';
  const names = (iri: string): string[] => [...valuesOf(iri, RDFS + 'label'), ...valuesOf(iri, SKOS_ALT)];
  const quoteOf = (graph: string): string => valuesOf(graph, OKG + 'quote')[0] ?? '';
  const sourceGraph = (g: string) => valuesOf(g, DCT + 'isPartOf')[0] === ID + 'source-osce-un-migration-2017';

  it.each([
    ['the body a mandate is given to', OKG + 'mandatedBy', 'subject'],
    ['who organizes or produced the work', OKG + 'organizedBy', 'object'],
    ['the unit a unit is part of', 'http://www.w3.org/ns/org#unitOf', 'object'],
    ['the holder of a post', 'http://www.w3.org/ns/org#heldBy', 'subject'],
  ] as const)('%s is named in the quote of the passage graph holding the statement', (_, predicate, named) => {
    const statements = data.filter((q) => q.predicate.value === predicate && sourceGraph(q.graph.value));
    expect(statements.length).toBeGreaterThan(0);
    const unsupported = statements.filter((q) => {
      const who = named === 'subject' ? q.subject.value : q.object.value;
      const quote = quoteOf(q.graph.value);
      return !names(who).some((n) => quote.includes(n));
    });
    expect(
      unsupported.map(
        (q) =>
          `${q.graph.value.replace(ID, '')}: ${q.subject.value.replace(ID, '')} -> ${q.object.value.replace(ID, '')}`,
      ),
    ).toEqual([]);
  });

  it('a footnote graph names documents, not the bodies they mandate', () => {
    const footnoteMandates = data.filter(
      (q) => q.predicate.value === OKG + 'mandatedBy' && /\/passage-fn\d/.test(q.graph.value),
    );
    expect(footnoteMandates).toEqual([]);
  });
});
