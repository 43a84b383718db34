// The Paths panel's results: one section per path, each step told as a sentence with the passages behind it.
import type { KgPath } from '../../../kg/paths';
import type { ExplorerContext } from '../../context';
import { h } from '../../ui/dom';
import { quoteNodes } from '../../ui/quote-text';
import { buildLookup, describePath, type EntityRef, type PathLookup, type PathStep, type Relation } from './sentences';

type Actions = Pick<ExplorerContext, 'selectNode' | 'showInSource'>;

function entityButton(ref: EntityRef, actions: Actions): HTMLElement {
  return h('button', {
    class: 'okg-link',
    attrs: { type: 'button', title: `${ref.label} — select on the graph` },
    text: ref.name,
    on: { click: () => actions.selectNode(ref.key) },
  });
}

/** A step's sentence(s) and quotes; a passage already quoted in this path is referred to, not repeated. */
function stepItem(step: PathStep, quoted: Set<string>, actions: Actions): HTMLElement {
  const relations: (Relation | undefined)[] = step.relations.length ? step.relations : [undefined];
  return h(
    'li',
    {},
    relations.flatMap((r) => {
      const label = r?.predicateLabel ?? 'related to';
      const from = entityButton(step.from, actions);
      const to = entityButton(step.to, actions);
      const sentence = h(
        'div',
        { class: 'okg-step' },
        r && !r.forward ? [from, ` ← ${label} — `, to] : [from, ` — ${label} → `, to],
      );
      const quotes = (r?.quotes ?? []).map((q) => {
        const link = h('button', {
          class: 'okg-link',
          attrs: { type: 'button' },
          text: 'in source',
          on: { click: () => actions.showInSource(q.passage) },
        });
        if (quoted.has(q.passage)) return h('p', { class: 'okg-same-quote' }, ['Same passage as quoted above, ', link]);
        quoted.add(q.passage);
        return h('blockquote', { attrs: { cite: q.passage } }, ['“', ...quoteNodes(q.text), '”', ' ', link]);
      });
      return [sentence, ...quotes];
    }),
  );
}

/** Renders paths lazily building the quad lookup once per dataset (`lookup` is reset by the panel on a data change). */
export class PathResults {
  private lookup: PathLookup | undefined;

  constructor(private readonly context: ExplorerContext) {}

  forgetData(): void {
    this.lookup = undefined;
  }

  sections(paths: KgPath[], shortestLength: number): HTMLElement[] {
    return paths.map((path, i) => {
      const steps = describePath(this.context.getGraph(), path, (this.lookup ??= buildLookup(this.context.getQuads())));
      const quoted = new Set<string>();
      const n = path.steps.length;
      const kind = n === shortestLength ? 'shortest' : 'longer';
      return h('section', { class: 'okg-path', attrs: { 'aria-label': `Path ${i + 1}` } }, [
        h('h4', { text: `Path ${i + 1} · ${n} step${n === 1 ? '' : 's'} (${kind})` }),
        h(
          'ol',
          {},
          steps.map((step) => stepItem(step, quoted, this.context)),
        ),
      ]);
    });
  }
}
