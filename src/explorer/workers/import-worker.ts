// Web Worker of the Import panel: reads and parses a user's RDF file off the main thread, then sends the quads
// compactly.
import type { Quad } from '@rdfjs/types';
import { baseIriForFile, decodeUtf8, parseRdf } from '../../rdf/parse';
import { resolveFormat } from '../../rdf/formats';
import { RdfError } from '../../rdf/errors';
import { parseLineBased } from '../panels/import/chunked-parse';
import { encodeQuads, transferablesOf } from '../core/data/quad-codec';
import type { ImportErrorInfo, ImportPhase, ParseRequest, WorkerReply } from '../panels/import/protocol';

/** Share of the worker's job given to each phase, for one progress bar. */
const SHARE = { read: 0.05, parse: 0.85, encode: 0.1 };
/** Progress messages are posted at most this often (the bar must move at least every half second). */
const PROGRESS_EVERY_MS = 100;

function post(message: WorkerReply, transfer: Transferable[] = []): void {
  (self as unknown as Worker).postMessage(message, transfer);
}

function errorInfo(error: unknown): ImportErrorInfo {
  if (error instanceof RdfError) {
    const positioned = error as RdfError & { line?: number; column?: number };
    return {
      name: error.name,
      message: error.message,
      file: error.file,
      line: positioned.line,
      column: positioned.column,
    };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/**
 * Reads the file in chunks, decoding strict UTF-8 as it goes, so that reading a large file reports progress.
 * On a bad byte, decodes the whole file again with the RDF core's decoder to get the error's exact position.
 */
async function readText(
  file: Blob,
  fileName: string,
  onProgress: (done: number, total: number) => void,
): Promise<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const parts: string[] = [];
  const reader = file.stream().getReader();
  let done = 0;
  try {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      parts.push(decoder.decode(chunk.value, { stream: true }));
      done += chunk.value.byteLength;
      onProgress(done, file.size);
    }
    parts.push(decoder.decode());
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    decodeUtf8(new Uint8Array(await file.arrayBuffer()), fileName); // throws RdfEncodingError with the position
    throw error;
  }
  return parts.join('');
}

async function handle(request: ParseRequest): Promise<void> {
  const { id, fileName, blankNodePrefix } = request;
  let lastPost = 0;
  const progress = (phase: ImportPhase, within: number, quads?: number, force = false): void => {
    const now = performance.now();
    if (!force && now - lastPost < PROGRESS_EVERY_MS) return;
    lastPost = now;
    const before = phase === 'read' ? 0 : phase === 'parse' ? SHARE.read : SHARE.read + SHARE.parse;
    post({ type: 'progress', id, phase, fraction: before + SHARE[phase] * Math.min(1, Math.max(0, within)), quads });
  };

  const t0 = performance.now();
  progress('read', 0, undefined, true);
  const text = await readText(request.file, fileName, (done, total) => progress('read', done / total));
  const t1 = performance.now();
  progress('read', 1, undefined, true);

  const format = resolveFormat({ format: request.format, fileName, text });
  let quads: Quad[];
  if (format === 'ntriples' || format === 'nquads') {
    quads = await parseLineBased(text, {
      format,
      fileName,
      blankNodePrefix,
      baseIRI: baseIriForFile(fileName),
      // Small files in one go; large ones in slices of about 1/200th, so the bar moves often even on a busy machine
      sliceChars: Math.max(100_000, Math.ceil(text.length / 200)),
      onProgress: (done, total, count) => progress('parse', done / total, count),
    });
  } else {
    // Turtle, TriG and JSON-LD parse in one piece: say so, and pass on any figures the parser gives mid-way
    post({ type: 'progress', id, phase: 'parse', fraction: SHARE.read, indeterminate: true });
    quads = await parseRdf(text, {
      format,
      fileName,
      blankNodePrefix,
      onProgress: (done, total) => {
        if (done > 0 && done < total) progress('parse', done / total);
      },
    });
  }
  const t2 = performance.now();
  progress('parse', 1, quads.length, true);

  const encoded = encodeQuads(quads, {
    every: 5_000,
    onProgress: (done, total) => progress('encode', done / total, quads.length),
  });
  const t3 = performance.now();
  progress('encode', 1, quads.length, true);
  post(
    {
      type: 'done',
      id,
      format,
      encoded,
      quadCount: quads.length,
      timings: { readMs: t1 - t0, parseMs: t2 - t1, encodeMs: t3 - t2 },
    },
    transferablesOf(encoded),
  );
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = event.data;
  if (!isParseRequest(request)) return;
  handle(request).catch((error: unknown) => post({ type: 'error', id: request.id, error: errorInfo(error) }));
});

/** Another sender's message (a browser extension, a stray postMessage) is ignored. */
function isParseRequest(data: unknown): data is ParseRequest {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'parse';
}
