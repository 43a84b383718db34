// The source viewer: a non-modal dialog with the document text, the passage marked and scrolled into view.
import { locateQuote } from '../core/data/provenance';
import { clear, h } from './dom';

export interface SourceViewer {
  element: HTMLDialogElement;
  show(title: string, text: string, quote: string): boolean;
  close(): void;
}

export function createSourceViewer(): SourceViewer {
  const title = h('h2', { class: 'source-title', attrs: { id: 'source-title' } });
  const body = h('pre', { class: 'source-text', attrs: { tabindex: '0' } });
  const closeButton = h('button', { class: 'small-button', attrs: { type: 'button', 'aria-label': 'Close source' }, text: 'Close' });
  const status = h('p', { class: 'source-status', attrs: { role: 'status' } });
  const element = h('dialog', { class: 'source-viewer', attrs: { 'aria-label': 'Source' } }, [
    h('header', {}, [title, closeButton]),
    status,
    body,
  ]);
  closeButton.addEventListener('click', () => element.close());
  return {
    element,
    show(docTitle, text, quote) {
      clear(body);
      title.textContent = docTitle;
      const at = locateQuote(text, quote);
      let mark: HTMLElement | null = null;
      if (at) {
        mark = h('mark', { text: text.slice(at.start, at.end) });
        body.append(text.slice(0, at.start), mark, text.slice(at.end));
        status.textContent = '';
      } else {
        body.append(text);
        status.textContent = 'The quote was not found verbatim in this document.';
      }
      if (!element.open) element.show();
      mark?.scrollIntoView({ block: 'center' });
      return at !== null;
    },
    close() {
      if (element.open) element.close();
    },
  };
}
