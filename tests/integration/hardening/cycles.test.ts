// Hardening: a cyclic org:subOrganizationOf (a → b → c → a, d → d) — graph, neighbourhood, paths, SPARQL paths and
// validation all end.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';

const ID = 'https://w3id.org/osce-kg/id/';

interface CycleReport {
  order: number;
  size: number;
  neighbourhood: string[];
  paths: string[][];
  selfPaths: string[][];
  ancestors: string[];
  recursiveShaclIssues: number;
  bundledIssueChecks: string[];
}

describe('cyclic org:subOrganizationOf', () => {
  let report: CycleReport;
  beforeAll(() => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'tests/hardening/fixtures/cycles.ts'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.error, 'did not finish in 60 s: something loops').toBeUndefined();
    expect(child.status, child.stderr).toBe(0);
    report = JSON.parse(child.stdout) as CycleReport;
  }, 70_000);

  it('the graph has every node and edge once (self-loop included)', () => {
    expect(report.order).toBe(4);
    expect(report.size).toBe(5);
  });

  it('a 10-hop neighbourhood visits each node once', () => {
    expect([...report.neighbourhood].sort()).toEqual(
      ['a', 'b', 'c']
        .map((x) => ID + x)
        .concat(ID + 'd')
        .sort(),
    );
    expect(report.neighbourhood[0]).toBe(`${ID}a`);
  });

  it('paths a → c: the direct edge first, longer simple paths after, none repeating a node', () => {
    expect(report.paths[0]).toEqual([`${ID}a`, `${ID}c`]);
    expect(report.paths).toContainEqual([`${ID}a`, `${ID}b`, `${ID}c`]);
    for (const path of report.paths) expect(new Set(path).size).toBe(path.length);
  });

  it('a path from a node to itself ends (trivial path)', () => {
    expect(report.selfPaths.every((p) => p.length <= 1)).toBe(true);
  });

  it('SPARQL org:subOrganizationOf+ ends, with the cycle members as ancestors', () => {
    expect(report.ancestors).toEqual(['a', 'b', 'c'].map((x) => ID + x));
  });

  it('validation ends: a shape recursing along the cycle conforms, the bundled shapes run', () => {
    expect(report.recursiveShaclIssues).toBe(0);
    // The bundled shapes.ttl also finishes (its findings here are about the tiny test data, not the cycle)
    expect(Array.isArray(report.bundledIssueChecks)).toBe(true);
  });
});
