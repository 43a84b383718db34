// Reads RDF files named on the command line (or by the server), with clear errors, then parses them all or none.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Quad } from '@rdfjs/types';
import { checkRdfBytes, SNIFF_BYTES } from '../rdf/binary-input';
import { loadSources } from '../rdf/load';
import { InputFileError, InputTooLargeError } from './errors';
import { MAX_INPUT_BYTES, type ReadLimits } from './input-limits';
import { startProgress } from './progress';

export interface SourceFile {
  name: string;
  content: Uint8Array;
}

/**
 * Reads one path as bytes; `-` reads standard input. Directories and missing paths get an InputFileError, an
 * input over the byte limit an InputTooLargeError (a regular file before reading it; a device or a pipe as soon
 * as it passes the limit), bytes that are plainly not RDF text a NotRdfError from their first 64 KiB.
 */
export async function readSourceFile(path: string, limits: ReadLimits = {}): Promise<SourceFile> {
  const maxBytes = Math.min(limits.maxInputBytes ?? MAX_INPUT_BYTES, MAX_INPUT_BYTES);
  const checkRdf = limits.checkRdf !== false;
  if (path === '-')
    return { name: '<stdin>', content: await readBounded(process.stdin, '<stdin>', maxBytes, checkRdf) };
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputFileError(path, 'missing');
    throw new InputFileError(path, 'unreadable', code);
  }
  if (info.isDirectory()) throw new InputFileError(path, 'directory');
  if (info.isFile() && info.size > maxBytes) throw new InputTooLargeError(path, maxBytes);
  try {
    // A regular file's size is known: one read. Devices, pipes and /proc files (size 0) are read in bounded chunks
    const content =
      info.isFile() && info.size > 0
        ? ownBytes(await readFile(path))
        : await readBounded(createReadStream(path), path, maxBytes, checkRdf);
    if (content.byteLength > maxBytes) throw new InputTooLargeError(path, maxBytes);
    if (limits.checkRdf !== false) checkRdfBytes(content.subarray(0, SNIFF_BYTES), path);
    return { name: path, content };
  } catch (error) {
    if (error instanceof Error && error.name !== 'Error') throw error;
    throw new InputFileError(path, 'unreadable', (error as NodeJS.ErrnoException).code);
  }
}

/** The bytes as a Uint8Array of their own (a small Buffer may share Node's pool, which must not travel to a worker). */
function ownBytes(buffer: Buffer): Uint8Array {
  if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength) return new Uint8Array(buffer.buffer);
  return new Uint8Array(buffer);
}

/**
 * Reads a stream to its end, but no further than `maxBytes`: an endless pipe or /dev/zero stops at the limit
 * (or at its first 64 KiB, when they show it is not text), so memory stays bounded.
 */
async function readBounded(
  stream: AsyncIterable<unknown>,
  name: string,
  maxBytes: number,
  checkRdf: boolean,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  let sniffed = !checkRdf;
  try {
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      total += bytes.length;
      if (total > maxBytes) throw new InputTooLargeError(name, maxBytes);
      chunks.push(bytes);
      if (!sniffed && total >= SNIFF_BYTES) {
        sniffed = true;
        checkRdfBytes(Buffer.concat(chunks).subarray(0, SNIFF_BYTES), name);
      }
    }
  } finally {
    // Leaving the loop early closes a file stream; standard input is paused so the process can exit
    if (stream === process.stdin) process.stdin.pause();
  }
  const all = ownBytes(Buffer.concat(chunks, total));
  if (!sniffed) checkRdfBytes(all, name);
  return all;
}

/** Reads every path first (so a missing file fails before any parsing), then parses them as one dataset. */
export async function loadFiles(paths: string[], limits: ReadLimits = {}): Promise<Quad[]> {
  const sources = await Promise.all(paths.map((path) => readSourceFile(path, limits)));
  return loadSourceFiles(sources);
}

const SLOW_LOAD_BYTES = 4 * 1024 * 1024;

/** Parses already-read files as one dataset, with a progress line on stderr when it takes over a second. */
export async function loadSourceFiles(sources: SourceFile[]): Promise<Quad[]> {
  const bytes = sources.reduce((sum, s) => sum + s.content.byteLength, 0);
  const label = `loading ${sources.length} file${sources.length === 1 ? '' : 's'} (${formatBytes(bytes)})`;
  // About a second of parsing on a typical machine: announce it before the (blocking) parse starts.
  const progress = startProgress(label, { now: bytes >= SLOW_LOAD_BYTES });
  try {
    const quads = await loadSources(sources);
    progress.done(`loaded ${quads.length} quads`);
    return quads;
  } catch (error) {
    progress.done('load failed');
    throw error;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
