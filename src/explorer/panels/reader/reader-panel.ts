// The Read panel: a source document rendered with its mentions linked to the graph and its sentences to their statements.
import { localName } from '../../../kg/labels';
import { RDFS_LABEL } from '../../../rdf/vocab';
import type { ExplorerContext } from '../../context';
import { clear, h } from '../../ui/dom';
import { insertMarkers } from './markers';
import { buildReaderModel, readableDocuments, type ReaderModel, type ReaderStatement } from './reader-model';
import { renderMarkedDocument } from './render';
import { createReviewSection } from './review-section';
import './reader-panel.css';

export function mountReaderPanel(host: HTMLElement, context: ExplorerContext): void {
  host.classList.add('reader-panel');
  const picker = h('select', { attrs: { 'aria-label': 'Source document' } });
  const legend = h('p', { class: 'reader-legend' }, [
    'Names of entities are links: choose one to select it on the graph. Hover or focus a sentence to see the statements it supports; ',
    h('span', { class: 'rd-s rd-unsupported', text: 'sentences the graph says nothing about look like this' }), '.',
  ]);
  // Focusable: it scrolls when a sentence supports many statements
  const statements = h('section', { class: 'reader-statements', attrs: { 'aria-label': 'Statements of the sentence', 'aria-live': 'polite', tabindex: '0' } });
  const doc = h('article', { class: 'reader-doc', attrs: { 'aria-label': 'Document text', tabindex: '0' } });

  let model: ReaderModel | null = null;
  let documentIri: string | null = null;

  const label = (iri: string): string => {
    const graph = context.getGraph();
    if (graph.hasNode(iri)) return graph.getNodeAttribute(iri, 'label');
    const q = context.getQuads().find((x) => x.subject.value === iri && x.predicate.value === RDFS_LABEL);
    return q?.object.value ?? localName(iri);
  };
  const review = createReviewSection(context, label);
  host.append(review.element, h('div', { class: 'reader-tools' }, [picker]), legend, statements, doc);
  const statementText = (s: ReaderStatement) => `${label(s.subject)} — ${localName(s.predicate)} — ${s.literal !== undefined ? `“${s.literal}”` : label(s.object)}`;

  const showStatements = (index: number | null) => {
    for (const el of doc.querySelectorAll('.rd-focus')) el.classList.remove('rd-focus');
    clear(statements);
    if (index === null || !model) return;
    for (const el of doc.querySelectorAll(`[data-s="${index}"]`)) el.classList.add('rd-focus');
    const sentence = model.sentences[index];
    if (sentence.statements.length === 0) {
      statements.append(h('p', { text: 'This sentence supports no statement of the graph.' }));
      return;
    }
    statements.append(
      h('h3', { text: `This sentence supports ${sentence.statements.length} statement${sentence.statements.length === 1 ? '' : 's'}` }),
      h('ul', {}, sentence.statements.slice(0, 30).map((s) => h('li', { text: statementText(s) }))),
    );
  };

  const markSelection = (scroll: boolean) => {
    for (const el of doc.querySelectorAll('.rd-current')) el.classList.remove('rd-current');
    for (const el of doc.querySelectorAll('.rd-selected')) el.classList.remove('rd-selected');
    const key = context.getSelectedNode();
    if (!key || !model) return;
    const hits = model.sentences.filter((s) => s.entities.has(key)).map((s) => s.index);
    let first: Element | null = null;
    for (const index of hits) {
      for (const el of doc.querySelectorAll(`[data-s="${index}"]`)) {
        el.classList.add('rd-current');
        first ??= el;
      }
    }
    for (const el of doc.querySelectorAll('.rd-m')) if ((el as HTMLElement).dataset.iri === key) el.classList.add('rd-selected');
    if (scroll && first && host.offsetParent !== null) first.scrollIntoView({ block: 'center' });
  };

  const render = () => {
    clear(doc);
    model = null;
    if (!documentIri) {
      doc.append(h('p', { text: 'No source document with a text in the data.' }));
      return;
    }
    const text = context.sourceText(documentIri);
    if (text === undefined) return;
    const graph = context.getGraph();
    model = buildReaderModel(context.getQuads(), documentIri, text, (iri) => graph.hasNode(iri));
    const current = model;
    doc.append(renderMarkedDocument(insertMarkers(current), {
      sentenceClass: (i) => `rd-s ${current.sentences[i]?.statements.length ? 'rd-supported' : 'rd-unsupported'}`,
      mention: (i, piece) => {
        const iri = current.mentions[i].iri;
        return h('button', { class: 'rd-m', attrs: { type: 'button', 'data-iri': iri, title: label(iri) }, text: piece });
      },
    }));
    markSelection(false);
  };

  const refreshDocuments = () => {
    review.refresh();
    const docs = readableDocuments(context.getQuads(), (iri) => context.sourceText(iri) !== undefined);
    clear(picker);
    for (const iri of docs) picker.append(h('option', { attrs: { value: iri }, text: label(iri) }));
    documentIri = docs.includes(documentIri ?? '') ? documentIri : docs[0] ?? null;
    if (documentIri) picker.value = documentIri;
    render();
  };

  picker.addEventListener('change', () => {
    documentIri = picker.value;
    render();
  });
  doc.addEventListener('click', (e) => {
    const mention = (e.target as Element).closest('.rd-m') as HTMLElement | null;
    if (mention?.dataset.iri) context.selectNode(mention.dataset.iri);
  });
  const sentenceOf = (target: EventTarget | null) => {
    const el = target instanceof Element ? (target.closest('[data-s]') as HTMLElement | null) : null;
    return el ? Number(el.dataset.s) : null;
  };
  doc.addEventListener('mouseover', (e) => {
    const index = sentenceOf(e.target);
    if (index !== null) showStatements(index);
  });
  doc.addEventListener('focusin', (e) => showStatements(sentenceOf(e.target)));
  context.onChange((kind) => {
    if (kind === 'data') refreshDocuments();
    else if (kind === 'selection') markSelection(true);
  });
  refreshDocuments();
}
