// The Matrix panel: OSCE bodies × SDG targets or × themes, counted under the current filters; a cell lists its
// statements.
import type { ExplorerContext } from '../../context';
import { h } from '../../ui/dom';
import { cellHighlight, computeMatrix, type Matrix, type MatrixScope } from './matrix-counts';
import { cellDetails } from './matrix-details';
import { indexQuads, type MatrixIndex } from './matrix-index';
import { matrixGrid, type MatrixOrientation } from './matrix-layout';
import { markPressed, matrixTable, plural } from './matrix-table';
import { formatMatrixLink, parseMatrixLink } from './matrix-url';
import {
  CONTRIBUTES_TO,
  ADDRESSES,
  MATRIX_VARIANTS,
  ORGANIZED_BY,
  type MatrixVariant,
  type MatrixVariantId,
} from './matrix-variants';
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
  const cells = matrix.bodies.reduce(
    (sum, b) => sum + matrix.columns.filter((c) => matrix.count(b.key, c.key) > 0).length,
    0,
  );
  const hidden = matrix.hidden > 0 ? ` The filters hide ${plural(matrix.hidden, 'statement')}.` : '';
  if (matrix.bodies.length === 0) {
    return matrix.hidden > 0
      ? `The filters hide every statement that links an OSCE body to ${v.columns === 'themes' ? 'a theme' : 'an SDG target'}.${hidden}`
      : `No OSCE body in the data is linked to ${v.columns === 'themes' ? 'a theme' : 'an SDG target'}, so there is nothing to count yet. Import data that links them (Import tab).`;
  }
  return (
    `${plural(matrix.bodies.length, 'body')} × ${plural(matrix.columns.length, v.column)}, ${plural(cells, 'non-empty cell')}. ` +
    `Left out: ${plural(matrix.emptyBodies, 'body')} and ${plural(matrix.emptyColumns, v.column)} with no statement.${hidden}`
  );
}

function variantChoice(onChoose: (id: MatrixVariantId) => void): {
  element: HTMLElement;
  set(id: MatrixVariantId): void;
} {
  const radios = (Object.keys(MATRIX_VARIANTS) as MatrixVariantId[]).map((id) => {
    const input = h('input', { attrs: { type: 'radio', name: 'matrix-variant', value: id } });
    input.addEventListener('change', () => input.checked && onChoose(id));
    return { id, input, label: h('label', {}, [input, ` Bodies × ${MATRIX_VARIANTS[id].columns}`]) };
  });
  const element = h('fieldset', { class: 'matrix-variant' }, [
    h('legend', {}, ['Table']),
    ...radios.map((r) => r.label),
  ]);
  return { element, set: (id) => radios.forEach((r) => (r.input.checked = r.id === id)) };
}

const LINKING = [CONTRIBUTES_TO, ADDRESSES, ORGANIZED_BY];

/** Calls `recount` after data, filter or selection changes, once per burst (an import then a merge; a filter reset). */
function whenCountsChange(context: ExplorerContext, recount: (dataChanged: boolean) => void): void {
  let pending = false;
  let dataChanged = false;
  context.onChange((kind) => {
    if (kind === 'highlight') return;
    dataChanged ||= kind === 'data';
    if (pending) return;
    pending = true;
    setTimeout(() => {
      const data = dataChanged;
      pending = dataChanged = false;
      recount(data);
    }, 0);
  });
}

/** The panel's fixed parts, filled in by each count. */
function panelParts() {
  return {
    heading: h('h2'),
    lead: h('p', { class: 'matrix-lead' }),
    summary: h('p', { class: 'matrix-summary', attrs: { 'aria-live': 'polite' } }),
    definition: h('p', { class: 'matrix-definition' }),
    swap: h('button', {
      class: 'matrix-swap',
      text: 'Swap rows and columns',
      attrs: { type: 'button', 'aria-pressed': 'false' },
    }),
    // The table may be wider than the panel (many bodies): the scroll box is then a focusable region.
    wrapper: h('div', {
      class: 'matrix-scroll',
      attrs: { role: 'region', 'aria-label': 'Counts per body and column', tabindex: '0' },
    }),
    details: h('section', {
      class: 'matrix-details',
      attrs: { 'aria-live': 'polite', 'aria-label': 'Statements of the chosen cell' },
    }),
  };
}

/** Lights a cell's statements on the graph: only the nodes and edges that are drawn. */
function lightCell(context: ExplorerContext, lit: { nodes: string[]; edges: string[] }, caption: string): void {
  const graph = context.getGraph();
  context.setHighlight({
    nodes: lit.nodes.filter((k) => graph.hasNode(k)),
    edges: lit.edges.filter((k) => graph.hasEdge(k)),
    caption,
  });
}

function describeVariant(
  parts: { heading: HTMLElement; lead: HTMLElement; definition: HTMLElement },
  variant: MatrixVariant,
): void {
  parts.heading.textContent = `Bodies × ${variant.columns}`;
  parts.lead.textContent = `${variant.lead} Choose a number to read the statements behind it and see them on the graph; choose a name to select it.`;
  parts.definition.textContent = variant.definition;
}

/** The other orientation, with the swap button's pressed state following it. */
function swapOrientation(orientation: MatrixOrientation, swap: HTMLElement): MatrixOrientation {
  const next: MatrixOrientation = orientation === 'bodies-as-rows' ? 'columns-as-rows' : 'bodies-as-rows';
  swap.setAttribute('aria-pressed', String(next === 'columns-as-rows'));
  return next;
}

const NOT_IN_TABLE =
  'The link opens a cell that this table does not have (no statement under the current filters): nothing is shown.';

export function mountMatrixPanel(host: HTMLElement, context: ExplorerContext): void {
  host.classList.add('matrix-panel');
  // A shared link's table and open cell (matrix=themes|BODY|COLUMN); each choice made here is a new history entry
  const link = context.urlParam('matrix');
  const restored = parseMatrixLink(link.get());
  const state: MatrixState = { variant: restored.variant, orientation: 'bodies-as-rows', selected: restored.cell };
  const remember = (): void => link.set(formatMatrixLink({ variant: state.variant, cell: state.selected }));
  const { heading, lead, summary, definition, swap, wrapper, details } = panelParts();
  const choice = variantChoice((id) => {
    [state.variant, state.selected] = [id, undefined];
    recount();
    remember();
  });
  const tools = h('div', { class: 'matrix-tools' }, [swap]);
  host.append(heading, lead, choice.element, summary, tools, wrapper, definition, details);
  let index: MatrixIndex = indexQuads(context.getQuads(), LINKING);
  let matrix: Matrix;

  const openCell = (body: string, column: string, highlight: boolean): void => {
    const row = matrix.bodies.find((b) => b.key === body);
    const col = matrix.columns.find((c) => c.key === column);
    if (!row || !col) return;
    state.selected = { body, column };
    const statements = matrix.statements(body, column);
    markPressed(wrapper, state.selected);
    details.replaceChildren(...cellDetails(statements, row, col, matrix.variant, context));
    if (highlight)
      lightCell(
        context,
        cellHighlight(body, column, statements),
        `${row.code} → ${col.code}: ${plural(statements.length, 'statement')}`,
      );
  };

  const draw = (): void => {
    const actions = {
      openCell: (b: string, c: string) => {
        openCell(b, c, true);
        remember();
      },
      selectEntity: (k: string) => context.selectNode(k),
    };
    wrapper.replaceChildren(
      ...(matrix.bodies.length === 0
        ? []
        : [matrixTable(matrixGrid(matrix, state.orientation), matrix.variant, actions)]),
    );
    wrapper.hidden = swap.hidden = matrix.bodies.length === 0;
    markPressed(wrapper, state.selected);
  };

  /**
   * Counts again; `fromLink`: the open cell comes from a link, so it is lit up on the graph (or said to be missing).
   */
  const recount = (fromLink = false): void => {
    const variant = MATRIX_VARIANTS[state.variant];
    matrix = computeMatrix(index, variant, filterScope(context));
    describeVariant({ heading, lead, definition }, variant);
    choice.set(state.variant);
    summary.textContent = summaryText(matrix);
    draw();
    const open = state.selected;
    if (open && matrix.count(open.body, open.column) > 0) openCell(open.body, open.column, fromLink);
    else
      details.replaceChildren(
        ...(open && fromLink ? [h('p', { class: 'matrix-no-source', attrs: { role: 'status' } }, [NOT_IN_TABLE])] : []),
      );
  };

  swap.addEventListener('click', () => {
    state.orientation = swapOrientation(state.orientation, swap);
    draw();
  });
  recount(restored.cell !== undefined);
  link.onChange((value) => {
    ({ variant: state.variant, cell: state.selected } = parseMatrixLink(value));
    recount(true);
  });
  whenCountsChange(context, (dataChanged) => {
    if (dataChanged) index = indexQuads(context.getQuads(), LINKING);
    recount();
  });
}
