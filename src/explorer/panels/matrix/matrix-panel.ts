// The Matrix panel: an accessible table of OSCE bodies × SDG targets; a cell lists its statements and lights them up.
import type { ExplorerContext } from '../../context';
import { cellHighlight, computeMatrix, MATRIX_DEFINITION, type MatrixAxis, type MatrixStatement, type SdgMatrix } from './matrix-counts';
import { matrixGrid, type MatrixGrid, type MatrixOrientation } from './matrix-layout';
import './matrix-panel.css';
import { quoteNodes } from '../../ui/quote-text';
import { h } from '../../ui/dom';


const PLURALS: Record<string, string> = { body: 'bodies' };
const plural = (n: number, word: string): string => `${n} ${n === 1 ? word : (PLURALS[word] ?? word + 's')}`;

/** Cell shading from white to the target colour, by share of the largest cell. */
function shade(count: number, max: number): string {
  const alpha = max > 0 ? 0.12 + 0.6 * (count / max) : 0;
  return `rgba(107, 110, 207, ${alpha.toFixed(2)})`;
}

/** Plain words first, for analysts; the exact definition follows for those who check the numbers. */
const LEAD = 'Which OSCE bodies work towards which UN Sustainable Development Goal targets: the source names the goals by topic, the curators read the targets from its wording. Choose a number to read the statements behind it and see them on the graph.';

export function mountMatrixPanel(host: HTMLElement, context: ExplorerContext): void {
  host.classList.add('matrix-panel');
  const summary = h('p', { class: 'matrix-summary' });
  const definition = h('p', { class: 'matrix-definition' }, [MATRIX_DEFINITION]);
  const swap = h('button', { class: 'matrix-swap', text: 'Swap rows and columns', attrs: { type: 'button' } });
  swap.setAttribute('aria-pressed', 'false');
  const wrapper = h('div', { class: 'matrix-scroll' });
  // The table may still be wider than the panel (many bodies): the scroll box is then a focusable region.
  wrapper.tabIndex = 0;
  wrapper.setAttribute('role', 'region');
  wrapper.setAttribute('aria-label', 'Counts per body and target');
  const details = h('section', { class: 'matrix-details' });
  details.setAttribute('aria-live', 'polite');
  details.setAttribute('aria-label', 'Statements of the chosen cell');
  host.append(h('h2', {}, ['Bodies × SDG targets']), h('p', { class: 'matrix-lead' }, [LEAD]), summary,
    h('div', { class: 'matrix-tools' }, [swap]), wrapper, definition, details);

  let matrix: SdgMatrix | undefined;
  let selected: { body: string; target: string } | undefined;
  let orientation: MatrixOrientation = 'bodies-as-rows';

  swap.addEventListener('click', () => {
    orientation = orientation === 'bodies-as-rows' ? 'targets-as-rows' : 'bodies-as-rows';
    swap.setAttribute('aria-pressed', String(orientation === 'targets-as-rows'));
    draw();
  });

  const draw = (): void => {
    if (!matrix) return;
    wrapper.replaceChildren(...(matrix.bodies.length === 0 ? [] : [table(matrixGrid(matrix, orientation))]));
    if (selected) markPressed(selected.body, selected.target);
  };

  const render = (): void => {
    matrix = computeMatrix(context.getQuads());
    wrapper.hidden = matrix.bodies.length === 0;
    swap.hidden = matrix.bodies.length === 0;
    draw();
    const cells = matrix.bodies.reduce((sum, b) => sum + matrix!.targets.filter((t) => matrix!.count(b.key, t.key) > 0).length, 0);
    summary.textContent = matrix.bodies.length === 0
      ? 'No OSCE body in the data is linked to an SDG target, so there is nothing to count yet. Import data that links them (Import tab).'
      : `${plural(matrix.bodies.length, 'body')} × ${plural(matrix.targets.length, 'target')}, ${plural(cells, 'non-empty cell')}. ` +
        `Left out: ${plural(matrix.emptyBodies, 'body')} and ${plural(matrix.emptyTargets, 'target')} with no statement.`;
    if (selected && matrix.count(selected.body, selected.target) > 0) showCell(selected.body, selected.target, false);
    else details.replaceChildren();
  };

  const axisName = (axis: MatrixAxis): HTMLElement | string =>
    // The short code keeps the narrow panel readable; the full name stays in the abbreviation's title
    axis.code !== axis.label ? h('abbr', { attrs: { title: axis.label } }, [axis.code]) : axis.label;

  const table = (grid: MatrixGrid): HTMLTableElement => {
    const head = h('tr', {}, [h('th', { class: 'matrix-corner', attrs: { scope: 'col' } }, [grid.corner])]);
    for (const column of grid.columns) {
      // Column headers read bottom to top, so that many columns fit the narrow side panel.
      const th = h('th', { class: 'matrix-col', attrs: { scope: 'col' } }, [h('span', { class: 'matrix-col-text' }, [axisName(column)])]);
      th.dataset[grid.orientation === 'bodies-as-rows' ? 'target' : 'body'] = column.key;
      head.append(th);
    }
    head.append(h('th', { class: 'matrix-col', attrs: { scope: 'col' } }, [h('span', { class: 'matrix-col-text' }, ['Total'])]));
    const body = h('tbody');
    for (const row of grid.rows) {
      // Targets down the side leave room for their wording, which a code alone does not give an analyst.
      const name = grid.orientation === 'targets-as-rows' && row.code !== row.label
        ? h('th', { class: 'matrix-row-target', attrs: { scope: 'row' } }, [axisName(row), ' ', h('span', { class: 'matrix-row-label' }, [row.label])])
        : h('th', { attrs: { scope: 'row' } }, [axisName(row)]);
      const tr = h('tr', {}, [name]);
      for (const column of grid.columns) {
        const { body: b, target } = grid.cell(row, column);
        tr.append(cell(grid.count(row, column), b, target, grid.max));
      }
      tr.append(h('td', { class: 'matrix-total' }, [String(grid.rowTotal(row))]));
      body.append(tr);
    }
    return h('table', { class: 'matrix-table' }, [
      h('caption', {}, ['Statements per OSCE body and SDG target']),
      h('thead', {}, [head]), body]);
  };

  const cell = (count: number, row: MatrixAxis, target: MatrixAxis, max: number): HTMLTableCellElement => {
    const td = h('td');
    if (count === 0) {
      td.className = 'matrix-empty';
      return td;
    }
    td.style.background = shade(count, max);
    const button = h('button', { text: String(count), attrs: { type: 'button' } });
    button.setAttribute('aria-label', `${row.label} and target ${target.code}: ${plural(count, 'statement')}`);
    button.setAttribute('aria-pressed', 'false');
    button.dataset.body = row.key;
    button.dataset.target = target.key;
    button.addEventListener('click', () => showCell(row.key, target.key, true));
    td.append(button);
    return td;
  };

  const markPressed = (bodyKey: string, targetKey: string): void => {
    for (const pressed of wrapper.querySelectorAll('button[aria-pressed="true"]')) pressed.setAttribute('aria-pressed', 'false');
    wrapper.querySelector(`button[data-body="${CSS.escape(bodyKey)}"][data-target="${CSS.escape(targetKey)}"]`)?.setAttribute('aria-pressed', 'true');
  };

  const showCell = (bodyKey: string, targetKey: string, highlight: boolean): void => {
    if (!matrix) return;
    selected = { body: bodyKey, target: targetKey };
    const row = matrix.bodies.find((b) => b.key === bodyKey);
    const col = matrix.targets.find((t) => t.key === targetKey);
    if (!row || !col) return;
    const statements = matrix.statements(bodyKey, targetKey);
    markPressed(bodyKey, targetKey);

    const list = h('ol', { class: 'matrix-statements' }, [...statements.map((s) => statementItem(s, row, col))]);
    const clear = h('button', { text: 'Clear highlight', attrs: { type: 'button' } });
    clear.addEventListener('click', () => context.setHighlight(null));
    details.replaceChildren(
      h('h3', {}, [`${row.label} → ${col.code}: ${plural(statements.length, 'statement')}`]),
      h('p', { class: 'matrix-target-label' }, [`Target ${col.code}: ${col.label}`]),
      list,
      clear,
    );
    if (highlight) {
      const graph = context.getGraph();
      const lit = cellHighlight(bodyKey, targetKey, statements);
      context.setHighlight({
        nodes: lit.nodes.filter((k) => graph.hasNode(k)),
        edges: lit.edges.filter((k) => graph.hasEdge(k)),
        caption: `${row.code} → ${col.code}: ${plural(statements.length, 'statement')}`,
      });
    }
  };

  const statementItem = (s: MatrixStatement, row: MatrixAxis, col: MatrixAxis): HTMLLIElement => {
    const who = h('button', { class: 'link', text: s.contributorLabel, attrs: { type: 'button' } });
    who.addEventListener('click', () => context.selectNode(s.contributor));
    const head = s.via === 'direct'
      ? h('p', {}, [who, ` contributes to ${col.code}`])
      : h('p', {}, [who, ` (organized by ${row.label}) contributes to ${col.code}`]);
    const item = h('li', {}, [head, quotes(s.passages, 'No source passage asserts this statement.')]);
    if (s.via === 'organized') {
      item.append(h('p', { class: 'matrix-link' }, [`${s.contributorLabel} is organized by ${row.label}:`]), quotes(s.linkPassages, 'No source passage asserts this link.'));
    }
    return item;
  };

  const quotes = (passages: MatrixStatement['passages'], none: string): HTMLElement => {
    if (passages.length === 0) return h('p', { class: 'matrix-no-source' }, [none]);
    return h('ul', { class: 'matrix-quotes' }, [...passages.map((p) => {
      if (p.rule !== undefined) {
        return h('li', { class: 'curation-rule' }, [h('span', { class: 'origin origin-curation' }, ['Added by curation']), h('p', {}, [p.rule])]);
      }
      const source = h('button', { class: 'link', text: 'show in source', attrs: { type: 'button' } });
      source.addEventListener('click', () => context.showInSource(p.passage));
      return h('li', {}, [h('blockquote', { attrs: { cite: p.passage } }, [...(p.quote !== undefined ? quoteNodes(p.quote) : [p.passage])]), ' ', source]);
    })]);
  };

  render();
  let pending = false;
  context.onChange((kind) => {
    if (kind !== 'data' || pending) return;
    // Several data changes in a row (an import, then a merge) recount once
    pending = true;
    setTimeout(() => {
      pending = false;
      render();
    }, 0);
  });
}
