// Every heading, footnote and sentence of the source is cited by a passage or explained in the coverage table, the
// generated selectors file is current, and every role sits beside its plain triple.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCoverage, parseCoverageTable, passageSpans } from '../../src/rdf/coverage';
import { checkSelectors } from '../../src/rdf/selector-checks';
import { selectorsFile } from '../../src/rdf/selectors-file';
import { statedSelectors } from '../../src/rdf/selectors';
import { GRAPH_DATA, ID, OKG, RDF_TYPE, loadData, readGraphFile, sourceTexts } from './graph-files';

const data = loadData();
const texts = sourceTexts(data);
const sourceText = (iri: string) => texts.get(iri);
const DOC = ID + 'source-osce-un-migration-2017';
const TABLE = 'sources/osce-un-migration-2017.coverage.tsv';
const PROV = 'http://www.w3.org/ns/prov#';
const OKGP = 'https://w3id.org/osce-kg/ontology#';

describe('coverage table of the source', () => {
  const text = texts.get(DOC)!;
  const result = checkCoverage({
    document: DOC,
    text,
    table: parseCoverageTable(readFileSync(path.join(GRAPH_DATA, TABLE), 'utf8'), TABLE),
    spans: passageSpans(data, DOC, text),
    tableName: TABLE,
  });

  it('agrees with the text and with the passages of the graph (else: npm run data:coverage)', () => {
    expect(result.issues.map((i) => i.message)).toEqual([]);
  });

  it('accounts for every heading, footnote and sentence: cited by a passage, or explained', () => {
    expect(result.summary.unaccounted).toBe(0);
    expect(result.summary.cited + result.summary.explained).toBe(result.summary.units);
    expect(result.summary.units).toBeGreaterThanOrEqual(80);
  });
});

describe('passage positions (graph-data/selectors.trig)', () => {
  it('is what npm run data:selectors writes now', () => {
    const generated = selectorsFile(data, sourceText);
    expect(generated.trig).toBe(readGraphFile('selectors.trig'));
    expect(generated.skipped).toEqual([]);
  });

  it('gives every passage one quote selector and one position selector, all matching the texts', () => {
    const stated = statedSelectors(data);
    const passages = [
      ...new Set(
        data
          .filter((q) => q.predicate.value === RDF_TYPE && q.object.value === OKG + 'Passage')
          .map((q) => q.subject.value),
      ),
    ];
    expect(passages.filter((p) => stated.get(p)?.quotes.length !== 1 || stated.get(p)?.positions.length !== 1)).toEqual(
      [],
    );
    expect(checkSelectors(data, sourceText)).toEqual([]);
  });
});

describe('roles', () => {
  const plainOf: Record<string, string[]> = {
    OrganizerRole: ['organizedBy'],
    CoOrganizerRole: ['organizedBy'],
    AuthorRole: ['organizedBy'],
    CoAuthorRole: ['organizedBy'],
    FunderRole: ['fundedBy'],
    ParticipantRole: ['participant'],
    SpeakerRole: ['participant'],
    ContributorRole: ['participant'],
    PartnerRole: ['participant', 'organizedBy'],
  };
  const qualified = data.filter(
    (q) => q.predicate.value === PROV + 'qualifiedAssociation' || q.predicate.value === PROV + 'qualifiedAttribution',
  );

  it('names one agent and one role for each qualified association', () => {
    expect(qualified.length).toBeGreaterThan(20);
    for (const q of qualified) {
      const about = data.filter((d) => d.subject.equals(q.object) && d.graph.equals(q.graph));
      expect(
        about.filter((d) => d.predicate.value === PROV + 'agent'),
        q.object.value,
      ).toHaveLength(1);
      expect(
        about.filter((d) => d.predicate.value === PROV + 'hadRole'),
        q.object.value,
      ).toHaveLength(1);
    }
  });

  it('keeps the plain triple (okg:organizedBy, okg:fundedBy, okg:participant) in the same passage graph as the role', () => {
    const missing: string[] = [];
    for (const q of qualified) {
      const about = data.filter((d) => d.subject.equals(q.object) && d.graph.equals(q.graph));
      const agent = about.find((d) => d.predicate.value === PROV + 'agent')!.object;
      const role = about.find((d) => d.predicate.value === PROV + 'hadRole')!.object.value.slice(OKGP.length);
      const plain = plainOf[role];
      if (!plain) continue; // the audience has no plain property
      const found = data.some(
        (d) =>
          d.subject.equals(q.subject) &&
          d.object.equals(agent) &&
          d.graph.equals(q.graph) &&
          plain.some((p) => d.predicate.value === OKG + p),
      );
      if (!found) missing.push(`${q.subject.value} ${role} ${agent.value} in ${q.graph.value}`);
    }
    expect(missing).toEqual([]);
  });
});
