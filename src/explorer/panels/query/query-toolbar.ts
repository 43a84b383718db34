// The Query panel's toolbar: example menu, Run / Cancel / Clear highlight, and the timeout and row limit inputs.
import { h } from '../../ui/dom';
import { DEFAULT_LIMITS } from '../../../query/limits';
import { EXAMPLE_QUERIES, type ExampleQuery } from '../../../query/examples';

export interface QueryToolbar {
  element: HTMLElement;
  runButton: HTMLButtonElement;
  cancelButton: HTMLButtonElement;
  clearButton: HTMLButtonElement;
  timeoutMs(): number;
  rowLimit(): number;
  setRunning(running: boolean): void;
}

function numberInput(label: string, value: number, min: number, max: number): HTMLInputElement {
  return h('input', {
    attrs: { type: 'number', 'aria-label': label, min: String(min), max: String(max), step: '1', value: String(value) },
  });
}

/** A positive number typed in the input, times scale; the fallback for anything else. */
export function limitValue(text: string, fallback: number, scale: number): number {
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) && value > 0 ? Math.round(value * scale) : fallback;
}

/** onExample: an example was picked from the menu (the menu goes back to its prompt). */
export function createQueryToolbar(onExample: (example: ExampleQuery) => void): QueryToolbar {
  const examples = h('select', { attrs: { 'aria-label': 'Example queries' } }, [
    h('option', { attrs: { value: '' }, text: 'Example questions…' }),
    ...EXAMPLE_QUERIES.map((q) => h('option', { attrs: { value: q.id }, text: q.title })),
  ]);
  examples.addEventListener('change', () => {
    const example = EXAMPLE_QUERIES.find((q) => q.id === examples.value);
    examples.value = '';
    if (example) onExample(example);
  });
  const runButton = h('button', {
    class: 'okg-primary',
    attrs: { type: 'button', title: 'Run (Ctrl+Enter)' },
    text: 'Run',
  });
  const cancelButton = h('button', { attrs: { type: 'button', disabled: '' }, text: 'Cancel' });
  const clearButton = h('button', {
    attrs: { type: 'button', title: 'Remove the results highlight from the graph' },
    text: 'Clear highlight',
  });
  const timeoutInput = numberInput('Timeout in seconds', DEFAULT_LIMITS.timeoutMs / 1000, 1, 600);
  const rowLimitInput = numberInput('Row limit', DEFAULT_LIMITS.rowLimit, 1, 1_000_000);
  const element = h('div', { class: 'okg-qp-toolbar' }, [
    examples,
    runButton,
    cancelButton,
    clearButton,
    h('label', {}, ['Timeout (s)', timeoutInput]),
    h('label', {}, ['Row limit', rowLimitInput]),
  ]);
  return {
    element,
    runButton,
    cancelButton,
    clearButton,
    timeoutMs: () => limitValue(timeoutInput.value, DEFAULT_LIMITS.timeoutMs, 1000),
    rowLimit: () => limitValue(rowLimitInput.value, DEFAULT_LIMITS.rowLimit, 1),
    setRunning(running) {
      runButton.disabled = running;
      cancelButton.disabled = !running;
    },
  };
}
