// The Matrix panel: an accessible table of OSCE bodies × SDG targets; a cell lists its statements and lights them up.
import type { ExplorerContext } from '../../context';
import { cellHighlight, computeMatrix, MATRIX_DEFINITION, type MatrixAxis, type MatrixStatement, type SdgMatrix } from './matrix-counts';
import { addMatrixStyles } from './styles';
import { quoteNodes } from '../../ui/quote-text';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const PLURALS: Record<string, string> = { body: 'bodies' };
const plural = (n: number, word: string): string => `${n} ${n === 1 ? word : (PLURALS[word] ?? word + 's')}`;

/** Cell shading from white to the target colour, by share of the largest cell. */
function shade(count: number, max: number): string {
  const alpha = max > 0 ? 0.12 + 0.6 * (count / max) : 0;
  return `rgba(107, 110, 207, ${alpha.toFixed(2)})`;
}

export function mountMatrixPanel(host: HTMLElement, context: ExplorerContext): void {
  addMatrixStyles();
  host.classList.add('matrix-panel');
  const summary = element('p', { className: 'matrix-summary' });
  const definition = element('p', { className: 'matrix-definition' }, MATRIX_DEFINITION);
  const wrapper = element('div', { className: 'matrix-scroll' });
  const details = element('section', { className: 'matrix-details' });
  details.setAttribute('aria-live', 'polite');
  host.append(element('h2', {}, 'Bodies × SDG targets'), definition, summary, wrapper, details);

  let matrix: SdgMatrix | undefined;
  let selected: { body: string; target: string } | undefined;

  const render = (): void => {
    matrix = computeMatrix(context.getQuads());
    wrapper.hidden = matrix.bodies.length === 0;
    wrapper.replaceChildren(...(matrix.bodies.length === 0 ? [] : [table(matrix)]));
    const cells = matrix.bodies.reduce((sum, b) => sum + matrix!.targets.filter((t) => matrix!.count(b.key, t.key) > 0).length, 0);
    summary.textContent = matrix.bodies.length === 0
      ? 'No OSCE body in the data is linked to an SDG target.'
      : `${plural(matrix.bodies.length, 'body')} × ${plural(matrix.targets.length, 'target')}, ${plural(cells, 'non-empty cell')}. ` +
        `Left out: ${plural(matrix.emptyBodies, 'body')} and ${plural(matrix.emptyTargets, 'target')} with no statement.`;
    if (selected && matrix.count(selected.body, selected.target) > 0) showCell(selected.body, selected.target, false);
    else details.replaceChildren();
  };

  const table = (m: SdgMatrix): HTMLTableElement => {
    const max = Math.max(0, ...m.bodies.flatMap((b) => m.targets.map((t) => m.count(b.key, t.key))));
    const head = element('tr', {}, element('th', { scope: 'col' }, 'OSCE body'));
    for (const target of m.targets) {
      const th = element('th', { scope: 'col', title: target.label }, element('abbr', { title: target.label }, target.code));
      th.dataset.target = target.key;
      head.append(th);
    }
    head.append(element('th', { scope: 'col' }, 'Total'));
    const body = element('tbody');
    for (const row of m.bodies) {
      // The acronym keeps the narrow panel readable; the full name stays in the abbreviation's title
      const name = row.code !== row.label ? element('abbr', { title: row.label }, row.code) : row.label;
      const tr = element('tr', {}, element('th', { scope: 'row' }, name));
      for (const target of m.targets) tr.append(cell(m, row, target, max));
      tr.append(element('td', { className: 'matrix-total' }, String(m.rowTotal(row.key))));
      body.append(tr);
    }
    return element('table', { className: 'matrix-table' },
      element('caption', {}, 'Statements per OSCE body and SDG target'),
      element('thead', {}, head), body);
  };

  const cell = (m: SdgMatrix, row: MatrixAxis, target: MatrixAxis, max: number): HTMLTableCellElement => {
    const count = m.count(row.key, target.key);
    const td = element('td');
    if (count === 0) {
      td.className = 'matrix-empty';
      return td;
    }
    td.style.background = shade(count, max);
    const button = element('button', { type: 'button', textContent: String(count) });
    button.setAttribute('aria-label', `${row.label} and target ${target.code}: ${plural(count, 'statement')}`);
    button.dataset.body = row.key;
    button.dataset.target = target.key;
    button.addEventListener('click', () => showCell(row.key, target.key, true));
    td.append(button);
    return td;
  };

  const showCell = (bodyKey: string, targetKey: string, highlight: boolean): void => {
    if (!matrix) return;
    selected = { body: bodyKey, target: targetKey };
    const row = matrix.bodies.find((b) => b.key === bodyKey);
    const col = matrix.targets.find((t) => t.key === targetKey);
    if (!row || !col) return;
    const statements = matrix.statements(bodyKey, targetKey);
    for (const pressed of wrapper.querySelectorAll('button[aria-pressed="true"]')) pressed.setAttribute('aria-pressed', 'false');
    wrapper.querySelector(`button[data-body="${CSS.escape(bodyKey)}"][data-target="${CSS.escape(targetKey)}"]`)?.setAttribute('aria-pressed', 'true');

    const list = element('ol', { className: 'matrix-statements' }, ...statements.map((s) => statementItem(s, row, col)));
    const clear = element('button', { type: 'button', textContent: 'Clear highlight' });
    clear.addEventListener('click', () => context.setHighlight(null));
    details.replaceChildren(
      element('h3', {}, `${row.label} → ${col.code}: ${plural(statements.length, 'statement')}`),
      element('p', { className: 'matrix-target-label' }, `Target ${col.code}: ${col.label}`),
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
    const who = element('button', { type: 'button', className: 'link', textContent: s.contributorLabel });
    who.addEventListener('click', () => context.selectNode(s.contributor));
    const head = s.via === 'direct'
      ? element('p', {}, who, ` contributes to ${col.code}`)
      : element('p', {}, who, ` (organized by ${row.label}) contributes to ${col.code}`);
    const item = element('li', {}, head, quotes(s.passages, 'No source passage asserts this statement.'));
    if (s.via === 'organized') {
      item.append(element('p', { className: 'matrix-link' }, `${s.contributorLabel} is organized by ${row.label}:`), quotes(s.linkPassages, 'No source passage asserts this link.'));
    }
    return item;
  };

  const quotes = (passages: MatrixStatement['passages'], none: string): HTMLElement => {
    if (passages.length === 0) return element('p', { className: 'matrix-no-source' }, none);
    return element('ul', { className: 'matrix-quotes' }, ...passages.map((p) => {
      const source = element('button', { type: 'button', className: 'link', textContent: 'show in source' });
      source.addEventListener('click', () => context.showInSource(p.passage));
      return element('li', {}, element('blockquote', { cite: p.passage }, ...(p.quote !== undefined ? quoteNodes(p.quote) : [p.passage])), ' ', source);
    }));
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
