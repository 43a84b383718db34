// The SPARQL editor (CodeMirror 6): highlighting, prefix completion, Ctrl+Enter to run, syntax errors marked in place.
import { basicSetup } from 'codemirror';
import { EditorView, keymap } from '@codemirror/view';
import { EditorState, Prec } from '@codemirror/state';
import { StreamLanguage } from '@codemirror/language';
import { sparql } from '@codemirror/legacy-modes/mode/sparql';
import {
  autocompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { setDiagnostics, setDiagnosticsEffect } from '@codemirror/lint';
import { completeSparql } from './completion';

export interface SparqlEditor {
  view: EditorView;
  getText(): string;
  setText(text: string): void;
  /** Marks a syntax error at a 1-based line and column (clamped to the document); null clears. */
  markError(error: { line: number; column: number; message: string } | null): void;
  focus(): void;
}

export interface EditorOptions {
  initialText: string;
  onRun(): void;
  /** IRIs offered after `prefix:` (the data's predicates and classes). */
  vocabulary(): readonly string[];
  /** The text changed (typing, setText). */
  onChange?(text: string): void;
}

function completionSource(vocabulary: () => readonly string[]) {
  return (context: CompletionContext): CompletionResult | null => {
    const text = context.state.doc.toString();
    const answer = completeSparql(text, context.pos, vocabulary());
    if (!answer) return null;
    // Only pop up on typing when something was typed; Ctrl+Space asks explicitly.
    if (!context.explicit && answer.from === context.pos) return null;
    const options: Completion[] = answer.options.map((option) => ({
      label: option.label,
      detail: option.detail,
      type: option.label.endsWith(':') ? 'namespace' : 'property',
      apply: (view, _completion, from, to) => {
        const changes = [{ from, to, insert: option.insert }];
        if (option.declare) changes.push({ from: 0, to: 0, insert: option.declare + '\n' });
        const offset = option.declare ? option.declare.length + 1 : 0;
        view.dispatch({ changes, selection: { anchor: from + option.insert.length + offset } });
      },
    }));
    return { from: answer.from, options, validFor: /^[\p{L}\p{N}_:.-]*$/u };
  };
}

export function createSparqlEditor(parent: HTMLElement, options: EditorOptions): SparqlEditor {
  const run = () => {
    options.onRun();
    return true;
  };
  const view = new EditorView({
    parent,
    doc: options.initialText,
    extensions: [
      Prec.highest(
        keymap.of([
          { key: 'Mod-Enter', run },
          { key: 'Ctrl-Enter', run },
        ]),
      ),
      basicSetup,
      StreamLanguage.define(sparql),
      autocompletion({ override: [completionSource(options.vocabulary)] }),
      EditorView.contentAttributes.of({ 'aria-label': 'SPARQL query' }),
      EditorView.lineWrapping,
      EditorView.theme({
        '&': { fontSize: '13px', border: '1px solid #ccc', borderRadius: '4px', maxHeight: '40vh' },
        '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', overflow: 'auto' },
        '&.cm-focused': { outline: '2px solid #1f77b4' },
      }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) options.onChange?.(update.state.doc.toString());
      }),
      // A new edit makes an old syntax error stale.
      EditorState.transactionExtender.of((tr) => (tr.docChanged ? { effects: setDiagnosticsEffect.of([]) } : null)),
    ],
  });

  return {
    view,
    getText: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    markError(error) {
      if (!error) {
        view.dispatch(setDiagnostics(view.state, []));
        return;
      }
      const doc = view.state.doc;
      const line = doc.line(Math.min(Math.max(error.line, 1), doc.lines));
      let from = Math.min(line.from + Math.max(error.column, 1) - 1, line.to);
      // Past the end of the line (a missing token): mark the last character instead, so the mark is visible.
      if (from === line.to && line.length > 0) from = line.to - 1;
      // Underline the token at the position, at least one character.
      const rest = doc.sliceString(from, line.to);
      const token = /^\S+/.exec(rest)?.[0].length ?? 0;
      const to = Math.min(Math.max(from + token, from + 1), doc.length);
      view.dispatch({
        ...setDiagnostics(view.state, [{ from: Math.min(from, to), to, severity: 'error', message: error.message }]),
        selection: { anchor: from },
        scrollIntoView: true,
      });
    },
    focus: () => view.focus(),
  };
}
