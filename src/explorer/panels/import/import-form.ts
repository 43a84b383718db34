// The Import panel's controls: drop zone, file picker, format, merge or replace, progress, messages and Undo.
import { FORMAT_INFO, RDF_FORMATS } from '../../../rdf/formats';
import { h } from '../../ui/dom';

const ACCEPT = RDF_FORMATS.flatMap((f) => FORMAT_INFO[f].extensions.map((e) => '.' + e)).join(',');

export interface ImportForm {
  fileInput: HTMLInputElement;
  formatSelect: HTMLSelectElement;
  replace: HTMLInputElement;
  dropZone: HTMLElement;
  progress: HTMLProgressElement;
  cancel: HTMLButtonElement;
  status: HTMLElement;
  errorBox: HTMLElement;
  dropNote: HTMLElement;
  /** Puts back the graph an import replaced or merged into (import-undo.ts); shown only while that is possible. */
  undo: HTMLButtonElement;
}

function modeChoice(): { fieldset: HTMLElement; replace: HTMLInputElement } {
  const merge = h('input', {
    attrs: { type: 'radio', name: 'import-mode', value: 'merge', id: 'import-merge', checked: '' },
  });
  const replace = h('input', { attrs: { type: 'radio', name: 'import-mode', value: 'replace', id: 'import-replace' } });
  const fieldset = h('fieldset', {}, [
    h('legend', {}, ['Imported statements']),
    h('div', {}, [merge, h('label', { attrs: { for: 'import-merge' } }, ['Merge with the current graph'])]),
    h('div', {}, [replace, h('label', { attrs: { for: 'import-replace' } }, ['Replace the current graph'])]),
  ]);
  return { fieldset, replace };
}

export function buildImportForm(host: HTMLElement): ImportForm {
  const fileInput = h('input', { attrs: { type: 'file', id: 'import-file', accept: ACCEPT } });
  const formatSelect = h('select', { attrs: { id: 'import-format' } }, [
    h('option', { attrs: { value: '' } }, ['Automatic (extension, else content)']),
    ...RDF_FORMATS.map((f) => h('option', { attrs: { value: f } }, [FORMAT_INFO[f].label])),
  ]);
  const mode = modeChoice();
  // No aria-label: the visible sentence is the accessible name, so speech users can say what they see.
  const dropZone = h('div', { class: 'import-drop-zone', attrs: { tabindex: '0', role: 'button' } }, [
    'Drop a Turtle, TriG, N-Triples, N-Quads or JSON-LD file here (or anywhere on the page), or press Enter to pick one.',
  ]);
  const progress = h('progress', { attrs: { max: '1', value: '0', 'aria-label': 'Import progress', hidden: '' } });
  const form: ImportForm = {
    fileInput,
    formatSelect,
    replace: mode.replace,
    dropZone,
    progress,
    cancel: h('button', { text: 'Cancel import', attrs: { type: 'button', hidden: '' } }),
    status: h('p', { class: 'import-status', attrs: { role: 'status', 'aria-live': 'polite' } }),
    errorBox: h('p', { class: 'import-error', attrs: { role: 'alert', hidden: '' } }),
    dropNote: h('p', { class: 'import-drop-note', attrs: { hidden: '' } }),
    undo: h('button', { class: 'import-undo', text: 'Undo this import', attrs: { type: 'button', hidden: '' } }),
  };
  host.append(
    h('h2', {}, ['Import']),
    dropZone,
    h('div', { class: 'import-row' }, [
      h('label', { attrs: { for: 'import-file' } }, ['Import RDF file']),
      ' ',
      fileInput,
    ]),
    h('div', { class: 'import-row' }, [h('label', { attrs: { for: 'import-format' } }, ['Format']), ' ', formatSelect]),
    mode.fieldset,
    h('p', { class: 'import-note' }, [
      'The file is read in the background: nothing changes until all of it has parsed. Blank nodes of the file are kept apart from those already loaded; IRIs join.',
    ]),
    h('div', { class: 'import-progress' }, [progress, ' ', form.cancel]),
    form.dropNote,
    h('div', { class: 'import-outcome' }, [form.status, form.undo]),
    form.errorBox,
  );
  return form;
}
