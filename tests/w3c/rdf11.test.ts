// The W3C RDF 1.1 test suites (Turtle, N-Triples, TriG, N-Quads) against parseRdf and serializeRdf.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRdf } from '../../src/rdf/parse';
import { serializeRdf } from '../../src/rdf/serialize';
import { isomorphic } from '../../src/rdf/isomorphic';
import { RdfError } from '../../src/rdf/errors';
import type { RdfFormat } from '../../src/rdf/formats';
import { readManifest, type W3cTest } from './manifest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// A copy of the suites lives in the repository (tests/fixtures/README.md says where from and under which licence)
const suitesDir = path.resolve(repoRoot, 'tests', 'fixtures', 'w3c-rdf11-tests');

const SUITES: { suite: string; format: RdfFormat; resultFormat: RdfFormat }[] = [
  { suite: 'rdf-turtle', format: 'turtle', resultFormat: 'ntriples' },
  { suite: 'rdf-n-triples', format: 'ntriples', resultFormat: 'ntriples' },
  { suite: 'rdf-trig', format: 'trig', resultFormat: 'nquads' },
  { suite: 'rdf-n-quads', format: 'nquads', resultFormat: 'nquads' },
];

/**
 * Tests not passed, with the reason. Empty: every test of the four suites passes.
 * (Kept as a table so that a regression is listed here with its reason, never silently skipped.)
 */
const SKIPPED: { suite: string; id: string; reason: string }[] = [];

function parseFile(file: { file: string; iri: string }, format: RdfFormat) {
  return parseRdf(readFileSync(file.file), { format, baseIRI: file.iri, fileName: path.basename(file.file) });
}

async function runTest(test: W3cTest, format: RdfFormat, resultFormat: RdfFormat): Promise<void> {
  if (test.kind === 'positive') {
    await parseFile(test.action, format);
    return;
  }
  if (test.kind === 'negative' || test.kind === 'negative-eval') {
    const error = await parseFile(test.action, format).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, 'a negative test must be rejected').toBeInstanceOf(RdfError);
    return;
  }
  if (!test.result) throw new Error(`eval test ${test.id} has no mf:result`);
  const actual = await parseFile(test.action, format);
  const expected = await parseFile(test.result, resultFormat);
  expect(isomorphic(actual, expected), 'parsed action isomorphic to mf:result').toBe(true);
  // Writing with the project's writers and reading back must not change the graph
  for (const writeFormat of new Set<RdfFormat>([format, 'nquads'])) {
    const text = await serializeRdf(actual, writeFormat);
    const again = await parseRdf(text, { format: writeFormat });
    expect(isomorphic(again, expected), `${writeFormat} round trip isomorphic to mf:result`).toBe(true);
  }
}

for (const { suite, format, resultFormat } of SUITES) {
  const tests = await readManifest(path.join(suitesDir, suite), suite);
  const skipped = new Set(SKIPPED.filter((s) => s.suite === suite).map((s) => s.id));
  const tally = { passed: 0, failed: 0 };

  describe(`W3C ${suite}`, () => {
    it('has a manifest with tests', () => {
      expect(tests.length).toBeGreaterThan(60);
    });

    for (const test of tests.filter((t) => !skipped.has(t.id))) {
      it(`${test.id} (${test.type})`, async () => {
        try {
          await runTest(test, format, resultFormat);
          tally.passed++;
        } catch (error) {
          tally.failed++;
          throw error;
        }
      });
    }

    afterAll(() => {
      console.log(
        `W3C ${suite}: ${tally.passed} passed, ${tally.failed} failed${skipped.size ? `, ${skipped.size} skipped` : ''}`,
      );
    });
  });
}
