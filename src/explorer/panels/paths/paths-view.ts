// The Paths panel's body: two entities in, all shortest (and optionally longer) paths out, drawn and told as sentences.
import type { ExplorerContext } from '../../context';
import { h } from '../../ui/dom';
import { quoteNodes } from '../../ui/quote-text';
import { shortestPaths, type KgPath } from '../../../kg/paths';
import '../../ui/panel-controls.css';
import './paths-panel.css';
import { createEntityCombobox } from './entity-combobox';
import { buildEntityIndex, type EntityEntry } from './entity-search';
import { buildLookup, describePath, type EntityRef, type PathLookup, type PathStep, type Relation } from './sentences';

export function mountPathsView(host: HTMLElement, context: ExplorerContext): void {
  let index: EntityEntry[] | undefined;
  let lookup: PathLookup | undefined;
  const entities = () => (index ??= buildEntityIndex(context.getGraph()));
  context.onChange((kind) => {
    if (kind === 'data') {
      index = undefined;
      lookup = undefined;
    }
  });

  const from = createEntityCombobox('From entity', entities, () => find());
  const to = createEntityCombobox('To entity', entities, () => find());
  const extraInput = h('input', { attrs: { type: 'number', min: '0', max: '20', step: '1', value: '0', 'aria-label': 'Longer paths to add' } });
  const findButton = h('button', { class: 'okg-primary', attrs: { type: 'button' }, text: 'Find paths', on: { click: () => find() } });
  const swapButton = h('button', { attrs: { type: 'button', title: 'Swap the two entities' }, text: 'Swap', on: { click: swap } });
  const clearButton = h('button', { attrs: { type: 'button' }, text: 'Clear', on: { click: clearAll } });
  const status = h('div', { class: 'okg-qp-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const results = h('div', { class: 'okg-paths-results', attrs: { role: 'region', 'aria-label': 'Paths found' } });

  // Headings in order (h2 panel, h3 results, h4 each path): screen-reader users move through them.
  const resultsHeading = h('h3', { class: 'okg-paths-heading', text: 'Paths found' });
  resultsHeading.hidden = true;
  host.append(
    h('div', { class: 'okg-qp' }, [
      h('h2', { class: 'okg-paths-title', text: 'How two entities connect' }),
      h('p', { class: 'okg-paths-lead', text: 'Pick two entities: every shortest chain of relations between them is drawn on the graph and told step by step, with the passage behind each step.' }),
      h('div', { class: 'okg-paths-form' }, [
        h('label', { text: 'From' }),
        from.element,
        h('label', { text: 'To' }),
        to.element,
        h('div', { class: 'okg-qp-toolbar' }, [findButton, swapButton, clearButton, h('label', {}, ['Longer paths too', extraInput])]),
      ]),
      status,
      resultsHeading,
      results,
    ]),
  );

  // Start from the entity selected on the graph, the usual way into this panel.
  const selected = context.getSelectedNode();
  if (selected && context.getGraph().hasNode(selected)) from.set(selected, context.getGraph().getNodeAttribute(selected, 'label'));

  function swap(): void {
    const a = from.value();
    const b = to.value();
    const graph = context.getGraph();
    const name = (k: string | undefined) => (k && graph.hasNode(k) ? graph.getNodeAttribute(k, 'label') : '');
    from.set(b, name(b));
    to.set(a, name(a));
  }

  function clearAll(): void {
    from.set(undefined);
    to.set(undefined);
    results.replaceChildren();
    resultsHeading.hidden = true;
    status.textContent = '';
    context.setHighlight(null);
  }

  function entityButton(ref: EntityRef): HTMLElement {
    return h('button', {
      class: 'okg-link',
      attrs: { type: 'button', title: `${ref.label} — select on the graph` },
      text: ref.name,
      on: { click: () => context.selectNode(ref.key) },
    });
  }

  /** A step's sentence(s) and quotes; a passage already quoted in this path is referred to, not repeated. */
  function stepItem(step: PathStep, quoted: Set<string>): HTMLElement {
    const relations: (Relation | undefined)[] = step.relations.length ? step.relations : [undefined];
    return h('li', {}, relations.flatMap((r) => {
      const label = r?.predicateLabel ?? 'related to';
      const sentence = h('div', { class: 'okg-step' }, r && !r.forward
        ? [entityButton(step.from), ` ← ${label} — `, entityButton(step.to)]
        : [entityButton(step.from), ` — ${label} → `, entityButton(step.to)]);
      const quotes = (r?.quotes ?? []).map((q) => {
        const link = h('button', { class: 'okg-link', attrs: { type: 'button' }, text: 'in source', on: { click: () => context.showInSource(q.passage) } });
        if (quoted.has(q.passage)) return h('p', { class: 'okg-same-quote' }, ['Same passage as quoted above, ', link]);
        quoted.add(q.passage);
        return h('blockquote', { attrs: { cite: q.passage } }, ['“', ...quoteNodes(q.text), '”', ' ', link]);
      });
      return [sentence, ...quotes];
    }));
  }

  function pathSection(path: KgPath, i: number, shortestLength: number): HTMLElement {
    const steps = describePath(context.getGraph(), path, (lookup ??= buildLookup(context.getQuads())));
    const quoted = new Set<string>();
    const n = path.steps.length;
    const kind = n === shortestLength ? 'shortest' : 'longer';
    return h('section', { class: 'okg-path', attrs: { 'aria-label': `Path ${i + 1}` } }, [
      h('h4', { text: `Path ${i + 1} · ${n} step${n === 1 ? '' : 's'} (${kind})` }),
      h('ol', {}, steps.map((step) => stepItem(step, quoted))),
    ]);
  }

  function find(): void {
    const a = from.value();
    const b = to.value();
    results.replaceChildren();
    resultsHeading.hidden = true;
    if (!a || !b) {
      status.textContent = !a ? 'Pick the entity to start from.' : 'Pick the entity to reach.';
      return;
    }
    const graph = context.getGraph();
    from.set(a, graph.getNodeAttribute(a, 'label'));
    to.set(b, graph.getNodeAttribute(b, 'label'));
    if (a === b) {
      status.textContent = `“${graph.getNodeAttribute(a, 'label')}” is at both ends: the same entity, no path to find.`;
      context.setHighlight({ nodes: [a], edges: [], caption: 'same entity' });
      return;
    }
    const extra = Math.max(0, Math.min(20, Math.round(Number(extraInput.value) || 0)));
    const started = performance.now();
    const paths = shortestPaths(graph, a, b, { extra });
    const ms = performance.now() - started;
    if (paths.length === 0) {
      status.textContent = 'No path joins these two entities.';
      context.setHighlight({ nodes: [a, b], edges: [], caption: 'no path' });
      return;
    }
    const shortest = paths[0].steps.length;
    const count = paths.filter((p) => p.steps.length === shortest).length;
    status.textContent = `${count} shortest path${count === 1 ? '' : 's'} of ${shortest} step${shortest === 1 ? '' : 's'}` +
      (paths.length > count ? `, and ${paths.length - count} longer` : '') + ` (${Math.round(ms)} ms).`;
    results.replaceChildren(...paths.map((p, i) => pathSection(p, i, shortest)));
    resultsHeading.hidden = false;
    const nodes = [...new Set(paths.flatMap((p) => p.nodes))].sort();
    const edges = [...new Set(paths.flatMap((p) => p.edgeKeys))].sort();
    context.setHighlight({ nodes, edges, caption: `${paths.length} path${paths.length === 1 ? '' : 's'}` });
  }
}
