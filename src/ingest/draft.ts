// The draft TriG of an ingestion: the document, its passages with mentions, and each candidate in a graph of its own.
import type { Quad, Quad_Graph, Quad_Object } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { KIND_OF_CLASS } from '../kg/kinds';
import type { EntityKind } from '../kg/kinds';
import { serializeRdf } from '../rdf/serialize';
import {
  DCT_IDENTIFIER,
  DCT_IS_PART_OF,
  ID,
  NS,
  OKG,
  OKG_CANDIDATE,
  OKG_PASSAGE,
  OKG_QUOTE,
  OKG_SOURCE_DOCUMENT,
  OKG_TEXT_FILE,
  PREFIXES,
  RDF_TYPE,
  RDFS_COMMENT,
  RDFS_LABEL,
  SKOS_ALT_LABEL,
} from '../rdf/vocab';
import { CANDIDATE_GRAPH_PREFIX } from './candidate-graphs';
import { OKG_TEXT_SHA256, type IngestResult } from './ingest';

const { namedNode, literal, quad, defaultGraph } = DataFactory;

export const OA = 'http://www.w3.org/ns/oa#';
export const OKG_MENTIONS = OKG + 'mentions';
export const OKG_MENTIONS_DATE = OKG + 'mentionsDate';
export const OKG_CUE = OKG + 'cue';
export const PROV_WAS_DERIVED_FROM = NS.prov + 'wasDerivedFrom';

const CLASS_OF_KIND = new Map<EntityKind, string>(Object.entries(KIND_OF_CLASS).map(([cls, kind]) => [kind, cls]));
const XSD_BOOLEAN = namedNode(NS.xsd + 'boolean');
const XSD_INTEGER = namedNode(NS.xsd + 'integer');
/** Selector IRIs, as graph-data/selectors.trig names them. */
export const SELECTOR_NS = 'https://w3id.org/osce-kg/selector/';

/** UTF-16 offsets of a text to code-point offsets (Web Annotation positions count code points). */
function codePointOffsets(text: string): { at(utf16: number): number } {
  const table = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = points;
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff))
      points++;
  }
  table[text.length] = points;
  return {
    at: (utf16) => {
      const points = table[utf16];
      if (points === undefined) throw new RangeError(`offset ${utf16} is outside the text (length ${text.length})`);
      return points;
    },
  };
}

export const passageIri = (sourceId: string, index: number) =>
  `${ID}passage-${sourceId}-${String(index).padStart(3, '0')}`;

/**
 * The draft as quads: described resources in the default graph, each candidate statement or entity in its own graph.
 */
export function draftQuads(result: IngestResult): Quad[] {
  const codePoints = codePointOffsets(result.text);
  const quads: Quad[] = [];
  const doc = namedNode(`${ID}source-${result.sourceId}`);
  const add = (s: string | ReturnType<typeof namedNode>, p: string, o: Quad_Object, g: Quad_Graph = defaultGraph()) =>
    quads.push(quad(typeof s === 'string' ? namedNode(s) : s, namedNode(p), o, g));
  add(doc, RDF_TYPE, namedNode(OKG_SOURCE_DOCUMENT));
  add(doc, RDFS_LABEL, literal(result.title, 'en'));
  add(doc, NS.dcterms + 'title', literal(result.title, 'en'));
  add(doc, OKG_TEXT_FILE, literal(`sources/${result.fileName}`));
  add(doc, OKG_TEXT_SHA256, literal(result.sha256));
  add(
    doc,
    RDFS_COMMENT,
    literal(
      `Drafted by osce-kg ingest from ${result.fileName}: ${result.passages.length} of ${result.sentenceCount} sentences mention something. Candidates await review.`,
      'en',
    ),
  );
  let candidateNumber = 0;
  const newEntities = new Map<string, { kind: EntityKind; name: string; passage: string; surfaces: Set<string> }>();
  for (const passage of result.passages) {
    const p = passageIri(result.sourceId, passage.index);
    // As graph-data/selectors.trig has them: the passage an oa:SpecificResource, offsets in code points
    const selector = namedNode(`${SELECTOR_NS}${p.slice(ID.length)}-position`);
    add(p, RDF_TYPE, namedNode(OKG_PASSAGE));
    add(p, RDF_TYPE, namedNode(OA + 'SpecificResource'));
    add(p, DCT_IS_PART_OF, doc);
    add(p, OA + 'hasSource', doc);
    add(p, OKG_QUOTE, literal(passage.sentence.text));
    add(p, OA + 'hasSelector', selector);
    add(selector, RDF_TYPE, namedNode(OA + 'TextPositionSelector'));
    add(selector, OA + 'start', literal(String(codePoints.at(passage.sentence.start)), XSD_INTEGER));
    add(selector, OA + 'end', literal(String(codePoints.at(passage.sentence.end)), XSD_INTEGER));
    const mentioned = new Set<string>();
    for (const mention of passage.mentions) {
      for (const iri of mention.iris) {
        if (!mentioned.has(iri)) add(p, OKG_MENTIONS, namedNode(iri));
        mentioned.add(iri);
        if (mention.isNew && !newEntities.has(iri))
          newEntities.set(iri, {
            kind: mention.kind,
            name: mention.name ?? mention.surface,
            passage: p,
            surfaces: new Set(),
          });
        if (mention.isNew) newEntities.get(iri)?.surfaces.add(mention.surface);
      }
    }
    for (const date of passage.dates) add(p, OKG_MENTIONS_DATE, literal(date.value, namedNode(NS.xsd + date.datatype)));
    for (const c of passage.candidates) {
      const g = namedNode(`${CANDIDATE_GRAPH_PREFIX}${result.sourceId}-${String(++candidateNumber).padStart(3, '0')}`);
      add(c.subject, c.predicate, namedNode(c.object), g);
      add(g, OKG_CANDIDATE, literal('true', XSD_BOOLEAN));
      add(g, PROV_WAS_DERIVED_FROM, namedNode(p));
      add(g, OKG_CUE, literal(c.cue));
    }
  }
  for (const [iri, entity] of [...newEntities].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const g = namedNode(`${iri.replace(ID, `${CANDIDATE_GRAPH_PREFIX}${result.sourceId}-entity-`)}`);
    const cls = CLASS_OF_KIND.get(entity.kind);
    if (cls) add(iri, RDF_TYPE, namedNode(cls), g);
    add(iri, RDFS_LABEL, literal(entity.name, 'en'), g);
    // A decision found by its identifier or number: the identifier in the record's form (MC.DEC/6/17)
    if (entity.kind === 'decision') add(iri, DCT_IDENTIFIER, literal(entity.name), g);
    for (const surface of [...entity.surfaces].sort())
      if (surface !== entity.name) add(iri, SKOS_ALT_LABEL, literal(surface, 'en'), g);
    add(g, OKG_CANDIDATE, literal('true', XSD_BOOLEAN));
    add(g, PROV_WAS_DERIVED_FROM, namedNode(entity.passage));
  }
  return quads;
}

/** The draft as TriG (stable: same result, same text). */
export function draftTrig(result: IngestResult): Promise<string> {
  return serializeRdf(draftQuads(result), 'trig', { prefixes: { ...PREFIXES, oa: OA, sel: SELECTOR_NS } });
}
