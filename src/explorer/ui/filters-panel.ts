// Filters and legend: class checkboxes (colour swatch + count), relation checkboxes, SDG goal, focus on the
// neighbourhood.
import { KIND_LABELS, isEntityKind } from '../../kg/kinds';
import type { FiltersState } from '../core/filters/types';
import { kindColor } from '../core/appearance/colors';
import { predicateLabel } from '../core/appearance/labels';
import { clear, h } from './dom';
import { focusChoices, focusShown, kindsInOrder, summaryText, type Choice } from './filter-options';

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

/** The panel's controls, each built once; setData fills them. */
interface Controls {
  kinds: HTMLFieldSetElement;
  predicates: HTMLFieldSetElement;
  sdg: HTMLSelectElement;
  status: HTMLSelectElement;
  statusRow: HTMLElement;
  focus: HTMLSelectElement;
  focusHint: HTMLElement;
  summary: HTMLElement;
}

function selectRow(id: string, label: string, select: HTMLSelectElement, extra: HTMLElement[] = []): HTMLElement {
  return h('div', { class: 'filter-row' }, [h('label', { attrs: { for: id }, text: label }), select, ...extra]);
}

/** The controls, wired to the actions, and the panel around them. */
function buildControls(actions: FilterActions): { controls: Controls; element: HTMLElement } {
  const select = (id: string, change: (value: string) => void): HTMLSelectElement => {
    const s = h('select', { attrs: { id } });
    s.addEventListener('change', () => change(s.value));
    return s;
  };
  const sdg = select('filter-sdg', (v) => actions.setSdgGoal(v === '' ? null : v));
  const status = select('filter-status', (v) => actions.setStatus(v === '' ? null : v));
  const focus = select('filter-focus', (v) => actions.setFocusHops(Number(v)));
  // Said in words, not only in a tooltip: a greyed-out control with no reason puzzles a new user.
  const focusHint = h('p', { class: 'filter-hint', attrs: { id: 'filter-focus-hint' }, text: 'Select a node first.' });
  focus.setAttribute('aria-describedby', 'filter-focus-hint');
  const controls: Controls = {
    kinds: h('fieldset', { class: 'filter-group' }),
    predicates: h('fieldset', { class: 'filter-group' }),
    sdg,
    status,
    focus,
    focusHint,
    statusRow: selectRow('filter-status', 'Status', status),
    summary: h('p', { class: 'filter-summary', attrs: { role: 'status', 'aria-live': 'polite' } }),
  };
  const reset = h('button', {
    class: 'small-button',
    attrs: { type: 'button' },
    text: 'Show everything',
    on: { click: () => actions.reset() },
  });
  const element = h('section', { class: 'filters', attrs: { 'aria-label': 'Filters' } }, [
    h('h2', { text: 'Filters' }),
    // The reset sits by the count it restores, not below the long list of relations.
    h('div', { class: 'filter-head' }, [controls.summary, reset]),
    controls.kinds,
    selectRow('filter-sdg', 'Serves SDG goal', sdg),
    controls.statusRow,
    selectRow('filter-focus', 'Focus on selection', focus, [focusHint]),
    controls.predicates,
  ]);
  return { controls, element };
}

/** A checkbox row, checked (nothing is hidden when the data changes), telling `toggle` when changed. */
function checkRow(
  id: string,
  data: Record<string, string>,
  label: HTMLElement,
  toggle: (checked: boolean) => void,
): HTMLElement {
  const box = h('input', { attrs: { type: 'checkbox', id, ...data } });
  box.checked = true;
  box.addEventListener('change', () => toggle(box.checked));
  return h('div', { class: 'check' }, [box, label]);
}

function fillKinds(group: HTMLFieldSetElement, kindCounts: ReadonlyMap<string, number>, actions: FilterActions): void {
  clear(group);
  group.appendChild(h('legend', { text: 'Classes' }));
  for (const kind of kindsInOrder(kindCounts)) {
    const id = `filter-kind-${kind}`;
    group.appendChild(
      checkRow(
        id,
        { 'data-kind': kind },
        h('label', { attrs: { for: id } }, [
          h('span', { class: 'swatch', attrs: { style: `background:${kindColor(kind)}`, 'aria-hidden': 'true' } }),
          isEntityKind(kind) ? KIND_LABELS[kind] : kind,
          h('span', { class: 'count', text: ` (${kindCounts.get(kind) ?? 0})` }),
        ]),
        (checked) => actions.setKind(kind, checked),
      ),
    );
  }
}

function fillPredicates(group: HTMLFieldSetElement, data: FilterData, actions: FilterActions): void {
  clear(group);
  group.appendChild(h('legend', { text: 'Relations' }));
  data.predicateCounts.forEach(([predicate, count], i) => {
    const id = `filter-pred-${i}`;
    group.appendChild(
      checkRow(
        id,
        { 'data-predicate': predicate },
        h('label', { attrs: { for: id, title: predicate } }, [
          predicateLabel(predicate, data.predicateLabels),
          h('span', { class: 'count', text: ` (${count})` }),
        ]),
        (checked) => actions.setPredicate(predicate, checked),
      ),
    );
  });
}

function fillSelect(select: HTMLSelectElement, choices: readonly Choice[]): void {
  clear(select);
  for (const { value, text } of choices) select.appendChild(h('option', { attrs: { value }, text }));
}

/** Shows `value` (null: the first option), adding it when the data lacks it (a shared link's goal or status). */
function showValue(select: HTMLSelectElement, value: string | null, text: (value: string) => string): void {
  if (value !== null && ![...select.options].some((o) => o.value === value)) {
    select.appendChild(h('option', { attrs: { value }, text: text(value) }));
  }
  select.value = value ?? '';
}

/** Ticks each checkbox whose `data-<attr>` value is not hidden. */
function tickUnhidden(group: HTMLElement, attr: 'kind' | 'predicate', hidden: readonly string[]): void {
  const off = new Set(hidden);
  group.querySelectorAll<HTMLInputElement>(`input[data-${attr}]`).forEach((box) => {
    box.checked = !off.has(box.dataset[attr] ?? '');
  });
}

export function createFiltersPanel(actions: FilterActions): FiltersPanel {
  const { controls: c, element } = buildControls(actions);
  let maxHops = 3;
  return {
    element,
    setData(data) {
      maxHops = data.maxFocusHops;
      fillKinds(c.kinds, data.kindCounts, actions);
      fillPredicates(c.predicates, data, actions);
      fillSelect(c.sdg, [
        { value: '', text: 'All goals' },
        ...data.goals.map((g) => ({ value: g, text: `Goal ${g}` })),
      ]);
      const statuses = data.statuses ?? [];
      fillSelect(c.status, [{ value: '', text: 'Any status' }, ...statuses.map((v) => ({ value: v, text: v }))]);
      c.statusRow.hidden = statuses.length === 0;
      fillSelect(c.focus, focusChoices(maxHops));
    },
    setState(state, hasSelection) {
      tickUnhidden(c.kinds, 'kind', state.hiddenKinds);
      tickUnhidden(c.predicates, 'predicate', state.hiddenPredicates);
      showValue(c.sdg, state.sdgGoal, (g) => `Goal ${g}`);
      showValue(c.status, state.status, (v) => v);
      c.focus.value = focusShown(state.focusHops, hasSelection, maxHops);
      c.focus.disabled = !hasSelection;
      c.focusHint.hidden = !c.focus.disabled;
    },
    setSummary(visible, total) {
      c.summary.textContent = summaryText(visible, total);
    },
  };
}
