// What the download buttons save: SPARQL CSV / TSV / JSON (CONSTRUCT results as subject-predicate-object rows) or
// N-Quads.
import type { Term } from '@rdfjs/types';
import type { BindingsResult, BooleanResult } from '../../../query/engine';
import { RESULT_MEDIA_TYPES, writeResult } from '../../../query/results';
import { quadsToNQuads } from '../../../query/terms';
import { fromWireQuad, fromWireTerm, type WireResult } from './protocol';

export type DownloadFormat = 'csv' | 'tsv' | 'json' | 'nquads';

export interface DownloadFile {
  name: string;
  mediaType: string;
  content: string;
}

const EXTENSIONS: Record<DownloadFormat, string> = { csv: 'csv', tsv: 'tsv', json: 'srj', nquads: 'nq' };

/** The formats offered for a result: N-Quads only for CONSTRUCT/DESCRIBE. */
export function downloadFormats(result: WireResult): DownloadFormat[] {
  return result.kind === 'quads' ? ['csv', 'tsv', 'json', 'nquads'] : ['csv', 'tsv', 'json'];
}

/** A result as SPARQL bindings: CONSTRUCT triples become rows of ?subject ?predicate ?object (?graph). */
export function toBindings(result: WireResult): BindingsResult | BooleanResult {
  if (result.kind === 'boolean') return { kind: 'boolean', value: result.value };
  if (result.kind === 'bindings') {
    return {
      kind: 'bindings',
      variables: result.variables,
      truncated: result.truncated,
      rows: result.rows.map((row) => {
        const out = Object.create(null) as Record<string, Term>;
        for (const [name, term] of Object.entries(row)) out[name] = fromWireTerm(term);
        return out;
      }),
    };
  }
  const hasGraphs = result.quads.some((q) => q.graph !== undefined);
  return {
    kind: 'bindings',
    variables: hasGraphs ? ['subject', 'predicate', 'object', 'graph'] : ['subject', 'predicate', 'object'],
    truncated: result.truncated,
    rows: result.quads.map((q) => {
      const out = Object.create(null) as Record<string, Term>;
      out.subject = fromWireTerm(q.subject);
      out.predicate = fromWireTerm(q.predicate);
      out.object = fromWireTerm(q.object);
      if (q.graph) out.graph = fromWireTerm(q.graph);
      return out;
    }),
  };
}

export function downloadFile(result: WireResult, format: DownloadFormat, baseName = 'query-results'): DownloadFile {
  const name = `${baseName}.${EXTENSIONS[format]}`;
  if (format === 'nquads') {
    const quads = result.kind === 'quads' ? result.quads.map(fromWireQuad) : [];
    return { name, mediaType: 'application/n-quads', content: quadsToNQuads(quads) };
  }
  return { name, mediaType: RESULT_MEDIA_TYPES[format], content: writeResult(toBindings(result), format) };
}

/** Saves a file through a temporary object URL (browser only). */
export function saveFile(file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: `${file.mediaType};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
