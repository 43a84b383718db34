// The source viewer: a non-modal dialog with the document text, the passage marked and scrolled into view;
// it takes the keyboard focus while open, Esc closes it, and focus returns to what opened it.
import { locateQuote } from '../core/data/provenance';
import { clear, h } from './dom';

export interface SourceViewer {
  element: HTMLDialogElement;
  show(title: string, text: string, quote: string): boolean;
  close(): void;
}

/** A stretch of the source text and how it shows: markdown delimiters stay in the DOM (verbatim) but are not drawn. */
export interface SourceRun {
  text: string;
  style: 'plain' | 'markup' | 'em' | 'strong' | 'sup';
}

/**
 * `<sup>x</sup>`; `*x*` / `**x**` / `***x***` around text that does not start or end with a space, within a
 * paragraph (line breaks, no blank line); a `#`–`######` heading marker at the start of a line.
 */
const SUP = /<sup>([^<\n]*)<\/sup>/gi;
const MARKUP = /<sup>([^<\n]*)<\/sup>|(\*{1,3})(?=[^\s*])((?:[^*\n]|\n(?!\s*\n))*?[^\s*])\2|^(#{1,6} )([^\n]*)/gim;

/** The source as runs whose texts concatenate to it exactly (pure: the mark offsets stay valid). */
export function sourceRuns(text: string): SourceRun[] {
  const runs: SourceRun[] = [];
  const push = (t: string, style: SourceRun['style']): void => {
    if (t !== '') runs.push({ text: t, style });
  };
  // Emphasis may hold a footnote mark (`**… MIGRATION<sup>1</sup>**`): its tags are markup too.
  const pushEmphasis = (t: string, style: 'em' | 'strong'): void => {
    let from = 0;
    for (const m of t.matchAll(SUP)) {
      push(t.slice(from, m.index), style);
      push(m[0].slice(0, 5), 'markup');
      push(m[1], 'sup');
      push(m[0].slice(-6), 'markup');
      from = m.index + m[0].length;
    }
    push(t.slice(from), style);
  };
  let at = 0;
  for (const m of text.matchAll(MARKUP)) {
    push(text.slice(at, m.index), 'plain');
    if (m[1] !== undefined) {
      // The tags as written (case kept), so that the runs still add up to the text.
      push(m[0].slice(0, 5), 'markup');
      push(m[1], 'sup');
      push(m[0].slice(-6), 'markup');
    } else if (m[2] !== undefined) {
      push(m[2], 'markup');
      pushEmphasis(m[3], m[2].length === 1 ? 'em' : 'strong');
      push(m[2], 'markup');
    } else {
      push(m[4], 'markup');
      pushEmphasis(m[5], 'strong');
    }
    at = m.index + m[0].length;
  }
  push(text.slice(at), 'plain');
  return runs;
}

function runNode(text: string, style: SourceRun['style']): Node {
  if (style === 'plain') return document.createTextNode(text);
  const tag = style === 'markup' ? 'span' : style;
  return h(tag, { class: style === 'markup' ? 'source-markup' : undefined, text });
}

/** The text with markup drawn as italics and superscripts, and the located passage inside one <mark>. */
function renderSource(body: HTMLElement, text: string, at: { start: number; end: number } | null): HTMLElement | null {
  const mark = at ? h('mark') : null;
  let placed = false;
  let offset = 0;
  for (const run of sourceRuns(text)) {
    const end = offset + run.text.length;
    // Split the run where the mark starts and ends; the middle piece goes inside the mark.
    const cuts = [offset, ...(at ? [at.start, at.end].filter((c) => c > offset && c < end) : []), end];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const piece = runNode(text.slice(cuts[i], cuts[i + 1]), run.style);
      const inside = mark !== null && at !== null && cuts[i] >= at.start && cuts[i + 1] <= at.end;
      if (inside) {
        if (!placed) body.append(mark);
        placed = true;
        mark.append(piece);
      } else body.append(piece);
    }
    offset = end;
  }
  return mark;
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
      const mark = renderSource(body, text, at);
      status.textContent = at ? '' : 'The quote was not found verbatim in this document.';
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
