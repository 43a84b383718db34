// Details' evidence: each quoted passage once, with the statements it supports grouped under it.
import type { RelationGroup, RelationItem } from '../core/data/details-model';
import type { PassageInfo } from '../core/data/provenance';
import { kindColor } from '../core/appearance/colors';
import { h } from './dom';
import { quoteNodes } from './quote-text';

export interface EvidenceActions {
  select(key: string): void;
  showInSource(passageIri: string): void;
  canShowSource(passageIri: string): boolean;
}

interface Statement {
  group: RelationGroup;
  item: RelationItem;
}

/** How a statement reads under its quote: "addresses → Hate crime", "← organized by: ODIHR". */
function statementLine(s: Statement, actions: EvidenceActions): HTMLElement {
  const arrow = s.group.direction === 'out' ? `${s.group.label} →` : `← ${s.group.label}:`;
  return h('li', { class: 'evidence-statement' }, [
    h('span', { class: 'evidence-predicate', text: `${arrow} ` }),
    h(
      'button',
      {
        class: 'link-button',
        attrs: { type: 'button', title: s.item.node },
        on: { click: () => actions.select(s.item.node) },
      },
      [
        h('span', { class: 'swatch', attrs: { style: `background:${kindColor(s.item.kind)}`, 'aria-hidden': 'true' } }),
        s.item.label,
      ],
    ),
  ]);
}

/** What kind of statement a piece of evidence backs, in words: the source's, a public reference's, or the curators'. */
const ORIGIN_TAGS: Readonly<Record<string, string>> = {
  source: 'Said by the source',
  reference: 'From a public reference',
  curation: 'Added by curation',
};

/** A passage's quote with its origin; a curation graph shows its rule, never as a quote. */
function evidenceHead(p: PassageInfo, actions: EvidenceActions): HTMLElement {
  const tag = ORIGIN_TAGS[p.origin ?? ''];
  const origin = tag ? h('span', { class: `origin origin-${p.origin ?? ''}`, text: tag }) : null;
  if (p.origin === 'curation') return h('aside', { class: 'curation-rule' }, [origin, h('p', { text: p.rule ?? '' })]);
  return h('figure', { class: 'quote' }, [
    origin,
    h('blockquote', {}, quoteNodes(p.quote)),
    actions.canShowSource(p.iri)
      ? h(
          'button',
          { class: 'small-button', attrs: { type: 'button' }, on: { click: () => actions.showInSource(p.iri) } },
          ['Show in source'],
        )
      : null,
  ]);
}

/**
 * Passages in the order they first support a relation, each with its statements. Only okg:quote text is a quote: a
 * curation graph shows its rule, and a graph with neither is not evidence to show.
 */
function byPassage(relations: readonly RelationGroup[]): {
  quoted: Map<string, { passage: PassageInfo; statements: Statement[] }>;
  unquoted: Statement[];
} {
  const quoted = new Map<string, { passage: PassageInfo; statements: Statement[] }>();
  const unquoted: Statement[] = [];
  for (const group of relations) {
    for (const item of group.items) {
      const withQuote = item.passages.filter((p) => p.quote.trim() !== '' || p.origin === 'curation');
      if (withQuote.length === 0) unquoted.push({ group, item });
      for (const passage of withQuote) {
        const entry = quoted.get(passage.iri) ?? { passage, statements: [] };
        entry.statements.push({ group, item });
        quoted.set(passage.iri, entry);
      }
    }
  }
  return { quoted, unquoted };
}

export function evidenceSection(relations: readonly RelationGroup[], actions: EvidenceActions): HTMLElement | null {
  const { quoted, unquoted } = byPassage(relations);
  if (quoted.size === 0 && unquoted.length === 0) return null;
  const passages = [...quoted.values()].map(({ passage, statements }) =>
    h('section', { class: 'evidence' }, [
      evidenceHead(passage, actions),
      h(
        'ul',
        { class: 'evidence-statements', attrs: { 'aria-label': 'Statements this passage supports' } },
        statements.map((s) => statementLine(s, actions)),
      ),
    ]),
  );
  const rest =
    unquoted.length === 0
      ? []
      : [
          h('h4', { text: 'Stated without a quote' }),
          h(
            'ul',
            { class: 'evidence-statements' },
            unquoted.map((s) => statementLine(s, actions)),
          ),
        ];
  return h('section', { class: 'evidence-list', attrs: { 'aria-label': 'Evidence' } }, [
    h('h3', { text: 'Evidence' }),
    ...passages,
    ...rest,
  ]);
}
