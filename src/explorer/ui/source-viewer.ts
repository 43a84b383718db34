// The source viewer: a non-modal dialog with the document text, the passage marked and scrolled into view;
// it takes the keyboard focus while open, Esc closes it, and focus returns to what opened it.
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
    // A div, not a header: a header outside sectioning content is a second banner landmark.
    h('div', { class: 'source-head' }, [title, closeButton]),
    status,
    body,
  ]);
  let opener: HTMLElement | null = null;
  closeButton.addEventListener('click', () => element.close());
  element.addEventListener('close', () => {
    // Back to the "Show in source" button that opened it, if it is still on the page.
    if (opener?.isConnected && (document.activeElement === document.body || element.contains(document.activeElement))) opener.focus();
    opener = null;
  });
  // Capture phase: the viewer sits on top of everything, so Esc closes it before anything under it reacts.
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !element.open || e.defaultPrevented) return;
    e.preventDefault();
    e.stopPropagation();
    element.close();
  }, true);
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
      if (!element.open) {
        const active = document.activeElement;
        opener = active instanceof HTMLElement && active !== document.body ? active : null;
        element.show();
      }
      mark?.scrollIntoView({ block: 'center' });
      body.focus({ preventScroll: true });
      return at !== null;
    },
    close() {
      if (element.open) element.close();
    },
  };
}
