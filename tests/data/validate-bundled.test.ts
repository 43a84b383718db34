// The bundled graph through the project's own validator (src/rdf/validate.ts): it conforms, no identifier
// names two documents (the Concept the source cites as MC.DEC/2/05 is MC.DOC/2/05, with a warning on the cited
// form), and a curator's note or an unattributed statement moved into the wrong graph is a violation.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledGraph, type BundledGraph } from '../../src/node/bundled';
import { validateDataset, type ValidationReport } from '../../src/rdf/validate';
import { defined } from '../helpers/defined';

let bundled: BundledGraph;
let report: ValidationReport;
beforeAll(async () => {
  bundled = await loadBundledGraph();
  report = await validateDataset(bundled);
});

describe('validateDataset on the bundled graph', () => {
  it('conforms: no violation', () => {
    expect(report.issues.filter((i) => i.severity === 'violation')).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('checks the quotes against the shipped texts (not skipped)', () => {
    expect(report.issues.filter((i) => i.check === 'quote')).toEqual([]);
    expect(bundled.sourceText('https://w3id.org/osce-kg/id/source-osce-un-migration-2017')).toContain(
      'FIFTEENTH COORDINATION MEETING',
    );
    expect(bundled.sourceText('https://w3id.org/osce-kg/id/source-reference-facts')).toContain('Reference facts');
  });

  it('no identifier is shared; the cited form MC.DEC/2/05 of the Concept is a warning only', () => {
    const collisions = report.issues.filter((i) => i.check === 'identifier-collision');
    expect(collisions.map((i) => `${i.severity} ${i.focus}`)).toEqual([
      'warning https://w3id.org/osce-kg/id/border-security-management-concept',
    ]);
    expect(collisions[0]?.message).toContain('MC.DEC/2/05');
  });

  it('the old collision, the Concept identified as MC.DEC/2/05, is a violation', async () => {
    const { DataFactory } = await import('n3');
    const concept = DataFactory.namedNode('https://w3id.org/osce-kg/id/border-security-management-concept');
    const back = [
      ...bundled.data,
      DataFactory.quad(
        concept,
        DataFactory.namedNode('http://purl.org/dc/terms/identifier'),
        DataFactory.literal('MC.DEC/2/05'),
        DataFactory.namedNode('https://w3id.org/osce-kg/id/passage-fn5'),
      ),
    ];
    const broken = await validateDataset({ ...bundled, data: back });
    expect(broken.issues.some((i) => i.check === 'identifier-collision' && i.severity === 'violation')).toBe(true);
  });

  it("a curator's note moved into a passage graph is a violation", async () => {
    const { DataFactory } = await import('n3');
    const moved = bundled.data.map((q) =>
      q.predicate.value.endsWith('#curationNote') && q.subject.value.endsWith('/pc-dec-557')
        ? DataFactory.quad(
            q.subject,
            q.predicate,
            q.object,
            DataFactory.namedNode('https://w3id.org/osce-kg/id/passage-fn3'),
          )
        : q,
    );
    const broken = await validateDataset({ ...bundled, data: moved });
    expect(
      broken.issues.some(
        (i) => i.check === 'provenance' && i.severity === 'violation' && i.message.includes("curator's note"),
      ),
    ).toBe(true);
  });

  it('prints the sentence coverage of the source: every unit cited or explained', () => {
    expect(report.coverage).toHaveLength(1);
    const coverage = defined(report.coverage?.[0], 'the coverage of the source');
    expect(coverage.unaccounted).toBe(0);
    expect(coverage.cited + coverage.explained).toBe(coverage.units);
  });

  it('a passage position moved by one character is a violation naming the passage', async () => {
    const { DataFactory } = await import('n3');
    let moved = false;
    const shifted = bundled.data.map((q) => {
      if (moved || !q.predicate.value.endsWith('/oa#start')) return q;
      moved = true;
      return DataFactory.quad(
        q.subject,
        q.predicate,
        DataFactory.literal(
          String(Number(q.object.value) + 1),
          q.object.termType === 'Literal' ? q.object.datatype : undefined,
        ),
        q.graph,
      );
    });
    const broken = await validateDataset({ ...bundled, data: shifted });
    expect(broken.conforms).toBe(false);
    expect(broken.issues.filter((i) => i.check === 'selector').map((i) => i.message)).toEqual([
      expect.stringContaining('do not point at the quote'),
    ]);
  });

  it('a statement moved out of its passage graph is a violation', async () => {
    const { DataFactory } = await import('n3');
    const moved = bundled.data.map((q) =>
      q.predicate.value.endsWith('#mandatedBy') && q.subject.value.endsWith('/tntd')
        ? DataFactory.quad(q.subject, q.predicate, q.object, DataFactory.defaultGraph())
        : q,
    );
    const broken = await validateDataset({ ...bundled, data: moved });
    expect(broken.conforms).toBe(false);
    expect(broken.issues.some((i) => i.check === 'provenance' && i.severity === 'violation')).toBe(true);
  });
});
