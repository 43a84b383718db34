// The Paths panel's body: two entities in, all shortest (and optionally longer) paths out, drawn and told as
// sentences; the two ends are the panel's URL parameter (`path=<from> <to>`), so a shared link shows the same paths.
import type { ExplorerContext } from '../../context';
import type { UrlParam } from '../../core/url/url-param';
import { h } from '../../ui/dom';
import '../../ui/panel-controls.css';
import './paths-panel.css';
import { buildEntityIndex, type EntityEntry } from './entity-search';
import { createPathsForm, type PathsForm } from './paths-form';
import { PathResults } from './path-results';
import {
  clampExtra,
  decodePathParam,
  describeOutcome,
  encodePathParam,
  outcomeHighlight,
  searchPaths,
} from './path-search';

export function mountPathsView(host: HTMLElement, context: ExplorerContext): void {
  new PathsPanel(host, context);
}

class PathsPanel {
  private index: EntityEntry[] | undefined;
  private readonly form: PathsForm;
  private readonly results: PathResults;
  private readonly param: UrlParam;
  private readonly status = h('div', { class: 'okg-qp-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  private readonly list = h('div', {
    class: 'okg-paths-results',
    attrs: { role: 'region', 'aria-label': 'Paths found' },
  });
  // Headings in order (h2 panel, h3 results, h4 each path): screen-reader users move through them.
  private readonly heading = h('h3', { class: 'okg-paths-heading', text: 'Paths found' });

  constructor(
    host: HTMLElement,
    private readonly context: ExplorerContext,
  ) {
    this.results = new PathResults(context);
    this.param = context.urlParam('path');
    this.form = createPathsForm(() => (this.index ??= buildEntityIndex(context.getGraph())), {
      find: () => this.find(),
      swap: () => this.swap(),
      clear: () => this.clear(),
    });
    context.onChange((kind) => {
      if (kind !== 'data') return;
      this.index = undefined;
      this.results.forgetData();
    });
    this.heading.hidden = true;
    host.append(
      h('div', { class: 'okg-qp' }, [
        h('h2', { class: 'okg-paths-title', text: 'How two entities connect' }),
        h('p', {
          class: 'okg-paths-lead',
          text: 'Pick two entities: every shortest chain of relations between them is drawn on the graph and told step by step, with the passage behind each step.',
        }),
        this.form.element,
        this.status,
        this.heading,
        this.list,
      ]),
    );
    this.param.onChange((value) => this.restore(value));
    if (this.param.get() !== null) this.restore(this.param.get());
    // Else start from the entity selected on the graph, the usual way into this panel.
    else this.fill(this.form.from, context.getSelectedNode() ?? undefined);
  }

  private label(key: string | undefined): string {
    const graph = this.context.getGraph();
    return key !== undefined && graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : '';
  }

  private fill(box: PathsForm['from'], key: string | undefined): void {
    if (key === undefined || this.context.getGraph().hasNode(key)) box.set(key, this.label(key));
  }

  /** The ends a link (or back/forward) names: found again, or a message saying which end this graph lacks. */
  private restore(value: string | null): void {
    const ends = decodePathParam(value);
    if (ends === null) {
      this.clearResults();
      if (value !== null) this.status.textContent = 'The link’s path could not be read: pick the two entities.';
      return;
    }
    const missing = [ends.from, ends.to].find((k) => !this.context.getGraph().hasNode(k));
    if (missing !== undefined) {
      this.clearResults();
      this.status.textContent = `The link’s path names ${missing}, which is not in this graph.`;
      return;
    }
    this.fill(this.form.from, ends.from);
    this.fill(this.form.to, ends.to);
    this.find();
  }

  private swap(): void {
    const a = this.form.from.value();
    this.fill(this.form.from, this.form.to.value());
    this.fill(this.form.to, a);
  }

  private clearResults(): void {
    this.list.replaceChildren();
    this.heading.hidden = true;
    this.status.textContent = '';
  }

  private clear(): void {
    this.form.from.set(undefined);
    this.form.to.set(undefined);
    this.clearResults();
    this.context.setHighlight(null);
    this.param.set(null);
  }

  private find(): void {
    const from = this.form.from.value();
    const to = this.form.to.value();
    this.clearResults();
    if (!from || !to) {
      this.status.textContent = !from ? 'Pick the entity to start from.' : 'Pick the entity to reach.';
      return;
    }
    this.fill(this.form.from, from);
    this.fill(this.form.to, to);
    const started = performance.now();
    const outcome = searchPaths(this.context.getGraph(), { from, to }, clampExtra(this.form.extraInput.value));
    this.status.textContent = describeOutcome(outcome, (k) => this.label(k), performance.now() - started);
    if (outcome.kind === 'found') {
      this.list.replaceChildren(...this.results.sections(outcome.paths, outcome.shortest));
      this.heading.hidden = false;
    }
    this.param.set(encodePathParam({ from, to }));
    this.context.setHighlight(outcomeHighlight(outcome));
  }
}
