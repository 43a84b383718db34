// Entity kinds of the domain: which class IRI makes a node a body, a partner, a decision, ... plus colours and names.
import { NS, OKG } from '../rdf/vocab';

export const ENTITY_KINDS = [
  'body',
  'partner',
  'country',
  'region',
  'decision',
  'framework',
  'activity',
  'event',
  'publication',
  'theme',
  'goal',
  'target',
  'post',
  'city',
  'agent',
  'passage',
  'source',
  'other',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The kinds a text can name: every kind but the passages and source documents, which are the text itself. */
export const NAMED_ENTITY_KINDS: readonly EntityKind[] = ENTITY_KINDS.filter((k) => k !== 'passage' && k !== 'source');

/** The contract's classes, each naming exactly one kind. */
export const KIND_OF_CLASS: Readonly<Record<string, EntityKind>> = {
  [OKG + 'OSCEBody']: 'body',
  [OKG + 'Partner']: 'partner',
  [OKG + 'Country']: 'country',
  [OKG + 'Region']: 'region',
  [OKG + 'Decision']: 'decision',
  [OKG + 'Framework']: 'framework',
  [OKG + 'Activity']: 'activity',
  [OKG + 'Event']: 'event',
  [OKG + 'Publication']: 'publication',
  [OKG + 'Theme']: 'theme',
  [NS.sdgo + 'Goal']: 'goal',
  [NS.sdgo + 'Target']: 'target',
  [NS.org + 'Post']: 'post',
  [OKG + 'City']: 'city',
  [OKG + 'Passage']: 'passage',
  [OKG + 'SourceDocument']: 'source',
  // A passage's Web Annotation selectors (its position in the text) are provenance, drawn only with the passages.
  [NS.oa + 'TextQuoteSelector']: 'passage',
  [NS.oa + 'TextPositionSelector']: 'passage',
};

/**
 * Weaker hints for data that does not use the contract's classes (a user's own files):
 * consulted only when no contract class matched.
 */
const FALLBACK_KIND_OF_CLASS: Readonly<Record<string, EntityKind>> = {
  [NS.org + 'Organization']: 'partner',
  [NS.org + 'FormalOrganization']: 'partner',
  [NS.org + 'OrganizationalUnit']: 'body',
  [NS.skos + 'Concept']: 'theme',
  // People or groups of them acting in something (trainees, an audience), with no organisation of their own.
  [NS.prov + 'Agent']: 'agent',
};

/** Display names of the kinds, singular, for legends and filters. */
export const KIND_LABELS: Readonly<Record<EntityKind, string>> = {
  body: 'OSCE body',
  partner: 'Partner organization',
  country: 'Country',
  region: 'Region',
  decision: 'Decision',
  framework: 'Framework',
  activity: 'Activity',
  event: 'Event',
  publication: 'Publication',
  theme: 'Theme',
  goal: 'SDG goal',
  target: 'SDG target',
  post: 'Post',
  city: 'City',
  agent: 'Agent (people)',
  passage: 'Source passage',
  source: 'Source document',
  other: 'Other',
};

/** One colour per kind, distinguishable on white and dark backgrounds (Tableau-like palette). */
export const KIND_COLORS: Readonly<Record<EntityKind, string>> = {
  body: '#1f77b4',
  partner: '#ff7f0e',
  country: '#2ca02c',
  region: '#98df8a',
  decision: '#d62728',
  framework: '#9467bd',
  activity: '#8c564b',
  event: '#e377c2',
  publication: '#bcbd22',
  theme: '#17becf',
  goal: '#393b79',
  target: '#6b6ecf',
  post: '#aec7e8',
  city: '#637939',
  agent: '#c49c94',
  passage: '#c7c7c7',
  source: '#7f7f7f',
  other: '#aaaaaa',
};

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

/**
 * The kind of a resource from its rdf:types. When several contract classes apply, the one
 * listed first in ENTITY_KINDS wins, so the answer never depends on the order of the types.
 */
export function kindOfTypes(types: Iterable<string>): EntityKind {
  let best: EntityKind | undefined;
  let fallback: EntityKind | undefined;
  for (const type of types) {
    const kind = KIND_OF_CLASS[type];
    if (kind !== undefined && (best === undefined || rank(kind) < rank(best))) best = kind;
    const weak = FALLBACK_KIND_OF_CLASS[type];
    if (weak !== undefined && (fallback === undefined || rank(weak) < rank(fallback))) fallback = weak;
  }
  return best ?? fallback ?? 'other';
}

function rank(kind: EntityKind): number {
  return ENTITY_KINDS.indexOf(kind);
}
