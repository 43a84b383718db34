// Deterministic synthetic graphs in the project's shape (okg entities, labels, okg/org links, passage graphs).
import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../src/kg/seeded-random';
import { skewedIndex } from './lib/random';

const OKG = 'https://w3id.org/osce-kg/ontology#';
const ID = 'https://w3id.org/osce-kg/id/';
const ORG = 'http://www.w3.org/ns/org#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const DCT = 'http://purl.org/dc/terms/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const SDGO = 'http://metadata.un.org/sdg/ontology#';

/** Bump when the generated shape changes, so cached files are regenerated. */
const GENERATOR_VERSION = 3;

type Kind =
  | 'goal'
  | 'target'
  | 'theme'
  | 'region'
  | 'country'
  | 'framework'
  | 'decision'
  | 'body'
  | 'partner'
  | 'activity'
  | 'event'
  | 'publication';

/** Kinds in generation order (the last, most numerous kind absorbs the cut at the exact triple count). */
const SHARES: [Kind, number, string][] = [
  ['goal', 0, SDGO + 'Goal'],
  ['target', 0.01, SDGO + 'Target'],
  ['theme', 0.02, OKG + 'Theme'],
  ['region', 0.005, OKG + 'Region'],
  ['country', 0.02, OKG + 'Country'],
  ['framework', 0.005, OKG + 'Framework'],
  ['decision', 0.05, OKG + 'Decision'],
  ['body', 0.05, OKG + 'OSCEBody'],
  ['partner', 0.04, OKG + 'Partner'],
  ['activity', 0.33, OKG + 'Activity'],
  ['event', 0.2, OKG + 'Event'],
  ['publication', 0.22, OKG + 'Publication'],
];

export interface SyntheticFiles {
  triples: number;
  seed: number;
  ntriples: string;
  nquads: string;
  entities: Record<Kind, number>;
}

/** Entity IRI of the i-th entity of a kind: the query mix names these. */
export function entityIri(kind: Kind, index: number): string {
  return `${ID}${kind}-${index}`;
}

function counts(entities: number): Record<Kind, number> {
  const result = {} as Record<Kind, number>;
  for (const [kind, share] of SHARES) result[kind] = kind === 'goal' ? 17 : Math.max(3, Math.round(entities * share));
  return result;
}

const iri = (value: string) => `<${value}>`;
const lit = (value: string, lang = 'en') => `"${value}"@${lang}`;
const typed = (value: string, type: string) => `"${value}"^^<${XSD}${type}>`;

/** One entity's statements (subject, predicate, object already in N-Triples syntax). */
function entityStatements(kind: Kind, i: number, n: Record<Kind, number>, random: () => number): [string, string][] {
  const pick = (k: Kind) => iri(entityIri(k, skewedIndex(random, n[k])));
  const out: [string, string][] = [];
  const add = (p: string, o: string) => out.push([iri(p), o]);
  const label = `${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${i} on migration governance`;
  add(RDFS_LABEL, lit(label));
  if (random() < 0.4) add(SKOS + 'altLabel', lit(`${kind.slice(0, 3).toUpperCase()}${i}`));
  const year = 2000 + Math.floor(random() * 17);
  switch (kind) {
    case 'goal':
      add(SKOS + 'notation', `"${i + 1}"`);
      break;
    case 'target':
      add(SKOS + 'notation', `"${(i % 17) + 1}.${Math.floor(i / 17) + 1}"`);
      add(SDGO + 'isPartOf', iri(entityIri('goal', i % 17)));
      break;
    case 'theme':
      if (i > 0) add(SKOS + 'broader', iri(entityIri('theme', Math.floor(i / 4))));
      break;
    case 'region':
      break;
    case 'country':
      add(ORG + 'memberOf', pick('region'));
      break;
    case 'framework':
      add(DCT + 'date', typed(String(1945 + (i % 70)), 'gYear'));
      break;
    case 'decision':
      add(DCT + 'identifier', `"MC.DEC/${i}/${year % 100}"`);
      add(OKG + 'adoptedBy', iri(entityIri('body', i % 2)));
      add(DCT + 'date', typed(String(year), 'gYear'));
      add(OKG + 'addresses', pick('theme'));
      break;
    case 'body':
      if (i > 0) add(ORG + 'subOrganizationOf', iri(entityIri('body', Math.floor(random() * i))));
      add(OKG + 'partnersWith', pick('partner'));
      add(OKG + 'partnersWith', pick('partner'));
      add(OKG + 'mandatedBy', pick('decision'));
      add(OKG + 'addresses', pick('theme'));
      break;
    case 'partner':
      add(OKG + 'supports', pick('framework'));
      break;
    case 'activity':
      add(OKG + 'organizedBy', pick('body'));
      add(OKG + 'contributesTo', pick('target'));
      add(OKG + 'addresses', pick('theme'));
      add(OKG + 'participant', random() < 0.5 ? pick('partner') : pick('country'));
      add(OKG + 'coversRegion', pick('region'));
      if (random() < 0.3) add(OKG + 'fundedBy', pick('partner'));
      if (random() < 0.5) add(OKG + 'mandatedBy', pick('decision'));
      break;
    case 'event':
      add(OKG + 'organizedBy', pick('body'));
      add(OKG + 'participant', pick('partner'));
      add(OKG + 'participant', pick('country'));
      add(DCT + 'date', typed(`${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`, 'date'));
      add(OKG + 'addresses', pick('theme'));
      break;
    case 'publication':
      add(OKG + 'organizedBy', pick('body'));
      add(OKG + 'addresses', pick('theme'));
      add(OKG + 'contributesTo', pick('target'));
      add(DCT + 'date', typed(String(year), 'gYear'));
      break;
  }
  return out;
}

/** Calls `emit(ntLine, nqLine)` for every statement; returns the number of statements. */
function generate(entities: number, seed: number, limit: number, emit: (nt: string, nq: string) => void): number {
  const random = seededRandom(seed);
  const n = counts(entities);
  const doc = iri(ID + 'doc-1');
  let written = 0;
  const put = (s: string, p: string, o: string, g?: string) => {
    if (written >= limit) return;
    written++;
    emit(`${s} ${p} ${o} .\n`, g ? `${s} ${p} ${o} ${g} .\n` : `${s} ${p} ${o} .\n`);
  };
  put(doc, iri(RDF_TYPE), iri(OKG + 'SourceDocument'));
  for (const [kind, , classIri] of SHARES) {
    for (let i = 0; i < n[kind] && written < limit; i++) {
      const s = iri(entityIri(kind, i));
      const passage = iri(`${ID}passage-${kind}-${i}`);
      put(s, iri(RDF_TYPE), iri(classIri), passage);
      for (const [p, o] of entityStatements(kind, i, n, random)) put(s, p, o, passage);
      put(passage, iri(RDF_TYPE), iri(OKG + 'Passage'));
      put(passage, iri(OKG + 'quote'), `"The OSCE supports ${kind} ${i} in the field of migration governance."`);
      put(passage, iri(DCT + 'isPartOf'), doc);
    }
  }
  return written;
}

/** Writes `<triples>` statements as N-Triples and N-Quads into `dir` (cached by size, seed and version). */
export function writeSynthetic(dir: string, triples: number, seed = 20170215): SyntheticFiles {
  mkdirSync(dir, { recursive: true });
  // Calibrate entities per triple on a small run, then size the real run a little over and cut at `triples`
  const sample = 20_000;
  const perEntity = generate(sample, seed, Infinity, () => {}) / sample;
  const entities = Math.ceil((triples / perEntity) * 1.01);
  const base = join(dir, `synthetic-${triples}-s${seed}-v${GENERATOR_VERSION}`);
  const files = { ntriples: `${base}.nt`, nquads: `${base}.nq` };
  const result: SyntheticFiles = { triples, seed, ...files, entities: counts(entities) };
  if (existsSync(files.ntriples) && existsSync(files.nquads)) return result;
  const nt = openSync(`${files.ntriples}.tmp`, 'w');
  const nq = openSync(`${files.nquads}.tmp`, 'w');
  let ntBuffer: string[] = [];
  let nqBuffer: string[] = [];
  const flush = () => {
    writeSync(nt, ntBuffer.join(''));
    writeSync(nq, nqBuffer.join(''));
    ntBuffer = [];
    nqBuffer = [];
  };
  const written = generate(entities, seed, triples, (a, b) => {
    ntBuffer.push(a);
    nqBuffer.push(b);
    if (ntBuffer.length >= 50_000) flush();
  });
  flush();
  closeSync(nt);
  closeSync(nq);
  if (written !== triples) throw new Error(`generator wrote ${written} statements, wanted ${triples}`);
  renameSync(`${files.ntriples}.tmp`, files.ntriples);
  renameSync(`${files.nquads}.tmp`, files.nquads);
  return result;
}

export type { Kind };
