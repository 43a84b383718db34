// The document part of the Read panel: the marked-up text, and sentences marked for what the graph has chosen.
import { clear, h } from '../../ui/dom';
import { insertMarkers } from './markers';
import type { ReaderModel } from './reader-model';
import { renderMarkedDocument } from './render';

/**
 * Classes of a sentence's spans: hovered or focused, pointed at by the graph's choice, a passage "Show in source"
 * opened.
 */
export type SentenceMark = 'rd-focus' | 'rd-current' | 'rd-passage';

/** Renders the model into `doc`: sentences classed by whether they support a statement, mentions as buttons. */
export function renderDocument(doc: HTMLElement, model: ReaderModel, label: (iri: string) => string): void {
  clear(doc);
  doc.append(
    renderMarkedDocument(insertMarkers(model), {
      sentenceClass: (i) => `rd-s ${model.sentences[i]?.statements.length ? 'rd-supported' : 'rd-unsupported'}`,
      mention: (i, piece) => {
        const iri = model.mentions[i]?.iri ?? '';
        return h('button', {
          class: 'rd-m',
          attrs: { type: 'button', 'data-iri': iri, title: label(iri) },
          text: piece,
        });
      },
    }),
  );
}

/** Marks the sentences `indices` (only those) with `mark`; returns the first one's first span, for scrolling. */
export function markSentences(doc: HTMLElement, indices: readonly number[], mark: SentenceMark): HTMLElement | null {
  for (const el of doc.querySelectorAll(`.${mark}`)) el.classList.remove(mark);
  let first: HTMLElement | null = null;
  for (const index of indices) {
    for (const el of doc.querySelectorAll<HTMLElement>(`[data-s="${index}"]`)) {
      el.classList.add(mark);
      first ??= el;
    }
  }
  return first;
}

/** Marks the mentions of `key` as selected. */
export function markMentions(doc: HTMLElement, key: string | null): void {
  for (const el of doc.querySelectorAll<HTMLElement>('.rd-m'))
    el.classList.toggle('rd-selected', key !== null && el.dataset.iri === key);
}

/** The sentence index of an event's target, if it is inside a sentence. */
export function sentenceOf(target: EventTarget | null): number | null {
  const el = target instanceof Element ? target.closest<HTMLElement>('[data-s]') : null;
  return el ? Number(el.dataset.s) : null;
}
