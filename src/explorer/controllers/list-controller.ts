// The List tab: the visible entities and relations, rebuilt only while its tab shows (a hidden List is rebuilt when
// next opened).
import { whenTabShown } from '../shell';
import { h } from '../ui/dom';
import type { RelationRow } from '../ui/list-rows';
import { createListView, type ListState } from '../ui/list-view';
import type { Tabs } from '../ui/tabs';

export interface ListSource {
  /** What the List shows now: the graph, what is visible, the selection and the lit-up edges. */
  state(): ListState;
  /** A row chosen: the node is selected and framed. */
  choose(key: string): void;
  /** A relation row chosen: its edge and both ends light up. */
  highlightEdge(row: RelationRow): void;
}

/** Adds the List tab; returns the function that refreshes its rows. */
export function addListTab(tabs: Tabs, source: ListSource): () => void {
  const list = createListView({
    select: (key) => source.choose(key),
    highlightEdge: (row) => source.highlightEdge(row),
  });
  tabs.add('list', 'List', {
    content: h('section', { class: 'panel-region', attrs: { 'aria-label': 'List' } }, [list.element]),
  });
  return whenTabShown(tabs, 'list', () => list.update(source.state()));
}
