// Curation: every entity is described, the source's typos carry curation notes, the shared identifier
// MC.DEC/2/05 stays on two nodes, and Wikidata links come only from the reference table.
import { describe, expect, it } from 'vitest';
import { DCT, GRAPH_DATA, ID, OKG, RDF_TYPE, loadData } from './graph-files';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const data = loadData();
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const OWL_SAME_AS = 'http://www.w3.org/2002/07/owl#sameAs';
const values = (s: string, p: string): string[] =>
  [...new Set(data.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value))];
const entities = [...new Set(data.filter((q) => q.predicate.value === RDF_TYPE).map((q) => q.subject.value))];

describe('entities', () => {
  it('every id: IRI used anywhere is typed', () => {
    const used = new Set(data.flatMap((q) => [q.subject, q.object, q.graph]).filter((t) => t.termType === 'NamedNode' && t.value.startsWith(ID)).map((t) => t.value));
    expect([...used].filter((iri) => values(iri, RDF_TYPE).length === 0)).toEqual([]);
  });

  it('every entity but passages has exactly one English rdfs:label', () => {
    const passages = new Set(data.filter((q) => q.object.value === OKG + 'Passage').map((q) => q.subject.value));
    const bad = entities.filter((e) => !passages.has(e)).filter((e) => {
      const labels = data.filter((q) => q.subject.value === e && q.predicate.value === RDFS_LABEL).map((q) => q.object);
      const distinct = new Set(labels.map((l) => `${l.value}@${l.termType === 'Literal' ? l.language : ''}`));
      return distinct.size !== 1 || ![...distinct][0].endsWith('@en');
    });
    expect(bad).toEqual([]);
  });
});

describe('where the source and the record differ', () => {
  it('MC.DEC/2/05 names two nodes, each with a curation note', () => {
    const holders = [...new Set(data.filter((q) => q.predicate.value === DCT + 'identifier' && q.object.value === 'MC.DEC/2/05').map((q) => q.subject.value))].sort();
    expect(holders).toEqual([ID + 'border-security-management-concept', ID + 'mc-dec-2-05']);
    for (const h of holders) expect(values(h, OKG + 'curationNote').length).toBe(1);
  });

  it('no other identifier is shared', () => {
    const byId = new Map<string, Set<string>>();
    for (const q of data.filter((x) => x.predicate.value === DCT + 'identifier')) {
      byId.set(q.object.value, (byId.get(q.object.value) ?? new Set()).add(q.subject.value));
    }
    expect([...byId].filter(([, s]) => s.size > 1).map(([i]) => i)).toEqual(['MC.DEC/2/05']);
  });

  it.each([
    ['pc-dec-557', 'PC.DEC/557', 'PC.DEC/577'],
    ['pc-dec-1049', 'PC.DEC/1049', 'PC.DC/1049'],
    ['mc-dec-14-04', 'MC.DEC/14/04', 'MC. DEC/14/04'],
    ['mc-dec-15-05', 'MC.DEC/15/05', 'MC. DEC/15/05'],
  ])('%s is recorded as %s with a note on the source\'s "%s"', (slug, identifier, asCited) => {
    expect(values(ID + slug, DCT + 'identifier')).toEqual([identifier]);
    expect(values(ID + slug, OKG + 'curationNote').some((n) => n.includes(asCited))).toBe(true);
  });

  it('the "2016-2016" heading of part C carries a note', () => {
    expect(values(ID + 'source-osce-un-migration-2017', OKG + 'curationNote').some((n) => n.includes('2016-2016'))).toBe(true);
  });
});

describe('Wikidata links', () => {
  it('every owl:sameAs QID appears next to its entity in the reference table', () => {
    const facts = readFileSync(path.join(GRAPH_DATA, 'sources', 'reference-facts.md'), 'utf8');
    const links = data.filter((q) => q.predicate.value === OWL_SAME_AS);
    expect(links.length).toBe(7);
    for (const link of links) {
      const qid = link.object.value.replace('http://www.wikidata.org/entity/', '');
      const row = facts.split('\n').find((l) => l.includes(`| ${qid} |`));
      expect(row, qid).toBeDefined();
      // the link sits in the graph of the passage quoting that very row
      const quote = data.find((q) => q.subject.equals(link.graph) && q.predicate.value === OKG + 'quote')?.object.value;
      expect(quote).toBe(row);
    }
  });
});
