// Joining the UN SDG KOS: the graph's goals and targets use the UN's IRIs, so after a merge each target
// carries the KOS labels (en, fr, es) and indicators, and no target exists twice.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import oxigraph from 'oxigraph';
import { SDG_KOS } from './graph-files';
import { curatedStore, selectRows } from './oxigraph-store';
import { defined } from '../helpers/defined';

let merged: oxigraph.Store;
let targets: string[];
beforeAll(() => {
  merged = curatedStore();
  targets = selectRows(merged, 'SELECT DISTINCT ?t WHERE { ?t a sdgo:Target }');
  merged.load(readFileSync(SDG_KOS, 'utf8'), { format: 'text/turtle' });
});

describe('the UN SDG KOS merged with the graph', () => {
  it('the graph has the targets that part B serves', () => {
    expect(targets).toEqual([
      'sdg:10.7',
      'sdg:13.1',
      'sdg:16.2',
      'sdg:16.9',
      'sdg:17.18',
      'sdg:4.b',
      'sdg:5.2',
      'sdg:8.7',
      'sdg:8.8',
    ]);
  });

  it('every target of the graph gets the KOS labels in English, French and Spanish', () => {
    const rows = selectRows(
      merged,
      `
      SELECT ?t (GROUP_CONCAT(DISTINCT LANG(?l); separator=",") AS ?langs) WHERE {
        ?x okg:contributesTo ?t . ?t skos:prefLabel ?l .
      } GROUP BY ?t`,
    );
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(targets);
    for (const row of rows) expect(row.split(' | ')[1]?.split(',').sort()).toEqual(['en', 'es', 'fr']);
  });

  it('every target of the graph gets its indicators from the KOS', () => {
    const rows = selectRows(
      merged,
      `
      SELECT ?t (COUNT(DISTINCT ?i) AS ?n) WHERE {
        ?x okg:contributesTo ?t . ?t sdgo:hasIndicator ?i . ?i a sdgo:Indicator .
      } GROUP BY ?t`,
    );
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(targets);
    for (const row of rows) expect(Number(row.split(' | ')[1])).toBeGreaterThan(0);
  });

  it('the English texts agree with the KOS (8.7 differs only by the KOS trailing space)', () => {
    const kos = new oxigraph.Store();
    kos.load(readFileSync(SDG_KOS, 'utf8'), { format: 'text/turtle' });
    const kosEnglish = new Map(
      selectRows(
        kos,
        `
      SELECT ?t ?l WHERE { ?t a sdgo:Target ; skos:prefLabel ?l . FILTER(LANG(?l) = "en") }`,
      ).map((r) => r.split(' | ') as [string, string]),
    );
    const ours = selectRows(curatedStore(), 'SELECT DISTINCT ?t ?l WHERE { ?t a sdgo:Target ; skos:prefLabel ?l }');
    const differing = ours.map((r) => r.split(' | ')).filter(([t = '', l]) => kosEnglish.get(t) !== l);
    expect(differing.map(([t]) => t)).toEqual(['sdg:8.7']);
    const [, ours87] = defined(differing[0], 'the row of sdg:8.7');
    expect(kosEnglish.get('sdg:8.7')).toBe(ours87 + ' ');
  });

  it('no target or goal exists twice: one node per SDG code', () => {
    const rows = selectRows(
      merged,
      `
      SELECT ?code (COUNT(DISTINCT ?node) AS ?n) WHERE {
        ?node skos:notation ?n0 . BIND(STR(?n0) AS ?code)
        FILTER(?code IN ("4", "5", "8", "10", "13", "16", "17", "4.b", "5.2", "8.7", "8.8", "10.7", "13.1", "16.2", "16.9", "17.18"))
      } GROUP BY ?code HAVING (COUNT(DISTINCT ?node) > 1)`,
    );
    expect(rows).toEqual([]);
  });

  it("each target's goal in the graph is the goal the KOS gives it", () => {
    const rows = selectRows(
      merged,
      `
      SELECT DISTINCT ?t ?g WHERE { ?x okg:contributesTo ?t . ?t skos:broader ?g ; sdgo:isTargetOf ?g . ?g a sdgo:Goal }`,
    );
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(targets);
    expect(rows.every((r) => r.split(' | ')[1] === r.split(' | ')[0]?.replace(/\.[0-9a-z]+$/, ''))).toBe(true);
  });
});

describe('why each contribution holds', () => {
  it('every okg:contributesTo statement sits in a curation graph that states its rule and reads a B-item heading', () => {
    const rows = selectRows(
      curatedStore(),
      `
      SELECT DISTINCT ?x ?t WHERE {
        ?x okg:contributesTo ?t .
        FILTER NOT EXISTS {
          GRAPH ?g { ?x okg:contributesTo ?t }
          ?g a okg:CurationGraph ; rdfs:comment ?why ; prov:wasDerivedFrom ?heading .
          FILTER(STRENDS(STR(?heading), "-heading"))
        }
      }`,
    );
    expect(rows).toEqual([]);
  });

  it('no okg:contributesTo statement sits in the graph of a passage (the source names no target)', () => {
    const rows = selectRows(
      curatedStore(),
      'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?x okg:contributesTo ?t } ?g a okg:Passage }',
    );
    expect(rows).toEqual([]);
  });

  it.each([
    ['curation-sdg-b1', ['sdg:10.7', 'sdg:8.8']],
    ['curation-sdg-b2', ['sdg:16.9']],
    ['curation-sdg-b3', ['sdg:16.2', 'sdg:5.2', 'sdg:8.7']],
    ['curation-sdg-b4', ['sdg:17.18']],
    ['curation-sdg-b5', ['sdg:13.1']],
    ['curation-sdg-b6', ['sdg:4.b']],
  ])('%s links its work to %j', (graph, expected) => {
    const rows = selectRows(
      curatedStore(),
      `SELECT DISTINCT ?t WHERE { GRAPH id:${graph} { ?x okg:contributesTo ?t } }`,
    );
    expect(rows).toEqual(expected);
  });
});
