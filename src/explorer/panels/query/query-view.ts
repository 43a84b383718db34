// The Query panel's body (loaded lazily): toolbar, editor, history and saved queries, results, downloads, highlight,
// and the query in the URL (`q=`).
import type { ExplorerContext } from '../../context';
import { h } from '../../ui/dom';
import { RDF_TYPE } from '../../../rdf/vocab';
import { createRemoteControls } from '../../remote/query-section';
import { createSparqlEditor } from './editor';
import { localLibraryStore } from './library-storage';
import { createLibraryView } from './library-view';
import { createPrefixNote } from './prefix-note';
import { createQueryExecution } from './query-execution';
import { bindQueryLink, FROM_LINK } from './query-link';
import { createQueryOutput } from './query-output';
import { createQueryToolbar } from './query-toolbar';
import '../../ui/panel-controls.css';
import './query-panel.css';

const DEFAULT_QUERY = `SELECT ?partner ?label WHERE {
  ?partner a okg:Partner ; rdfs:label ?label .
}
ORDER BY ?label
LIMIT 100`;

/** Predicates and classes of the dataset, offered by the completion after `prefix:`. */
function vocabularyOf(context: ExplorerContext): string[] {
  const terms = new Set<string>();
  for (const q of context.getQuads()) {
    terms.add(q.predicate.value);
    if (q.predicate.value === RDF_TYPE && q.object.termType === 'NamedNode') terms.add(q.object.value);
  }
  return [...terms];
}

export function mountQueryView(host: HTMLElement, context: ExplorerContext): void {
  let vocabulary: string[] | undefined;
  const toolbar = createQueryToolbar((example) => {
    editor.setText(example.sparql);
    run();
  });
  const remote = createRemoteControls(
    context,
    () => toolbar.timeoutMs(),
    () => output.refresh(),
  );
  const output = createQueryOutput(host, context, () =>
    remote.source() ? (iri: string) => void remote.expand(iri) : null,
  );
  const library = createLibraryView(
    localLibraryStore(),
    () => editor.getText(),
    (text, what) => {
      editor.setText(text);
      output.setStatus(`Loaded ${what} into the editor: Run (Ctrl+Enter) to see its answers.`);
    },
  );
  const link = bindQueryLink(context.urlParam('q'), {
    setText: (text) => editor.setText(text),
    showRecent: (text) => execution.showRecent(text),
    say: (text) => output.setStatus(text),
  });
  const prefixNote = createPrefixNote();
  const editorHost = h('div', { class: 'okg-qp-editor' });
  host.append(
    h('div', { class: 'okg-qp' }, [
      h('h2', { class: 'okg-paths-title', text: 'Ask in SPARQL' }),
      h('p', {
        class: 'okg-paths-lead',
        text: 'Pick an example question or write your own query; Run (or Ctrl+Enter) shows the answers in a table and lights them up on the graph.',
      }),
      toolbar.element,
      remote.element,
      editorHost,
      prefixNote.element,
      library.element,
      ...output.elements,
    ]),
  );
  const editor = createSparqlEditor(editorHost, {
    initialText: link.initial ?? DEFAULT_QUERY,
    onRun: () => run(),
    vocabulary: () => (vocabulary ??= vocabularyOf(context)),
    onChange: (text) => prefixNote.update(text),
  });
  prefixNote.update(editor.getText());
  if (link.initial !== null) output.setStatus(FROM_LINK);
  const execution = createQueryExecution({
    host,
    context,
    remote,
    toolbar,
    output,
    markError: (error) => editor.markError(error),
  });
  function run(): void {
    const text = editor.getText();
    library.recordRun(text);
    link.ran(text);
    void execution.run(text);
  }

  context.onChange((kind) => {
    if (kind !== 'data') return;
    execution.dataChanged();
    vocabulary = undefined;
    // Nodes may have arrived (an import, an expansion): the table's labels and links follow.
    output.refresh();
  });
  toolbar.runButton.addEventListener('click', run);
  toolbar.cancelButton.addEventListener('click', () => execution.cancel());
  toolbar.clearButton.addEventListener('click', () => output.clearHighlight());
  host.dataset.queryPanel = 'ready';
}
