// Filters and legend: class checkboxes (colour swatch + count), relation checkboxes, SDG goal, focus on the neighbourhood.
import { ENTITY_KINDS, KIND_LABELS, isEntityKind } from '../../kg/kinds';
import type { FiltersState } from '../core/filters/types';
import { kindColor } from '../core/appearance/colors';
import { predicateLabel } from '../core/appearance/labels';
import { clear, h } from './dom';

export interface FilterActions {
  setKind(kind: string, visible: boolean): void;
  setPredicate(predicate: string, visible: boolean): void;
  setSdgGoal(goal: string | null): void;
  setFocusHops(hops: number): void;
  setStatus(status: string | null): void;
  reset(): void;
}

export interface FilterData {
  kindCounts: Map<string, number>;
  predicateCounts: [string, number][];
  goals: string[];
  maxFocusHops: number;
  /** Status values present (activities: planned, ongoing, completed); the Status row shows only when there are some. */
  statuses?: string[];
  predicateLabels?: ReadonlyMap<string, string>;
}

export interface FiltersPanel {
  element: HTMLElement;
  setData(data: FilterData): void;
  setState(state: FiltersState, hasSelection: boolean): void;
  setSummary(visible: number, total: number): void;
}

export function createFiltersPanel(actions: FilterActions): FiltersPanel {
  const kinds = h('fieldset', { class: 'filter-group' });
  const predicates = h('fieldset', { class: 'filter-group' });
  const sdg = h('select', { attrs: { id: 'filter-sdg' } });
  const focus = h('select', { attrs: { id: 'filter-focus' } });
  const status = h('select', { attrs: { id: 'filter-status' } });
  status.addEventListener('change', () => actions.setStatus(status.value === '' ? null : status.value));
  const statusRow = h('div', { class: 'filter-row' }, [h('label', { attrs: { for: 'filter-status' }, text: 'Status' }), status]);
  const summary = h('p', { class: 'filter-summary', attrs: { role: 'status', 'aria-live': 'polite' } });
  const reset = h('button', { class: 'small-button', attrs: { type: 'button' }, text: 'Show everything', on: { click: () => actions.reset() } });
  sdg.addEventListener('change', () => actions.setSdgGoal(sdg.value === '' ? null : sdg.value));
  focus.addEventListener('change', () => actions.setFocusHops(Number(focus.value)));
  // Said in words, not only in a tooltip: a greyed-out control with no reason puzzles a new user.
  const focusHint = h('p', { class: 'filter-hint', attrs: { id: 'filter-focus-hint' }, text: 'Select a node first.' });
  focus.setAttribute('aria-describedby', 'filter-focus-hint');
  const element = h('section', { class: 'filters', attrs: { 'aria-label': 'Filters' } }, [
    h('h2', { text: 'Filters' }),
    // The reset sits by the count it restores, not below the long list of relations.
    h('div', { class: 'filter-head' }, [summary, reset]),
    kinds,
    h('div', { class: 'filter-row' }, [h('label', { attrs: { for: 'filter-sdg' }, text: 'Serves SDG goal' }), sdg]),
    statusRow,
    h('div', { class: 'filter-row' }, [h('label', { attrs: { for: 'filter-focus' }, text: 'Focus on selection' }), focus, focusHint]),
    predicates,
  ]);
  let maxHops = 3;

  return {
    element,
    setData(data) {
      maxHops = data.maxFocusHops;
      clear(kinds);
      kinds.appendChild(h('legend', { text: 'Classes' }));
      const present = [...ENTITY_KINDS.filter((k) => data.kindCounts.has(k)),
        ...[...data.kindCounts.keys()].filter((k) => !isEntityKind(k)).sort()];
      for (const kind of present) {
        const id = `filter-kind-${kind}`;
        const box = h('input', { attrs: { type: 'checkbox', id, 'data-kind': kind } });
        box.checked = true;
        box.addEventListener('change', () => actions.setKind(kind, box.checked));
        kinds.appendChild(h('div', { class: 'check' }, [
          box,
          h('label', { attrs: { for: id } }, [
            h('span', { class: 'swatch', attrs: { style: `background:${kindColor(kind)}`, 'aria-hidden': 'true' } }),
            isEntityKind(kind) ? KIND_LABELS[kind] : kind,
            h('span', { class: 'count', text: ` (${data.kindCounts.get(kind) ?? 0})` }),
          ]),
        ]));
      }
      clear(predicates);
      predicates.appendChild(h('legend', { text: 'Relations' }));
      data.predicateCounts.forEach(([predicate, count], i) => {
        const id = `filter-pred-${i}`;
        const box = h('input', { attrs: { type: 'checkbox', id, 'data-predicate': predicate } });
        box.checked = true;
        box.addEventListener('change', () => actions.setPredicate(predicate, box.checked));
        predicates.appendChild(h('div', { class: 'check' }, [
          box,
          h('label', { attrs: { for: id, title: predicate } }, [predicateLabel(predicate, data.predicateLabels), h('span', { class: 'count', text: ` (${count})` })]),
        ]));
      });
      clear(sdg);
      sdg.appendChild(h('option', { attrs: { value: '' }, text: 'All goals' }));
      for (const g of data.goals) sdg.appendChild(h('option', { attrs: { value: g }, text: `Goal ${g}` }));
      clear(status);
      status.appendChild(h('option', { attrs: { value: '' }, text: 'Any status' }));
      for (const v of data.statuses ?? []) status.appendChild(h('option', { attrs: { value: v }, text: v }));
      statusRow.hidden = (data.statuses ?? []).length === 0;
      clear(focus);
      focus.appendChild(h('option', { attrs: { value: '0' }, text: 'Off' }));
      for (let n = 1; n <= maxHops; n++) focus.appendChild(h('option', { attrs: { value: String(n) }, text: n === 1 ? '1 hop' : `${n} hops` }));
    },
    setState(state, hasSelection) {
      const hiddenKinds = new Set(state.hiddenKinds);
      kinds.querySelectorAll<HTMLInputElement>('input[data-kind]').forEach((box) => {
        box.checked = !hiddenKinds.has(box.dataset.kind ?? '');
      });
      const hiddenPredicates = new Set(state.hiddenPredicates);
      predicates.querySelectorAll<HTMLInputElement>('input[data-predicate]').forEach((box) => {
        box.checked = !hiddenPredicates.has(box.dataset.predicate ?? '');
      });
      if (state.sdgGoal !== null && ![...sdg.options].some((o) => o.value === state.sdgGoal)) {
        sdg.appendChild(h('option', { attrs: { value: state.sdgGoal }, text: `Goal ${state.sdgGoal}` }));
      }
      sdg.value = state.sdgGoal ?? '';
      if (state.status !== null && ![...status.options].some((o) => o.value === state.status)) {
        status.appendChild(h('option', { attrs: { value: state.status }, text: state.status }));
      }
      status.value = state.status ?? '';
      // Focus needs a selection: without one the control says Off, which is what the graph shows.
      focus.value = String(hasSelection ? Math.min(state.focusHops, maxHops) : 0);
      focus.disabled = !hasSelection;
      focusHint.hidden = !focus.disabled;
    },
    setSummary(visible, total) {
      summary.textContent = visible === total ? `${total} entities` : `${visible} of ${total} entities shown`;
    },
  };
}
