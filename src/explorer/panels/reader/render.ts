// Renders a marked-up source document: markdown (marked) sanitized (DOMPurify), footnotes linked, sentences and
// mentions wrapped.
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { decodeId, MENTION_CLOSE, MENTION_OPEN, SENTENCE_CLOSE, SENTENCE_OPEN } from './markers';

const ALLOWED_TAGS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'em',
  'strong',
  'sup',
  'sub',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'blockquote',
  'code',
  'pre',
  'hr',
  'br',
  'a',
  'del',
  'span',
];
const MARKER = /([\uE000\uE003])([\uE010-\uE01F]+)\uE001|([\uE002\uE004])/g;

export interface RenderHooks {
  /** Class names of a sentence's spans (e.g. whether it supports a statement). */
  sentenceClass(index: number): string;
  /** The mention's element (a button that selects its entity). */
  mention(index: number, text: string): HTMLElement;
}

/** Markdown with markers -> a safe fragment; raw HTML in the document is limited to harmless tags, links to http(s). */
export function renderMarkedDocument(markdown: string, hooks: RenderHooks): DocumentFragment {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const fragment = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title', 'align', 'start'],
    ALLOWED_URI_REGEXP: /^https?:/i,
    RETURN_DOM_FRAGMENT: true,
  });
  for (const a of fragment.querySelectorAll('a[href]')) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  linkFootnotes(fragment);
  wrapMarkers(fragment, hooks);
  return fragment;
}

/**
 * Footnotes written as `<sup>n</sup>`: one that opens a paragraph is the note, the others point to it. A mark
 * points to the next note of its number (documents restart their numbering), and the note links back.
 */
function linkFootnotes(root: DocumentFragment): void {
  const sups = [...root.querySelectorAll('sup')];
  const isNote = (sup: Element) => {
    const p = sup.parentElement;
    if (!p || p.tagName !== 'P') return false;
    for (let node = p.firstChild; node && node !== sup; node = node.nextSibling) {
      if (node.nodeType !== Node.TEXT_NODE || (node.textContent ?? '').replace(MARKER, '').trim() !== '') return false;
    }
    return true;
  };
  let noteCount = 0;
  const notes = sups.filter(isNote).map((sup) => {
    const id = `reader-fn-${++noteCount}`;
    sup.parentElement?.setAttribute('id', id);
    sup.parentElement?.classList.add('reader-footnote');
    return { sup, id, number: sup.textContent.replace(MARKER, '').trim() };
  });
  let refCount = 0;
  for (const sup of sups) {
    if (notes.some((n) => n.sup === sup)) continue;
    const number = sup.textContent.replace(MARKER, '').trim();
    const note = notes.find(
      (n) => n.number === number && sup.compareDocumentPosition(n.sup) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    if (!note) continue;
    const refId = `reader-fnref-${++refCount}`;
    const link = document.createElement('a');
    link.href = `#${note.id}`;
    link.id = refId;
    link.className = 'reader-fnref';
    link.setAttribute('aria-label', `footnote ${number}`);
    while (sup.firstChild) link.append(sup.firstChild);
    sup.append(link);
    if (!note.sup.querySelector('a')) {
      const back = document.createElement('a');
      back.href = `#${refId}`;
      back.className = 'reader-fnback';
      back.setAttribute('aria-label', `back to the text of footnote ${number}`);
      while (note.sup.firstChild) back.append(note.sup.firstChild);
      note.sup.append(back);
    }
  }
}

/** Replaces the markers in the text nodes with spans for sentences and elements for mentions. */
function wrapMarkers(root: DocumentFragment, hooks: RenderHooks): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let sentence: number | null = null;
  let mention: number | null = null;
  for (const node of nodes) {
    const text = node.data;
    if (sentence === null && !/[\uE000-\uE01F]/.test(text)) continue;
    const out = document.createDocumentFragment();
    let from = 0;
    const emit = (piece: string) => {
      if (piece === '') return;
      let el: Node = mention !== null ? hooks.mention(mention, piece) : document.createTextNode(piece);
      if (sentence !== null) {
        const span = document.createElement('span');
        span.className = hooks.sentenceClass(sentence);
        span.dataset.s = String(sentence);
        span.append(el);
        el = span;
      }
      out.append(el);
    };
    for (const m of text.matchAll(MARKER)) {
      emit(text.slice(from, m.index));
      if (m[1] === SENTENCE_OPEN) sentence = decodeId(m[2] ?? '');
      else if (m[1] === MENTION_OPEN) mention = decodeId(m[2] ?? '');
      else if (m[3] === SENTENCE_CLOSE) sentence = null;
      else if (m[3] === MENTION_CLOSE) mention = null;
      from = m.index + m[0].length;
    }
    emit(text.slice(from));
    node.replaceWith(out);
  }
}
