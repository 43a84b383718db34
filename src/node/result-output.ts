// Query results as text in a chosen format: SPARQL results formats for SELECT/ASK, RDF formats for CONSTRUCT/DESCRIBE.
import type { QueryResult } from '../query/engine';
import { RESULT_MEDIA_TYPES, writeResult, type ResultFormat } from '../query/results';
import { FORMAT_INFO, formatFromName, type RdfFormat } from '../rdf/formats';
import { serializeRdf } from '../rdf/serialize';
import { PREFIXES } from '../rdf/vocab';
import { serializedText } from './query-worker-serialized';
import { writeRdfXml } from './rdf-xml';

export type OutputFormat = ResultFormat | RdfFormat | 'rdfxml';

export interface Offer {
  format: OutputFormat;
  /** The media type a client asks for. */
  mediaType: string;
  /** The Content-Type sent, when it differs (RDF/XML answers a CONSTRUCT asked as SPARQL XML results). */
  sendAs?: string;
}

const RDF_XML = 'application/rdf+xml';

const RESULT_OFFERS: Offer[] = [
  { format: 'json', mediaType: RESULT_MEDIA_TYPES.json },
  { format: 'xml', mediaType: RESULT_MEDIA_TYPES.xml },
  { format: 'csv', mediaType: RESULT_MEDIA_TYPES.csv },
  { format: 'tsv', mediaType: RESULT_MEDIA_TYPES.tsv },
  // Generic types last, so a precise Accept always wins over them.
  { format: 'json', mediaType: 'application/json' },
  { format: 'xml', mediaType: 'application/xml' },
  { format: 'xml', mediaType: 'text/xml' },
  { format: 'table', mediaType: 'text/plain' },
];

const TURTLE_OFFER: Offer = { format: 'turtle', mediaType: FORMAT_INFO.turtle.mediaType };
const GRAPH_OFFERS: Offer[] = [
  TURTLE_OFFER,
  { format: 'ntriples', mediaType: FORMAT_INFO.ntriples.mediaType },
  { format: 'nquads', mediaType: FORMAT_INFO.nquads.mediaType },
  { format: 'trig', mediaType: FORMAT_INFO.trig.mediaType },
  { format: 'jsonld', mediaType: FORMAT_INFO.jsonld.mediaType },
  { format: 'rdfxml', mediaType: RDF_XML },
  { format: 'ntriples', mediaType: 'text/plain' },
  { format: 'jsonld', mediaType: 'application/json' },
  // Clients that ask for XML whatever the query form (roqet, rdflib) get the graph as RDF/XML
  { format: 'rdfxml', mediaType: 'application/sparql-results+xml', sendAs: RDF_XML },
  { format: 'rdfxml', mediaType: 'application/xml', sendAs: RDF_XML },
  { format: 'rdfxml', mediaType: 'text/xml', sendAs: RDF_XML },
];

/** Sent for a graph when none of the formats the client accepts can carry it (RDF/XML cannot carry every graph). */
export const GRAPH_FALLBACK: Offer = TURTLE_OFFER;

/** The formats a result can be sent in, most preferred first. */
export function offersFor(result: QueryResult): Offer[] {
  return result.kind === 'quads' ? GRAPH_OFFERS : RESULT_OFFERS;
}

/**
 * Reads a format name given by a user (`json`, `csv`, `ttl`, `nt`, …) for this kind of result; undefined if it does not
 * fit.
 */
export function resultFormatFromParam(name: string, result: QueryResult): Offer | undefined {
  const lower = name.trim().toLowerCase();
  if (result.kind === 'quads') {
    const format =
      (['rdfxml', 'rdf', 'xml'].includes(lower) ? 'rdfxml' : undefined) ??
      formatFromName(lower) ??
      GRAPH_OFFERS.find((o) => o.mediaType === lower)?.format;
    return format ? GRAPH_OFFERS.find((o) => o.format === format) : undefined;
  }
  return RESULT_OFFERS.find((o) => o.format === lower || o.mediaType === lower);
}

/**
 * The body for `format` without writing the result again: the query worker's own text, when the result kept it
 * (WorkerQueryOptions.keepText) and it is in that format. Undefined otherwise (use formatResult).
 */
export function serializedBody(result: QueryResult, format: OutputFormat): string | undefined {
  const kept = serializedText(result);
  if (kept?.mediaType === 'application/sparql-results+json' && format === 'json') return kept.text;
  if (kept?.mediaType === 'application/n-triples' && format === 'ntriples') return kept.text;
  return undefined;
}

/** Writes a result; quads in RDF formats (Turtle and TriG with the project's prefixes). */
export async function formatResult(result: QueryResult, format: OutputFormat): Promise<string> {
  if (result.kind === 'quads') {
    if (format === 'rdfxml') return writeRdfXml(result.quads);
    const rdf = formatFromName(format);
    if (!rdf) throw new Error(`format ${format} does not fit a graph result`);
    return serializeRdf(result.quads, rdf);
  }
  if (formatFromName(format)) throw new Error(`format ${format} does not fit a SELECT/ASK result`);
  return writeResult(result, format as ResultFormat, { prefixes: PREFIXES });
}
