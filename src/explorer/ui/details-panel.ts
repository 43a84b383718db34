// The Details region: a node's label, class, acronyms, identifiers, notes, links and relations with the quotes behind
// them.
import type { DetailsModel, LiteralGroup, RelationGroup, TaggedValue } from '../core/data/details-model';
import { expandWithNotice } from '../remote/expand-action';
import type { RemoteSession } from '../remote/session';
import { kindColor } from '../core/appearance/colors';
import { pageNameOf } from '../../publish/names';
import { clear, externalLink, h, type Child } from './dom';
import { evidenceSection } from './details-evidence';
import type { NodeMenuItem } from './node-menu';

export interface DetailsActions {
  select(key: string): void;
  showInSource(passageIri: string): void;
  /** True when the passage's source text is available to show. */
  canShowSource(passageIri: string): boolean;
  /** The page's remote session: in remote mode, Details offers to load a node's neighbours. */
  remote: RemoteSession;
  /**
   * What can be done to this node on the graph (explore from it, expand or collapse it, unpin it): the node menu's
   * items, here as buttons so that a keyboard reaches them without a right-click.
   */
  nodeActions(key: string): readonly NodeMenuItem[];
}

function field(term: string, values: string[]): Child[] {
  if (values.length === 0) return [];
  return [h('dt', { text: term }), ...values.map((v) => h('dd', { text: v }))];
}

/** A literal with its language tag beside it, marked up with `lang` so screen readers pronounce it right. */
function taggedValue(v: TaggedValue): HTMLElement {
  return h('dd', {}, [
    h('span', { text: v.value, attrs: { lang: v.language || undefined } }),
    v.language ? h('span', { class: 'lang-tag', text: ` ${v.language}`, attrs: { title: 'Language tag' } }) : null,
  ]);
}

function taggedField(term: string, values: TaggedValue[]): Child[] {
  if (values.length === 0) return [];
  return [h('dt', { text: term }), ...values.map(taggedValue)];
}

function literalGroup(group: LiteralGroup): Child[] {
  return [h('dt', { text: group.label, attrs: { title: group.predicate } }), ...group.values.map(taggedValue)];
}

/**
 * Outgoing: "works with" over the list it points to (ODIHR works with IOM). Incoming: the phrase the list
 * completes, "… organized by this entity", rather than a bare arrow that analysts read as a typo.
 */
function relationTitle(group: RelationGroup): string {
  return group.direction === 'out' ? group.label : `… ${group.label} this entity`;
}

/** A relation group: the entities it links to (their quotes are under Evidence, once per passage). */
function relationGroup(group: RelationGroup, actions: DetailsActions): HTMLElement {
  const items = group.items.map((item) =>
    h('li', { class: 'relation' }, [
      h(
        'button',
        {
          class: 'link-button',
          attrs: { type: 'button', title: item.node },
          on: { click: () => actions.select(item.node) },
        },
        [
          h('span', { class: 'swatch', attrs: { style: `background:${kindColor(item.kind)}`, 'aria-hidden': 'true' } }),
          item.label,
        ],
      ),
    ]),
  );
  return h('section', { class: 'relation-group' }, [
    h('h4', {}, [relationTitle(group), h('span', { class: 'count', text: ` (${group.items.length})` })]),
    h('ul', {}, items),
  ]);
}

/**
 * Remote mode: how many of the node's links are loaded from the endpoint, and the button that loads the next
 * page ("Expand", then "More neighbours (N loaded)"). A success re-renders Details with the merged data; a
 * failure is reported over the graph and the button comes back.
 */
function remoteNeighbours(iri: string, session: RemoteSession): HTMLElement | null {
  const remote = session.source();
  if (!remote || iri.startsWith('_:')) return null;
  const status = remote.status(iri);
  const note = !status.expanded
    ? 'Its neighbours on the endpoint are not loaded yet.'
    : `${status.loaded} links loaded from the endpoint${status.more ? '; more remain.' : ', all there are.'}`;
  const label = !status.expanded ? 'Expand' : status.more ? `More neighbours (${status.loaded} loaded)` : null;
  const button = label === null ? null : h('button', { class: 'small-button', attrs: { type: 'button' }, text: label });
  if (button && status.busy) button.disabled = true;
  button?.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = 'Loading…';
    void expandWithNotice(session, remote, iri).then((outcome) => {
      if (outcome || !button.isConnected) return;
      button.disabled = false;
      button.textContent = label;
    });
  });
  return h('section', { class: 'okg-remote-details', attrs: { 'aria-label': 'Neighbours on the endpoint' } }, [
    h('p', { class: 'hint', text: note }),
    button,
  ]);
}

/** The node's graph actions as buttons (the node menu's items, reachable without a pointer). */
function actionRow(items: readonly NodeMenuItem[]): HTMLElement {
  return h(
    'p',
    { class: 'details-actions', attrs: { role: 'group', 'aria-label': 'Graph actions' } },
    items.map((item) =>
      h('button', {
        class: 'small-button',
        attrs: { type: 'button', title: item.title },
        text: item.label,
        on: { click: () => item.run() },
      }),
    ),
  );
}

export function renderDetails(host: HTMLElement, model: DetailsModel | null, actions: DetailsActions): void {
  clear(host);
  if (!model) {
    host.appendChild(
      h('p', {
        class: 'hint',
        text: 'Select a node on the graph, in the list or through search to see what the source says about it.',
      }),
    );
    return;
  }
  const dl = h('dl', { class: 'fields' }, [
    ...field('Also called', model.altLabels),
    ...field(model.identifiers.length > 1 ? 'Identifiers' : 'Identifier', model.identifiers),
    ...field('Notation', model.notations),
    ...field('Date', model.dates),
  ]);
  host.appendChild(h('h2', { class: 'details-title', text: model.label }));
  host.appendChild(
    h('p', { class: 'details-kind' }, [
      h('span', { class: 'swatch', attrs: { style: `background:${kindColor(model.kind)}`, 'aria-hidden': 'true' } }),
      model.kindLabel,
      ...model.badges.map((b) => h('span', { class: 'badge', attrs: { title: 'Status' }, text: b })),
    ]),
  );
  host.appendChild(actionRow(actions.nodeActions(model.key)));
  if (dl.childElementCount) host.appendChild(dl);
  for (const c of model.comments) host.appendChild(h('p', { class: 'comment', text: c }));
  for (const n of model.curationNotes) {
    host.appendChild(
      h('aside', { class: 'curation-note' }, [h('strong', { text: "Curator's note (not the source's words): " }), n]),
    );
  }
  if (model.otherLabels.length) {
    host.appendChild(
      h('dl', { class: 'fields other-labels' }, taggedField('Labels in other languages', model.otherLabels)),
    );
  }
  if (model.otherLiterals.length) {
    host.appendChild(h('dl', { class: 'fields other-literals' }, model.otherLiterals.flatMap(literalGroup)));
  }
  if (model.externalIris.length) {
    host.appendChild(
      h(
        'ul',
        { class: 'external-links', attrs: { 'aria-label': 'External links' } },
        model.externalIris.map((iri) => h('li', {}, [externalLink(iri)])),
      ),
    );
  }
  // The resource's published page (served by `osce-kg serve` and written by `osce-kg site` beside the explorer)
  const pageName = pageNameOf(model.iri);
  host.appendChild(
    h('p', { class: 'iri' }, [
      h('code', { text: model.iri }),
      ...(pageName === undefined
        ? []
        : [' ', h('a', { class: 'entity-page', attrs: { href: `id/${pageName}.html` }, text: 'Entity page' })]),
    ]),
  );
  const remote = remoteNeighbours(model.iri, actions.remote);
  if (remote) host.appendChild(remote);
  // What the sources say comes first, each passage once; the relations list follows as an index of the neighbours.
  const evidence = evidenceSection(model.relations, actions);
  if (evidence) host.appendChild(evidence);
  if (model.relations.length) {
    host.appendChild(h('h3', { text: 'Relations' }));
    for (const g of model.relations) host.appendChild(relationGroup(g, actions));
  }
}
