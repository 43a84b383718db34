// DOM building without innerHTML: every piece of text goes in through text nodes, so data can never become markup.

export type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  /** Attributes, set with setAttribute (values are never parsed as HTML). */
  attrs?: Record<string, string | undefined>;
  text?: string;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value !== undefined) el.setAttribute(name, value);
  }
  if (props.text !== undefined) el.textContent = props.text;
  for (const [type, handler] of Object.entries(props.on ?? {})) {
    el.addEventListener(type, handler as EventListener);
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** An http(s) URL as a link target, or null: javascript:, data: and friends never become links. */
export function safeHref(iri: string): string | null {
  try {
    const url = new URL(iri);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A link to an external page that opens in a new tab, or plain text when the IRI is not http(s). */
export function externalLink(iri: string, text = iri): HTMLElement {
  const href = safeHref(iri);
  if (href === null) return h('span', { class: 'iri', text });
  return h('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer' }, text });
}

let idCounter = 0;
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}
