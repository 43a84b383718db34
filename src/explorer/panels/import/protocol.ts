// Messages between the Import panel and its Web Worker.
import type { EncodedQuads } from '../../core/data/quad-codec';

export interface ParseRequest {
  type: 'parse';
  id: number;
  /** The picked or dropped file itself: the worker reads it, so the bytes never pass through the main thread. */
  file: Blob;
  fileName: string;
  /** A format name, or undefined to take it from the extension, else from the content. */
  format?: string;
  /** Fresh per import, so the file's blank nodes never merge with those already loaded. */
  blankNodePrefix: string;
}

export type ImportPhase = 'read' | 'parse' | 'encode';

export interface ProgressMessage {
  type: 'progress';
  id: number;
  phase: ImportPhase;
  /** Fraction of the whole worker job, 0..1. */
  fraction: number;
  /** Quads parsed so far, when known. */
  quads?: number;
  /** The phase gives no figures (one-piece parsers): the bar shows activity instead of a share. */
  indeterminate?: boolean;
}

export interface ImportErrorInfo {
  name: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface DoneMessage {
  type: 'done';
  id: number;
  format: string;
  encoded: EncodedQuads;
  quadCount: number;
  timings: { readMs: number; parseMs: number; encodeMs: number };
}

export interface ErrorMessage {
  type: 'error';
  id: number;
  error: ImportErrorInfo;
}

export type WorkerReply = ProgressMessage | DoneMessage | ErrorMessage;
