// What stands out on the graph: the hovered node, the highlight (query results, paths) and the selection, with the
// highlight's caption.
import type { Domain, Store } from '../core/store';
import { computeEmphasis } from '../view/emphasis';
import type { GraphView } from '../view/sigma-view';
import type { CurrentData } from './current-data';

export interface EmphasisTargets {
  view: Pick<GraphView, 'setEmphasis' | 'setSelected'>;
  /** The caption over the graph (a highlight's "12 results"), hidden while a node is hovered. */
  caption: { hidden: boolean; textContent: string | null };
}

export class EmphasisController {
  private hovered: string | null = null;

  constructor(
    private readonly store: Store,
    private readonly data: Pick<CurrentData, 'graph'>,
    private readonly targets: EmphasisTargets,
  ) {}

  hover(key: string | null): void {
    this.hovered = key;
    this.apply();
  }

  /** Pushes the selection and the emphasis to sigma. */
  sync(): void {
    this.apply();
    this.targets.view.setSelected(this.store.get().selection.node);
  }

  onStoreChange(domain: Domain): void {
    if (domain !== 'selection') return;
    this.targets.view.setSelected(this.store.get().selection.node);
    this.apply();
  }

  private apply(): void {
    const { selection } = this.store.get();
    const emphasis = computeEmphasis(this.data.graph, {
      hovered: this.hovered,
      highlight: selection.highlight,
      selected: selection.node,
    });
    this.targets.view.setEmphasis(emphasis, this.hovered !== null);
    const caption = this.hovered === null ? selection.highlight?.caption : undefined;
    this.targets.caption.hidden = !caption;
    this.targets.caption.textContent = caption ?? '';
  }
}
