// The box above the document that lists the statements a sentence supports (hover, focus or a chosen statement).
import { localName } from '../../../kg/labels';
import { clear, h } from '../../ui/dom';
import { statementLine } from './reader-find';
import type { ReaderSentence } from './reader-model';

/** More would push the document off the panel; the box scrolls up to this many. */
const MAX_LISTED = 30;

export interface StatementsBox {
  element: HTMLElement;
  show(sentence: ReaderSentence | null): void;
}

export function createStatementsBox(label: (iri: string) => string): StatementsBox {
  // Focusable: it scrolls when a sentence supports many statements
  const element = h('section', {
    class: 'reader-statements',
    attrs: { 'aria-label': 'Statements of the sentence', 'aria-live': 'polite', tabindex: '0' },
  });
  return {
    element,
    show(sentence) {
      clear(element);
      if (!sentence) return;
      const count = sentence.statements.length;
      if (count === 0) {
        element.append(h('p', { text: 'This sentence supports no statement of the graph.' }));
        return;
      }
      element.append(
        h('h3', { text: `This sentence supports ${count} statement${count === 1 ? '' : 's'}` }),
        h(
          'ul',
          {},
          sentence.statements.slice(0, MAX_LISTED).map((s) => h('li', { text: statementLine(s, label, localName) })),
        ),
      );
    },
  };
}
