// Reads RDF files named on the command line (or by the server), with clear errors, then parses them all or none.
import { readFile, stat } from 'node:fs/promises';
import type { Quad } from '@rdfjs/types';
import { loadSources } from '../rdf/load';
import { InputFileError } from './errors';
import { startProgress } from './progress';

export interface SourceFile {
  name: string;
  content: Uint8Array;
}

/** Reads one path as bytes; `-` reads standard input. Directories and missing paths get an InputFileError. */
export async function readSourceFile(path: string): Promise<SourceFile> {
  if (path === '-') return { name: '<stdin>', content: await readStdin() };
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputFileError(path, 'missing');
    throw new InputFileError(path, 'unreadable', code);
  }
  if (info.isDirectory()) throw new InputFileError(path, 'directory');
  try {
    return { name: path, content: new Uint8Array(await readFile(path)) };
  } catch (error) {
    throw new InputFileError(path, 'unreadable', (error as NodeJS.ErrnoException).code);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** Reads every path first (so a missing file fails before any parsing), then parses them as one dataset. */
export async function loadFiles(paths: string[]): Promise<Quad[]> {
  const sources = await Promise.all(paths.map(readSourceFile));
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
