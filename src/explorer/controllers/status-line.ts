// The status line over the graph: a load's error (stays), or a notice that goes with the next selection.
import type { Store } from '../core/store';

/** The status element's parts that are written (a plain object in unit tests). */
export interface StatusElement {
  hidden: boolean;
  textContent: string | null;
  dataset: DOMStringMap;
  setAttribute(name: string, value: string): void;
}

export class StatusLine {
  constructor(
    private readonly element: StatusElement,
    private readonly store: Store,
  ) {}

  hide(): void {
    this.element.hidden = true;
  }

  /** An error announced to assistive technology (the graph could not be loaded). */
  showError(message: string): void {
    this.element.hidden = false;
    this.element.textContent = message;
    this.element.setAttribute('role', 'alert');
  }

  /** A message that stays until a node is next selected (a link that could not be followed). */
  showNotice(message: string): void {
    this.element.hidden = false;
    this.element.textContent = message;
    this.element.dataset.notice = 'true';
    const unsubscribe = this.store.subscribe((domain) => {
      if (domain !== 'selection' || this.store.get().selection.node === null) return;
      this.element.hidden = true;
      unsubscribe();
    });
  }
}
