// Mentions found by their form: OSCE decision identifiers, SDG goals and targets by notation, new organisations.
import { ID, NS } from '../rdf/vocab';
import type { EntityDictionary } from './dictionary';
import type { Mention } from './mentions';

/** `MC.DEC/2/05`, `PC.DEC/557`, `MC.DOC/2/05`, also as printed across a line (`MC. DEC/14/04`). */
const DECISION_ID = /(?<![\p{L}\p{N}])(MC|PC)\.\s?(DEC|DOC|DC)\/(\d{1,4})(?:\/(\d{2}))?(?![\p{N}])/gu;
/** `MC Decision No. 2/05`, `Ministerial Council Decision No. 3/16`, `Permanent Council Decision No. 1049`. */
const DECISION_NAME =
  /(?<![\p{L}\p{N}])(Ministerial Council|Permanent Council|MC|PC)\s+Decision\s+No\.?\s*(\d{1,4})(?:\/(\d{2}))?(?![\p{N}])/gu;
/** `SDG 8.7`, `Goal 16`, `target 10.7`, `targets 8.7 and 16.2`, `SDGs 5 and 10`. */
const SDG_REF =
  /(?<![\p{L}\p{N}])(?:SDGs?|[Gg]oals?|[Tt]argets?)\s+(\d{1,2}(?:\.[0-9a-z]{1,2})?(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)\d{1,2}(?:\.[0-9a-z]{1,2})?)*)(?![\p{L}\p{N}])/gu;
const NOTATION = /\d{1,2}(?:\.[0-9a-z]{1,2})?/g;

const COUNCIL: Record<string, string> = { 'Ministerial Council': 'MC', 'Permanent Council': 'PC', MC: 'MC', PC: 'PC' };

/** Mentions of decisions and SDGs found by pattern, linked to the graph's entity when it has one. */
export function findPatternMentions(text: string, dictionary: EntityDictionary): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(DECISION_ID)) {
    const identifier = `${m[1]}.${m[2]}/${m[3]}${m[4] ? `/${m[4]}` : ''}`;
    const councils = dictionary.names.filter((n) => n.surface === m[1] && n.kind === 'body').map((n) => n.iri);
    found.push({
      ...decisionMention(m.index, m[0], identifier, dictionary),
      ...(councils.length > 0 ? { councilIris: [...new Set(councils)].sort() } : {}),
    });
  }
  for (const m of text.matchAll(DECISION_NAME)) {
    const written = m[1] ?? '';
    const council = COUNCIL[written] ?? written;
    const identifier = `${council}.DEC/${m[2]}${m[3] ? `/${m[3]}` : ''}`;
    // The council as written or by its abbreviation, when the graph knows it by one of them
    const councils = dictionary.names
      .filter((n) => (n.surface === written || n.surface === council) && n.kind === 'body')
      .map((n) => n.iri);
    found.push({
      ...decisionMention(m.index, m[0], identifier, dictionary),
      ...(councils.length > 0 ? { councilIris: [...new Set(councils)].sort() } : {}),
    });
  }
  for (const m of text.matchAll(SDG_REF)) {
    const [surface, list = ''] = m; // the list group takes part in every match
    const listStart = m.index + surface.length - list.length;
    for (const n of list.matchAll(NOTATION)) {
      const notation = n[0];
      const start = n.index === 0 ? m.index : listStart + n.index;
      const end = listStart + n.index + notation.length;
      const known = dictionary.byNotation.get(notation);
      found.push({
        start,
        end,
        surface: text.slice(start, end),
        iris: [known ?? NS.sdg + notation],
        kind: notation.includes('.') ? 'target' : 'goal',
        via: 'sdg-pattern',
        ...(known ? {} : { isNew: true, name: `SDG ${notation}` }),
      });
    }
  }
  return found;
}

function decisionMention(start: number, surface: string, identifier: string, dictionary: EntityDictionary): Mention {
  const known = dictionary.byIdentifier.get(identifier);
  if (known && known.length > 0)
    return { start, end: start + surface.length, surface, iris: known, kind: 'decision', via: 'decision-pattern' };
  return {
    start,
    end: start + surface.length,
    surface,
    iris: [ID + slug(identifier)],
    kind: 'decision',
    via: 'decision-pattern',
    isNew: true,
    name: identifier,
  };
}

/** A lowercase IRI-safe slug: `MC.DEC/2/05` -> `mc-dec-2-05`. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'x'
  );
}
