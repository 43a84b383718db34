// Reads a W3C RDF test manifest (manifest.ttl) into a plain list of tests, files resolved against its folder.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Quad, Term } from '@rdfjs/types';
import { parseRdf } from '../../src/rdf/parse';

const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const RDFT = 'http://www.w3.org/ns/rdftest#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

export type W3cTestKind = 'positive' | 'negative' | 'eval' | 'negative-eval';

export interface W3cTest {
  id: string;
  name: string;
  kind: W3cTestKind;
  type: string;
  approval?: string;
  /** Absolute path of the input file, and the IRI it is published at (its parse base). */
  action: { file: string; iri: string };
  result?: { file: string; iri: string };
}

export const W3C_BASE = 'https://w3c.github.io/rdf-tests/rdf/rdf11/';

function kindOf(type: string): W3cTestKind {
  if (type.endsWith('NegativeSyntax')) return 'negative';
  if (type.endsWith('PositiveSyntax')) return 'positive';
  if (type.endsWith('NegativeEval')) return 'negative-eval';
  return 'eval';
}

/** Lists the tests of one suite folder (e.g. `rdf-turtle`) in manifest order. */
export async function readManifest(suiteDir: string, suite: string): Promise<W3cTest[]> {
  const base = `${W3C_BASE}${suite}/`;
  const quads = await parseRdf(readFileSync(path.join(suiteDir, 'manifest.ttl')), {
    format: 'turtle',
    baseIRI: base + 'manifest.ttl',
  });
  const index = new Map<string, Quad[]>();
  for (const q of quads) {
    const key = q.subject.value;
    const list = index.get(key);
    if (list) list.push(q);
    else index.set(key, [q]);
  }
  const one = (subject: Term, predicate: string): Term | undefined =>
    index.get(subject.value)?.find((q) => q.predicate.value === predicate)?.object;
  const local = (iri: string) => {
    if (!iri.startsWith(base)) throw new Error(`test file outside the suite: ${iri}`);
    return { file: path.join(suiteDir, decodeURIComponent(iri.slice(base.length))), iri };
  };
  const manifest = quads.find((q) => q.predicate.value === MF + 'entries');
  if (!manifest) throw new Error(`no mf:entries in ${suiteDir}/manifest.ttl`);
  const tests: W3cTest[] = [];
  for (
    let node: Term | undefined = manifest.object;
    node && node.value !== RDF + 'nil';
    node = one(node, RDF + 'rest')
  ) {
    const entry = one(node, RDF + 'first');
    if (!entry) break;
    const type = one(entry, RDF + 'type')?.value ?? '';
    const action = one(entry, MF + 'action');
    if (!action) throw new Error(`test without mf:action: ${entry.value}`);
    const result = one(entry, MF + 'result');
    tests.push({
      id: entry.value.slice(entry.value.indexOf('#') + 1),
      name: one(entry, MF + 'name')?.value ?? entry.value,
      kind: kindOf(type),
      type: type.replace(RDFT, 'rdft:'),
      approval: one(entry, RDFT + 'approval')?.value.replace(RDFT, 'rdft:'),
      action: local(action.value),
      result: result ? local(result.value) : undefined,
    });
  }
  return tests;
}
