// The Read panel: a source document rendered with its mentions linked to the graph and its sentences to their
// statements.
import { localName } from '../../../kg/labels';
import { RDFS_LABEL } from '../../../rdf/vocab';
import type { ExplorerContext } from '../../context';
import { h } from '../../ui/dom';
import { sentenceOf } from './document-view';
import { ReaderController } from './reader-controller';
import { readableDocuments } from './reader-model';
import { createReviewSection } from './review-section';
import { createStatementsBox } from './statements-box';
import './reader-panel.css';

export function mountReaderPanel(host: HTMLElement, context: ExplorerContext): void {
  host.classList.add('reader-panel');
  const label = labelIn(context);
  const picker = h('select', { attrs: { 'aria-label': 'Source document' } });
  const legend = h('p', { class: 'reader-legend' }, [
    'Names of entities are links: choose one to select it on the graph. Hover or focus a sentence to see the statements it supports; ',
    h('span', { class: 'rd-s rd-unsupported', text: 'sentences the graph says nothing about look like this' }),
    '.',
  ]);
  const box = createStatementsBox(label);
  const doc = h('article', { class: 'reader-doc', attrs: { 'aria-label': 'Document text', tabindex: '0' } });
  const review = createReviewSection(context, label);
  // Its own h2, like every panel: the statements' h3 must not follow the page's h1 (small screens hide the filters).
  const status = h('p', { class: 'reader-status', attrs: { role: 'status' } });
  host.append(
    h('h2', { class: 'reader-title', text: 'Read a source' }),
    review.element,
    h('div', { class: 'reader-tools' }, [picker]),
    legend,
    status,
    box.element,
    doc,
  );
  const reader = new ReaderController(context, doc, box, label);

  const refreshDocuments = () => {
    review.refresh();
    const docs = readableDocuments(context.getQuads(), (iri) => context.sourceText(iri) !== undefined);
    picker.replaceChildren(...docs.map((iri) => h('option', { attrs: { value: iri }, text: label(iri) })));
    reader.documentIri = docs.includes(reader.documentIri ?? '') ? reader.documentIri : (docs[0] ?? null);
    if (reader.documentIri) picker.value = reader.documentIri;
    reader.render();
  };
  // "Show in source" (Details, Paths, Matrix) opens this tab at a passage; asked before the tab was first opened too
  const showRequested = () => {
    const passage = context.shownPassage();
    if (passage === null) return;
    status.textContent = reader.showPassage(passage)
      ? ''
      : 'The quote of this passage was not found verbatim in its document.';
    if (reader.documentIri) picker.value = reader.documentIri;
  };
  picker.addEventListener('change', () => {
    reader.documentIri = picker.value;
    reader.render();
  });
  doc.addEventListener('click', (e) => {
    const mention = e.target instanceof Element ? e.target.closest<HTMLElement>('.rd-m') : null;
    if (mention?.dataset.iri) context.selectNode(mention.dataset.iri);
  });
  doc.addEventListener('mouseover', (e) => {
    const index = sentenceOf(e.target);
    if (index !== null) reader.showSentence(index);
  });
  doc.addEventListener('focusin', (e) => reader.showSentence(sentenceOf(e.target)));
  context.onChange((kind) => {
    if (kind === 'data') refreshDocuments();
    else if (kind === 'selection') reader.markSelection(true);
    else if (kind === 'highlight') reader.markStatement(true);
    else if (kind === 'source') showRequested();
  });
  refreshDocuments();
  showRequested();
}

/** An entity's name: its node's label, else its rdfs:label in the data, else its IRI's local name. */
function labelIn(context: ExplorerContext): (iri: string) => string {
  return (iri) => {
    const graph = context.getGraph();
    if (graph.hasNode(iri)) return graph.getNodeAttribute(iri, 'label');
    const q = context.getQuads().find((x) => x.subject.value === iri && x.predicate.value === RDFS_LABEL);
    return q?.object.value ?? localName(iri);
  };
}
