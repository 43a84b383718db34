// What an open Matrix cell shows: each statement with the passages quoted for it (or the curation rule that added it).
import type { ExplorerContext } from '../../context';
import { h } from '../../ui/dom';
import { quoteNodes } from '../../ui/quote-text';
import type { MatrixAxis, MatrixStatement, PassageRef } from './matrix-counts';
import type { MatrixVariant } from './matrix-variants';
import { plural } from './matrix-table';

type Actions = Pick<ExplorerContext, 'selectNode' | 'showInSource' | 'setHighlight'>;

function quotes(passages: readonly PassageRef[], none: string, actions: Actions): HTMLElement {
  if (passages.length === 0) return h('p', { class: 'matrix-no-source' }, [none]);
  return h(
    'ul',
    { class: 'matrix-quotes' },
    passages.map((p) => {
      if (p.rule !== undefined) {
        return h('li', { class: 'curation-rule' }, [
          h('span', { class: 'origin origin-curation' }, ['Added by curation']),
          h('p', {}, [p.rule]),
        ]);
      }
      const source = h('button', { class: 'link', text: 'show in source', attrs: { type: 'button' } });
      source.addEventListener('click', () => actions.showInSource(p.passage));
      return h('li', {}, [
        h('blockquote', { attrs: { cite: p.passage } }, p.quote !== undefined ? quoteNodes(p.quote) : [p.passage]),
        ' ',
        source,
      ]);
    }),
  );
}

function statementItem(
  s: MatrixStatement,
  body: MatrixAxis,
  column: MatrixAxis,
  variant: MatrixVariant,
  actions: Actions,
): HTMLLIElement {
  const who = h('button', { class: 'link', text: s.contributorLabel, attrs: { type: 'button' } });
  who.addEventListener('click', () => actions.selectNode(s.contributor));
  const head =
    s.via === 'direct'
      ? h('p', {}, [who, ` ${variant.verb} ${column.code}`])
      : h('p', {}, [who, ` (organized by ${body.label}) ${variant.verb} ${column.code}`]);
  const item = h('li', {}, [head, quotes(s.passages, 'No source passage asserts this statement.', actions)]);
  if (s.via === 'organized') {
    item.append(
      h('p', { class: 'matrix-link' }, [`${s.contributorLabel} is organized by ${body.label}:`]),
      quotes(s.linkPassages, 'No source passage asserts this link.', actions),
    );
  }
  return item;
}

/** The heading, the column's full name, the statements and a button that clears the highlight on the graph. */
export function cellDetails(
  statements: readonly MatrixStatement[],
  body: MatrixAxis,
  column: MatrixAxis,
  variant: MatrixVariant,
  actions: Actions,
): HTMLElement[] {
  const clear = h('button', { text: 'Clear highlight', attrs: { type: 'button' } });
  clear.addEventListener('click', () => actions.setHighlight(null));
  const name = variant.id === 'targets' ? `Target ${column.code}: ${column.label}` : `Theme: ${column.label}`;
  return [
    h('h3', {}, [`${body.label} → ${column.code}: ${plural(statements.length, 'statement')}`]),
    h('p', { class: 'matrix-target-label' }, [name]),
    h(
      'ol',
      { class: 'matrix-statements' },
      statements.map((s) => statementItem(s, body, column, variant, actions)),
    ),
    clear,
  ];
}
