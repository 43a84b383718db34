// Curation: every entity is described, identifiers are the record's with the source's form as cited (one
// document per identifier), Wikidata links are skos:exactMatch from the reference facts, and the reference
// document is written for readers.
import { describe, expect, it } from 'vitest';
import { DCT, GRAPH_DATA, ID, OKG, RDF_TYPE, loadData } from './graph-files';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defined } from '../helpers/defined';

const data = loadData();
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const OWL_SAME_AS = 'http://www.w3.org/2002/07/owl#sameAs';
const SKOS_EXACT_MATCH = 'http://www.w3.org/2004/02/skos/core#exactMatch';
const values = (s: string, p: string): string[] => [
  ...new Set(data.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value)),
];
const entities = [...new Set(data.filter((q) => q.predicate.value === RDF_TYPE).map((q) => q.subject.value))];

describe('entities', () => {
  it('every id: IRI used anywhere is typed', () => {
    const used = new Set(
      data
        .flatMap((q) => [q.subject, q.object, q.graph])
        .filter((t) => t.termType === 'NamedNode' && t.value.startsWith(ID))
        .map((t) => t.value),
    );
    expect([...used].filter((iri) => values(iri, RDF_TYPE).length === 0)).toEqual([]);
  });

  it('every entity but passages (and their position selectors) has exactly one English rdfs:label', () => {
    const passages = new Set(data.filter((q) => q.object.value === OKG + 'Passage').map((q) => q.subject.value));
    for (const q of data) if (q.predicate.value === 'http://www.w3.org/ns/oa#hasSelector') passages.add(q.object.value);
    const bad = entities
      .filter((e) => !passages.has(e))
      .filter((e) => {
        const labels = data
          .filter((q) => q.subject.value === e && q.predicate.value === RDFS_LABEL)
          .map((q) => q.object);
        const distinct = new Set(labels.map((l) => `${l.value}@${l.termType === 'Literal' ? l.language : ''}`));
        const [only] = distinct;
        return distinct.size !== 1 || !only?.endsWith('@en');
      });
    expect(bad).toEqual([]);
  });
});

describe("identifiers: the record's, and the source's form as cited", () => {
  const holders = (identifier: string): string[] => [
    ...new Set(
      data
        .filter((q) => q.predicate.value === DCT + 'identifier' && q.object.value === identifier)
        .map((q) => q.subject.value),
    ),
  ];

  it('a lookup of any identifier returns one document', () => {
    const byId = new Map<string, Set<string>>();
    for (const q of data.filter((x) => x.predicate.value === DCT + 'identifier')) {
      byId.set(q.object.value, (byId.get(q.object.value) ?? new Set()).add(q.subject.value));
    }
    expect(byId.size).toBeGreaterThan(10);
    expect([...byId].filter(([, s]) => s.size > 1).map(([i]) => i)).toEqual([]);
  });

  it('MC.DEC/2/05 is the decision on Migration only; the Concept is MC.DOC/2/05, cited as MC.DEC/2/05', () => {
    expect(holders('MC.DEC/2/05')).toEqual([ID + 'mc-dec-2-05']);
    expect(holders('MC.DOC/2/05')).toEqual([ID + 'border-security-management-concept']);
    expect(values(ID + 'border-security-management-concept', OKG + 'citedAs')).toEqual(['MC.DEC/2/05']);
    // the cited form sits in the graph of footnote 5, which quotes it
    expect(data.some((q) => q.predicate.value === OKG + 'citedAs' && q.graph.value === ID + 'passage-fn5')).toBe(true);
  });

  it.each([
    ['pc-dec-557', 'PC.DEC/557', 'PC.DEC/577', 'passage-fn3'],
    ['pc-dec-1049', 'PC.DEC/1049', 'PC.DC/1049', 'passage-fn4-police'],
    ['mc-dec-14-04', 'MC.DEC/14/04', 'MC. DEC/14/04', 'passage-fn6-gender-action-plan'],
    ['mc-dec-15-05', 'MC.DEC/15/05', 'MC. DEC/15/05', 'passage-fn6-violence-2005'],
    ['border-security-management-concept', 'MC.DOC/2/05', 'MC.DEC/2/05', 'passage-fn5'],
  ])(
    '%s is recorded as %s and cited as "%s" in the graph of the passage quoting it',
    (slug, identifier, asCited, passage) => {
      expect(values(ID + slug, DCT + 'identifier')).toEqual([identifier]);
      const cited = data.filter((q) => q.subject.value === ID + slug && q.predicate.value === OKG + 'citedAs');
      expect([...new Set(cited.map((q) => q.object.value))]).toEqual([asCited]);
      expect(cited.map((q) => q.graph.value)).toContain(ID + passage);
      // the record's identifier never sits in the graph of the passage that cites the other form
      expect(
        data.filter(
          (q) =>
            q.subject.value === ID + slug && q.predicate.value === DCT + 'identifier' && q.graph.value === ID + passage,
        ),
      ).toEqual([]);
      expect(values(ID + slug, OKG + 'curationNote').some((n) => n.includes(asCited))).toBe(true);
    },
  );

  it('the "2016-2016" heading of part C carries a note', () => {
    expect(
      values(ID + 'source-osce-un-migration-2017', OKG + 'curationNote').some((n) => n.includes('2016-2016')),
    ).toBe(true);
  });
});

describe('Wikidata links', () => {
  const facts = readFileSync(path.join(GRAPH_DATA, 'sources', 'reference-facts.md'), 'utf8');
  const links = data.filter((q) => q.predicate.value === SKOS_EXACT_MATCH);

  it('are skos:exactMatch in the Wikidata curation graph, never owl:sameAs', () => {
    expect(links.length).toBe(7);
    expect(new Set(links.map((q) => q.graph.value))).toEqual(new Set([ID + 'curation-wikidata']));
    expect(data.filter((q) => q.predicate.value === OWL_SAME_AS)).toEqual([]);
  });

  it("every QID is given by the reference facts, next to the entity's label, with two or more sources", () => {
    for (const link of links) {
      const qid = link.object.value.replace('http://www.wikidata.org/entity/', '');
      const line = facts.split('\n').find((l) => l.includes(`item ${qid} `));
      expect(line, qid).toBeDefined();
      expect(
        line!.includes(defined(values(link.subject.value, RDFS_LABEL)[0], `a label of ${qid}`)),
        `${qid} ${line}`,
      ).toBe(true);
      expect(line).toMatch(/\((several|two) sources\)/);
      // the curation graph reads the passage quoting that very line
      const quoting = data
        .filter((q) => q.predicate.value === OKG + 'quote' && q.object.value === line!.slice(2))
        .map((q) => q.subject.value);
      expect(quoting).toHaveLength(1);
      expect(values(ID + 'curation-wikidata', 'http://www.w3.org/ns/prov#wasDerivedFrom')).toContain(quoting[0]);
    }
  });
});

describe('the reference document', () => {
  const facts = readFileSync(path.join(GRAPH_DATA, 'sources', 'reference-facts.md'), 'utf8');

  it('names no path and gives no instruction', () => {
    expect(facts).not.toMatch(/\.\.\/|`[^`]*\/[^`]*`|\.ttl|\.trig|graph-data/);
    expect(facts).not.toMatch(
      /\b(link with|keep|never|record what|add a|report the|curation note)\b|^(Use|Link|Keep|Record|Add) /im,
    );
  });

  it('names a public source for each section of facts', () => {
    for (const section of facts.split('\n## ').slice(1)) {
      expect(section, section.slice(0, 40)).toMatch(/United Nations|UN |OSCE|osce\.org|Wikidata|gfmd\.org|un\.org/);
    }
  });
});
