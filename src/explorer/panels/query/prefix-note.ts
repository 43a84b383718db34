// The note under the editor naming the known prefixes the query uses without declaring them (added when it runs).
import { h } from '../../ui/dom';
import { PREFIXES } from '../../../rdf/vocab';
import { implicitPrefixes } from './implicit-prefixes';

export interface PrefixNote {
  element: HTMLElement;
  update(text: string): void;
}

export function createPrefixNote(known: Readonly<Record<string, string>> = PREFIXES): PrefixNote {
  const element = h('p', { class: 'okg-qp-prefixes', attrs: { hidden: '' } });
  let shown = '';
  return {
    element,
    update(text) {
      const names = implicitPrefixes(text, known);
      const key = names.join(' ');
      if (key === shown) return;
      shown = key;
      element.hidden = names.length === 0;
      const codes = names.map((name) => h('code', { attrs: { title: known[name] }, text: `${name}:` }));
      element.replaceChildren(
        'Implicit prefixes, declared when the query runs: ',
        ...codes.flatMap((code, i) => (i ? [', ', code] : [code])),
      );
    },
  };
}
