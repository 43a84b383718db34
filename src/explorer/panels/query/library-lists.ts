// The lists of saved and recent queries (DOM): names and texts are set as text, so markup in them stays text.
import { h } from '../../ui/dom';
import { querySummary, type HistoryEntry, type SavedQuery } from './query-library';

export interface ListActions {
  load(text: string, what: string): void;
  remove(name: string): void;
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function when(ms: number): string {
  return ms > 0 ? timeFormat.format(ms) : '';
}

export function savedList(saved: readonly SavedQuery[], actions: ListActions): HTMLElement {
  if (saved.length === 0)
    return h('p', { class: 'okg-qp-empty', text: 'No saved queries yet: name the query in the editor and save it.' });
  return h(
    'ul',
    { class: 'okg-qp-list', attrs: { 'aria-label': 'Saved queries' } },
    saved.map((query) =>
      h('li', {}, [
        h('button', {
          class: 'okg-link okg-qp-entry',
          attrs: { type: 'button', title: `Load into the editor:\n${query.text}` },
          text: query.name,
          on: { click: () => actions.load(query.text, `the saved query “${query.name}”`) },
        }),
        h('span', { class: 'okg-qp-summary', text: querySummary(query.text, 60) }),
        h('button', {
          class: 'okg-qp-delete',
          attrs: { type: 'button', 'aria-label': `Delete saved query ${query.name}`, title: 'Delete' },
          text: '×',
          on: { click: () => actions.remove(query.name) },
        }),
      ]),
    ),
  );
}

export function historyList(history: readonly HistoryEntry[], actions: ListActions): HTMLElement {
  if (history.length === 0) return h('p', { class: 'okg-qp-empty', text: 'Queries you run are listed here.' });
  return h(
    'ol',
    { class: 'okg-qp-list', attrs: { 'aria-label': 'Recent queries' } },
    history.map((entry) =>
      h('li', {}, [
        h('button', {
          class: 'okg-link okg-qp-entry',
          attrs: { type: 'button', title: `Load into the editor:\n${entry.text}` },
          text: querySummary(entry.text),
          on: { click: () => actions.load(entry.text, 'a query from the history') },
        }),
        h('time', {
          class: 'okg-qp-when',
          attrs: entry.ranAt > 0 ? { datetime: new Date(entry.ranAt).toISOString() } : {},
          text: when(entry.ranAt),
        }),
      ]),
    ),
  );
}
