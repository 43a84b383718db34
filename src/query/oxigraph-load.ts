// Loading RDF text or bytes with Oxigraph's own parsers, with n3's precise errors when Oxigraph rejects the input.
import { RdfSyntaxError } from '../rdf/errors';
import type { RdfFormat } from '../rdf/formats';
import { baseIriForFile, parseRdf } from '../rdf/parse';

/** Oxigraph's media type for each format it parses as we do (JSON-LD goes through parseRdf instead). */
export const OXIGRAPH_FORMAT: Record<Exclude<RdfFormat, 'jsonld'>, string> = {
  turtle: 'text/turtle',
  trig: 'application/trig',
  ntriples: 'application/n-triples',
  nquads: 'application/n-quads',
};

/** What `store.load` needs for one file, and whether its named graphs must be copied to the default graph. */
export interface OxigraphLoadPlan {
  format: string;
  baseIri?: string;
  namedGraphs: boolean;
}

export function oxigraphLoadPlan(format: Exclude<RdfFormat, 'jsonld'>, fileName?: string): OxigraphLoadPlan {
  const lineBased = format === 'ntriples' || format === 'nquads';
  return {
    format: OXIGRAPH_FORMAT[format],
    // N-Triples and N-Quads allow absolute IRIs only, as in parseRdf
    baseIri: lineBased ? undefined : baseIriForFile(fileName),
    namedGraphs: format === 'trig' || format === 'nquads',
  };
}

/** The UTF-8 BOM is allowed at the start of a file (as parseRdf allows it); Oxigraph would take it for content. */
export function withoutBom<T extends string | Uint8Array>(input: T): T {
  const value: string | Uint8Array = input;
  if (typeof value === 'string') return (value.charCodeAt(0) === 0xfeff ? value.slice(1) : value) as T;
  return (value[0] === 0xef && value[1] === 0xbb && value[2] === 0xbf ? value.subarray(3) : value) as T;
}

/** Copies every named-graph statement into the default graph (a set: a statement in two graphs is there once). */
export const UNION_UPDATE = 'INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }';

/** Oxigraph's `Parser error at line L column C: …` or `… at line L between columns C and D: …`. */
function oxigraphPosition(message: string): { line: number; column: number; reason: string } {
  const match = /line (\d+)(?: between columns| column) (\d+)(?: and \d+)?:\s*([\s\S]*)$/.exec(message);
  if (!match) return { line: 1, column: 1, reason: message };
  const [, line = '', column = '', reason = ''] = match; // all three groups take part in every match
  return { line: Number(line), column: Number(column), reason };
}

/**
 * The precise error for input Oxigraph rejected: n3 parses it again to throw its RdfSyntaxError or
 * RdfEncodingError (file, line, column, as every other command reports). If n3 accepts what Oxigraph
 * rejected, Oxigraph's own position is reported.
 */
export async function explainRejectedInput(
  input: string | Uint8Array,
  oxigraphMessage: string,
  source: { fileName?: string; format?: RdfFormat },
): Promise<never> {
  await parseRdf(input, { fileName: source.fileName, format: source.format });
  const { line, column, reason } = oxigraphPosition(oxigraphMessage);
  throw new RdfSyntaxError(reason, { file: source.fileName, line, column });
}
