// The Layout menu: ForceAtlas2's main parameters, run/stop, and unpinning the nodes the user dragged into place.
import { LAYOUT_PARAM_RANGE, parseLayoutNumber, type LayoutParams } from '../view/layout-params';
import { h } from './dom';
import { toolMenu } from './tool-menu';

export interface LayoutMenuActions {
  toggleLayout(): void;
  setLayoutParams(params: LayoutParams): void;
  unpinAll(): void;
  /** The menu opens: it is shown the parameters and pins of the graph drawn now (a load may have changed both). */
  layoutMenuOpened(): void;
}

function numberInput(id: string, key: keyof typeof LAYOUT_PARAM_RANGE, label: string, hint: string) {
  const { min, max } = LAYOUT_PARAM_RANGE[key];
  const input = h('input', {
    attrs: { id, type: 'number', min: String(min), max: String(max), step: 'any', placeholder: 'auto', title: hint },
  });
  return { input, row: h('div', { class: 'menu-row' }, [h('label', { attrs: { for: id }, text: label }), input]) };
}

function checkbox(id: string, label: string, hint: string) {
  const input = h('input', { attrs: { id, type: 'checkbox', title: hint } });
  return {
    input,
    row: h('div', { class: 'menu-row check' }, [input, h('label', { attrs: { for: id }, text: label })]),
  };
}

export function createLayoutMenu(actions: LayoutMenuActions) {
  const gravity = numberInput(
    'fa2-gravity',
    'gravity',
    'Gravity',
    'Pull towards the centre (empty: chosen for the graph)',
  );
  const scaling = numberInput(
    'fa2-scaling',
    'scalingRatio',
    'Scaling',
    'Repulsion between nodes: more spreads the graph (empty: chosen for the graph)',
  );
  const linLog = checkbox('fa2-linlog', 'LinLog (tighter clusters)', 'LinLog mode: tighter clusters, further apart');
  const strong = checkbox('fa2-strong', 'Strong gravity', 'Gravity grows with distance: no node drifts away');
  const read = (): LayoutParams => ({
    gravity: parseLayoutNumber(gravity.input.value, 'gravity'),
    scalingRatio: parseLayoutNumber(scaling.input.value, 'scalingRatio'),
    linLogMode: linLog.input.checked,
    strongGravityMode: strong.input.checked,
  });
  for (const input of [gravity.input, scaling.input, linLog.input, strong.input])
    input.addEventListener('change', () => actions.setLayoutParams(read()));
  const run = h('button', {
    class: 'small-button',
    attrs: { type: 'button' },
    text: 'Run',
    on: { click: () => actions.toggleLayout() },
  });
  const unpin = h('button', {
    class: 'small-button',
    attrs: { type: 'button' },
    text: 'Unpin all',
    on: { click: () => actions.unpinAll() },
  });
  const note = h('p', { class: 'menu-note', text: 'Drag a node to pin it; right-click it to unpin.' });
  const rows = [
    gravity.row,
    scaling.row,
    linLog.row,
    strong.row,
    h('div', { class: 'menu-row buttons' }, [run, unpin]),
    note,
  ];
  const menu = toolMenu('Layout', 'layout-menu', rows, () => actions.layoutMenuOpened());
  return {
    menu,
    setRunning(running: boolean) {
      run.textContent = running ? 'Stop' : 'Run';
    },
    /** `params`: the values in force (the graph's inferred ones where the user set none). */
    set(params: LayoutParams, pinned: number) {
      gravity.input.value = params.gravity === undefined ? '' : String(params.gravity);
      scaling.input.value = params.scalingRatio === undefined ? '' : String(params.scalingRatio);
      linLog.input.checked = params.linLogMode === true;
      strong.input.checked = params.strongGravityMode === true;
      unpin.textContent = `Unpin all (${pinned})`;
      unpin.disabled = pinned === 0;
    },
  };
}
