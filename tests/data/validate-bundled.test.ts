// The bundled graph through the project's own validator (src/rdf/validate.ts): it conforms, and the
// one known identifier collision (MC.DEC/2/05) is reported as a noticed warning, not a violation.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledGraph, type BundledGraph } from '../../src/node/bundled';
import { validateDataset, type ValidationReport } from '../../src/rdf/validate';

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
    expect(bundled.sourceText('https://w3id.org/osce-kg/id/source-osce-un-migration-2017')).toContain('FIFTEENTH COORDINATION MEETING');
    expect(bundled.sourceText('https://w3id.org/osce-kg/id/source-reference-facts')).toContain('Reference facts');
  });

  it('reports the shared identifier MC.DEC/2/05 as a warning', () => {
    const collisions = report.issues.filter((i) => i.check === 'identifier-collision');
    expect(collisions.length).toBeGreaterThan(0);
    expect(collisions.every((i) => i.severity === 'warning')).toBe(true);
    expect(collisions.some((i) => i.message.includes('MC.DEC/2/05'))).toBe(true);
  });

  it('a statement moved out of its passage graph is a violation', async () => {
    const { DataFactory } = await import('n3');
    const moved = bundled.data.map((q) => (q.predicate.value.endsWith('#mandatedBy') && q.subject.value.endsWith('/tntd')
      ? DataFactory.quad(q.subject, q.predicate, q.object, DataFactory.defaultGraph()) : q));
    const broken = await validateDataset({ ...bundled, data: moved });
    expect(broken.conforms).toBe(false);
    expect(broken.issues.some((i) => i.check === 'provenance' && i.severity === 'violation')).toBe(true);
  });
});
