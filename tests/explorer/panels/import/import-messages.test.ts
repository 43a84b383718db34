// What the Import panel says: progress lines per phase, the outcome with the format's name, Undo's words.
import { describe, expect, it } from 'vitest';
import {
  applyingText,
  doneText,
  undoLabel,
  undoneText,
  workerProgressText,
} from '../../../../src/explorer/panels/import/import-messages';

describe('import messages', () => {
  it('follows the worker through reading and parsing, with the count when the parser gives one', () => {
    expect(workerProgressText({ type: 'progress', id: 1, phase: 'read', fraction: 0.1 }, 'a.nt')).toBe('Reading a.nt…');
    expect(workerProgressText({ type: 'progress', id: 1, phase: 'parse', fraction: 0.5, quads: 12345 }, 'a.nt')).toBe(
      'Parsing a.nt: 12,345 statements so far…',
    );
    expect(workerProgressText({ type: 'progress', id: 1, phase: 'parse', fraction: 0.5 }, 'a.nt')).toBe(
      'Parsing a.nt…',
    );
    expect(workerProgressText({ type: 'progress', id: 1, phase: 'encode', fraction: 0.9 }, 'a.nt')).toBe(
      'Preparing a.nt…',
    );
  });

  it('names the change and, for a large one, its phase', () => {
    expect(applyingText('replace', 50_000)).toBe('Replacing the graph with 50,000 statements…');
    expect(applyingText('merge', 7)).toBe('Merging 7 statements…');
    expect(applyingText('merge', 50_000, 'index')).toBe(
      'Merging: indexing for search and filters (50,000 statements)…',
    );
    expect(applyingText('replace', 50_000, 'build')).toBe(
      'Replacing the graph: building the graph (50,000 statements)…',
    );
  });

  it('reports the outcome with the format by name (an unknown one as given)', () => {
    const base = { mode: 'merge' as const, quads: 1200, fileName: 'kos.ttl', totalMs: 2345, nodes: 980 };
    expect(doneText({ ...base, format: 'turtle' })).toBe(
      'Merged 1,200 statements from kos.ttl (Turtle) in 2.3 s. The graph now has 980 nodes.',
    );
    expect(doneText({ ...base, mode: 'replace', format: 'odd' })).toMatch(
      /^Replaced the graph with 1,200 statements from kos\.ttl \(odd\)/,
    );
  });

  it('says what Undo brings back', () => {
    expect(undoLabel('replace', true)).toBe('Undo: back to the bundled graph');
    expect(undoLabel('replace', false)).toBe('Undo: back to the previous graph');
    expect(undoLabel('merge', true)).toBe('Undo: take the merged statements out');
    expect(undoneText('x.nt', 4321, 200)).toBe(
      'Undone: the graph is back as it was before x.nt (4,321 statements, 200 nodes).',
    );
  });
});
