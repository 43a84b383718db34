// The Matrix panel: OSCE bodies × SDG targets or × themes, counted under the current filters; a cell lists its statements.
import type { ExplorerContext } from '../../context';
import { h } from '../../ui/dom';
import { cellHighlight, computeMatrix, type Matrix, type MatrixScope } from './matrix-counts';
import { cellDetails } from './matrix-details';
import { indexQuads, type MatrixIndex } from './matrix-index';
import { matrixGrid, type MatrixOrientation } from './matrix-layout';
import { markPressed, matrixTable, plural } from './matrix-table';
import { CONTRIBUTES_TO, ADDRESSES, MATRIX_VARIANTS, ORGANIZED_BY, type MatrixVariantId } from './matrix-variants';
import './matrix-panel.css';

interface MatrixState {
  variant: MatrixVariantId;
  orientation: MatrixOrientation;
  selected?: { body: string; column: string };
}

/** What the filters leave visible; nodes and edges that are not drawn at all are not filtered out. */
function filterScope(context: ExplorerContext): MatrixScope {
  const graph = context.getGraph();
  const nodes = new Set(context.visibleNodes());
  const edges = new Set(context.visibleEdges());
  return { node: (k) => !graph.hasNode(k) || nodes.has(k), edge: (e) => !graph.hasEdge(e) || edges.has(e) };
}

function summaryText(matrix: Matrix): string {
  const v = matrix.variant;
  const cells = matrix.bodies.reduce((sum, b) => sum + matrix.columns.filter((c) => matrix.count(b.key, c.key) > 0).length, 0);
  const hidden = matrix.hidden > 0 ? ` The filters hide ${plural(matrix.hidden, 'statement')}.` : '';
  if (matrix.bodies.length === 0) {
    return matrix.hidden > 0
      ? `The filters hide every statement that links an OSCE body to ${v.columns === 'themes' ? 'a theme' : 'an SDG target'}.${hidden}`
      : `No OSCE body in the data is linked to ${v.columns === 'themes' ? 'a theme' : 'an SDG target'}, so there is nothing to count yet. Import data that links them (Import tab).`;
  }
  return `${plural(matrix.bodies.length, 'body')} × ${plural(matrix.columns.length, v.column)}, ${plural(cells, 'non-empty cell')}. ` +
    `Left out: ${plural(matrix.emptyBodies, 'body')} and ${plural(matrix.emptyColumns, v.column)} with no statement.${hidden}`;
}

function variantChoice(onChoose: (id: MatrixVariantId) => void): { element: HTMLElement; set(id: MatrixVariantId): void } {
  const radios = (Object.keys(MATRIX_VARIANTS) as MatrixVariantId[]).map((id) => {
    const input = h('input', { attrs: { type: 'radio', name: 'matrix-variant', value: id } });
    input.addEventListener('change', () => input.checked && onChoose(id));
    return { id, input, label: h('label', {}, [input, ` Bodies × ${MATRIX_VARIANTS[id].columns}`]) };
  });
  const element = h('fieldset', { class: 'matrix-variant' }, [h('legend', {}, ['Table']), ...radios.map((r) => r.label)]);
  return { element, set: (id) => radios.forEach((r) => (r.input.checked = r.id === id)) };
}

export function mountMatrixPanel(host: HTMLElement, context: ExplorerContext): void {
  host.classList.add('matrix-panel');
  const state: MatrixState = { variant: 'targets', orientation: 'bodies-as-rows' };
  const heading = h('h2');
  const lead = h('p', { class: 'matrix-lead' });
  const summary = h('p', { class: 'matrix-summary', attrs: { 'aria-live': 'polite' } });
  const definition = h('p', { class: 'matrix-definition' });
  const swap = h('button', { class: 'matrix-swap', text: 'Swap rows and columns', attrs: { type: 'button', 'aria-pressed': 'false' } });
  // The table may be wider than the panel (many bodies): the scroll box is then a focusable region.
  const wrapper = h('div', { class: 'matrix-scroll', attrs: { role: 'region', 'aria-label': 'Counts per body and column', tabindex: '0' } });
  const details = h('section', { class: 'matrix-details', attrs: { 'aria-live': 'polite', 'aria-label': 'Statements of the chosen cell' } });
  const choice = variantChoice((id) => {
    state.variant = id;
    state.selected = undefined;
    recount();
  });
  host.append(heading, lead, choice.element, summary, h('div', { class: 'matrix-tools' }, [swap]), wrapper, definition, details);
  let index: MatrixIndex = indexQuads(context.getQuads(), [CONTRIBUTES_TO, ADDRESSES, ORGANIZED_BY]);
  let matrix: Matrix;

  const openCell = (body: string, column: string, highlight: boolean): void => {
    const row = matrix.bodies.find((b) => b.key === body);
    const col = matrix.columns.find((c) => c.key === column);
    if (!row || !col) return;
    state.selected = { body, column };
    const statements = matrix.statements(body, column);
    markPressed(wrapper, state.selected);
    details.replaceChildren(...cellDetails(statements, row, col, matrix.variant, context));
    if (!highlight) return;
    const graph = context.getGraph();
    const lit = cellHighlight(body, column, statements);
    context.setHighlight({
      nodes: lit.nodes.filter((k) => graph.hasNode(k)),
      edges: lit.edges.filter((k) => graph.hasEdge(k)),
      caption: `${row.code} → ${col.code}: ${plural(statements.length, 'statement')}`,
    });
  };

  const draw = (): void => {
    const actions = { openCell: (b: string, c: string) => openCell(b, c, true), selectEntity: (k: string) => context.selectNode(k) };
    wrapper.replaceChildren(...(matrix.bodies.length === 0 ? [] : [matrixTable(matrixGrid(matrix, state.orientation), matrix.variant, actions)]));
    wrapper.hidden = swap.hidden = matrix.bodies.length === 0;
    markPressed(wrapper, state.selected);
  };

  const recount = (): void => {
    const variant = MATRIX_VARIANTS[state.variant];
    matrix = computeMatrix(index, variant, filterScope(context));
    heading.textContent = `Bodies × ${variant.columns}`;
    lead.textContent = `${variant.lead} Choose a number to read the statements behind it and see them on the graph; choose a name to select it.`;
    definition.textContent = variant.definition;
    choice.set(state.variant);
    summary.textContent = summaryText(matrix);
    draw();
    const open = state.selected;
    if (open && matrix.count(open.body, open.column) > 0) openCell(open.body, open.column, false);
    else details.replaceChildren();
  };

  swap.addEventListener('click', () => {
    state.orientation = state.orientation === 'bodies-as-rows' ? 'columns-as-rows' : 'bodies-as-rows';
    swap.setAttribute('aria-pressed', String(state.orientation === 'columns-as-rows'));
    draw();
  });
  recount();
  let pending = false;
  let dataChanged = false;
  context.onChange((kind) => {
    if (kind === 'highlight') return;
    dataChanged ||= kind === 'data';
    if (pending) return;
    // Several changes in a row (an import, then a merge; a filter reset) recount once
    pending = true;
    setTimeout(() => {
      if (dataChanged) index = indexQuads(context.getQuads(), [CONTRIBUTES_TO, ADDRESSES, ORGANIZED_BY]);
      pending = dataChanged = false;
      recount();
    }, 0);
  });
}
