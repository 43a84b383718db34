// What the Read panel shows and marks: the chosen document, the sentences of the selected node or statement.
import type { ExplorerContext } from '../../context';
import { h } from '../../ui/dom';
import { markMentions, markSentences, renderDocument } from './document-view';
import { locateQuote } from '../../core/data/provenance';
import { DCT_IS_PART_OF, OKG_QUOTE } from '../../../rdf/vocab';
import { sentencesOfNode, sentencesOfSpan, sentencesOfStatement } from './reader-find';
import { buildReaderModel, type ReaderModel } from './reader-model';
import type { StatementsBox } from './statements-box';

export class ReaderController {
  private model: ReaderModel | null = null;
  documentIri: string | null = null;

  constructor(
    private readonly context: ExplorerContext,
    private readonly doc: HTMLElement,
    private readonly box: StatementsBox,
    private readonly label: (iri: string) => string,
  ) {}

  /** Renders the current document (or says there is none) and marks what the graph has chosen. */
  render(): void {
    this.model = null;
    if (!this.documentIri) {
      this.doc.replaceChildren(h('p', { text: 'No source document with a text in the data.' }));
      return;
    }
    const text = this.context.sourceText(this.documentIri);
    if (text === undefined) return;
    const graph = this.context.getGraph();
    this.model = buildReaderModel(this.context.getQuads(), this.documentIri, text, (iri) => graph.hasNode(iri));
    renderDocument(this.doc, this.model, this.label);
    this.markSelection(false);
    this.markStatement(false);
  }

  /** The statements of sentence `index` in the box, the sentence marked; null clears both. */
  showSentence(index: number | null): void {
    const sentence = index === null ? null : (this.model?.sentences[index] ?? null);
    markSentences(this.doc, sentence ? [sentence.index] : [], 'rd-focus');
    this.box.show(sentence);
  }

  /** The selected node's sentences marked (scrolled to the first), its mentions too. */
  markSelection(scroll: boolean): void {
    const key = this.context.getSelectedNode();
    const first = markSentences(this.doc, key && this.model ? sentencesOfNode(this.model, key) : [], 'rd-current');
    markMentions(this.doc, key);
    if (scroll) this.scrollTo(first);
  }

  /** A statement chosen on the graph (an edge): its sentences marked, the first scrolled to, its statements listed. */
  markStatement(scroll: boolean): void {
    const key = this.context.getHighlight()?.statement;
    const graph = this.context.getGraph();
    if (!key || !this.model || !graph.hasEdge(key)) return;
    const [subject, object] = graph.extremities(key);
    const indices = sentencesOfStatement(this.model, {
      subject,
      predicate: graph.getEdgeAttribute(key, 'predicate'),
      object,
    });
    const first = markSentences(this.doc, indices, 'rd-current');
    if (indices[0] !== undefined) this.box.show(this.model.sentences[indices[0]] ?? null);
    if (scroll) this.scrollTo(first);
  }

  /**
   * "Show in source": the passage's document rendered, the sentences of its quote marked and scrolled to, and the
   * keyboard focus in the document. Returns false when the passage has no document text or its quote is not in it.
   */
  showPassage(passageIri: string): boolean {
    const quads = this.context.getQuads();
    const documentIri = quads.find((q) => q.subject.value === passageIri && q.predicate.value === DCT_IS_PART_OF)
      ?.object.value;
    const quote = quads.find((q) => q.subject.value === passageIri && q.predicate.value === OKG_QUOTE)?.object.value;
    if (!documentIri || quote === undefined || this.context.sourceText(documentIri) === undefined) return false;
    if (documentIri !== this.documentIri) {
      this.documentIri = documentIri;
      this.render();
    }
    const at = this.model && locateQuote(this.model.text, quote);
    const first = markSentences(this.doc, at && this.model ? sentencesOfSpan(this.model, at) : [], 'rd-passage');
    this.scrollTo(first);
    this.doc.focus({ preventScroll: true });
    return first !== null;
  }

  private scrollTo(el: HTMLElement | null): void {
    // Only while the panel shows: scrolling a hidden panel would move the page instead
    if (el && this.doc.offsetParent !== null) el.scrollIntoView({ block: 'center' });
  }
}
