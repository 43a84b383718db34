// What the Import panel says at each step (pure): progress lines, the outcome, errors, and what Undo did.
import { FORMAT_INFO } from '../../../rdf/formats';
import type { ImportErrorInfo, ProgressMessage } from './protocol';

export type ImportMode = 'replace' | 'merge';
export type ApplyPhase = 'merge' | 'build' | 'draw' | 'index';

const count = (n: number): string => n.toLocaleString('en');

/** The error as users read it: where in words first, then the parser's own `file:line:column: what`. */
export function describeImportError(error: ImportErrorInfo, fileName: string): string {
  const where = error.line !== undefined ? ` (line ${error.line}, column ${error.column ?? '?'})` : '';
  return `Could not import ${fileName}${where}. The graph was not changed.\n${error.message}`;
}

/** The status line while the worker reads and parses the file. */
export function workerProgressText(message: ProgressMessage, fileName: string): string {
  if (message.phase === 'parse' && message.quads !== undefined)
    return `Parsing ${fileName}: ${count(message.quads)} statements so far…`;
  const verb = message.phase === 'read' ? 'Reading' : message.phase === 'parse' ? 'Parsing' : 'Preparing';
  return `${verb} ${fileName}…`;
}

const PHASE_TEXT: Record<ApplyPhase, string> = {
  merge: 'checking for duplicates',
  build: 'building the graph',
  draw: 'preparing the drawing',
  index: 'indexing for search and filters',
};

/** The status line while the graph changes: the phase of a large change, or the change itself. */
export function applyingText(mode: ImportMode, quads: number, phase?: ApplyPhase): string {
  if (phase === undefined)
    return `${mode === 'replace' ? 'Replacing the graph with' : 'Merging'} ${count(quads)} statements…`;
  return `${mode === 'replace' ? 'Replacing the graph' : 'Merging'}: ${PHASE_TEXT[phase]} (${count(quads)} statements)…`;
}

export interface ImportOutcome {
  mode: ImportMode;
  quads: number;
  fileName: string;
  format: string;
  totalMs: number;
  nodes: number;
}

export function doneText(o: ImportOutcome): string {
  const format = (FORMAT_INFO as Partial<Record<string, { label: string }>>)[o.format]?.label ?? o.format;
  return (
    `${o.mode === 'replace' ? 'Replaced the graph with' : 'Merged'} ${count(o.quads)} statements from ${o.fileName} ` +
    `(${format}) in ${(o.totalMs / 1000).toFixed(1)} s. The graph now has ${count(o.nodes)} nodes.`
  );
}

/** The Undo button's words: what one click brings back. */
export function undoLabel(mode: ImportMode, replacedBundled: boolean): string {
  if (mode === 'merge') return 'Undo: take the merged statements out';
  return replacedBundled ? 'Undo: back to the bundled graph' : 'Undo: back to the previous graph';
}

/** Said once Undo has put the graph back. */
export function undoneText(fileName: string, quads: number, nodes: number): string {
  return `Undone: the graph is back as it was before ${fileName} (${count(quads)} statements, ${count(nodes)} nodes).`;
}
