// DOM nodes for a quote's display form (see core/data/quote-markup): text nodes and <sup> elements, never innerHTML.
import { quoteSegments } from '../core/data/quote-markup';

export function quoteNodes(raw: string): Node[] {
  return quoteSegments(raw).map((s) => {
    if (!s.sup) return document.createTextNode(s.text);
    const sup = document.createElement('sup');
    sup.textContent = s.text;
    return sup;
  });
}
