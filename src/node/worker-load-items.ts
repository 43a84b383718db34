// Turns files read from disk into load items Oxigraph parses itself in the query worker (no parse on the main thread).
import type { Quad } from '@rdfjs/types';
import { resolveFormat, type RdfFormat } from '../rdf/formats';
import { parseRdf } from '../rdf/parse';
import { explainRejectedInput, oxigraphLoadPlan, withoutBom } from '../query/oxigraph-load';
import { quadsToNQuads } from '../query/terms';
import type { SourceFile } from './files';
import type { WorkerLoadItem } from './query-worker-protocol';

const SNIFF_BYTES = 64 * 1024;

function formatOf(source: SourceFile, bytes: Uint8Array): RdfFormat {
  try {
    return resolveFormat({ fileName: source.name });
  } catch {
    // Only a name-less input (stdin) or an unknown extension needs the text: decode just the sniffed head.
    const sniffed = resolveFormat({ text: new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFF_BYTES)) });
    // A sniffed head of plain triples may still be followed by quads: N-Quads reads both.
    return sniffed === 'ntriples' ? 'nquads' : sniffed;
  }
}

/**
 * Load items for `sources`, one per source. JSON-LD is parsed here (Oxigraph's JSON-LD support differs from
 * ours) and sent as N-Quads with named-graph statements already copied to the default graph when `unionDefaultGraph`.
 */
export async function workerLoadItems(sources: SourceFile[], unionDefaultGraph = true): Promise<WorkerLoadItem[]> {
  const items: WorkerLoadItem[] = [];
  for (const source of sources) {
    const bytes = withoutBom(source.content);
    const format = formatOf(source, bytes);
    if (format === 'jsonld') {
      const quads: Quad[] = await parseRdf(source.content, { fileName: source.name, format });
      items.push({ data: quadsToNQuads(quads, unionDefaultGraph), format: 'application/n-quads' });
      continue;
    }
    items.push({ data: bytes, ...oxigraphLoadPlan(format, source.name) });
  }
  return items;
}

/** Throws the precise RdfError for a file Oxigraph rejected (see explainRejectedInput). */
export function explainRejectedFile(source: SourceFile, oxigraphMessage: string): Promise<never> {
  return explainRejectedInput(source.content, oxigraphMessage, { fileName: source.name });
}
