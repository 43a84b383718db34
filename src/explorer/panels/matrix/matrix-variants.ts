// The two Matrix tables: OSCE bodies × SDG targets (okg:contributesTo) and OSCE bodies × themes (okg:addresses).
import { NS, OKG, SKOS_ALT_LABEL, SKOS_NOTATION } from '../../../rdf/vocab';
import type { LiteralValue } from '../../../kg/labels';

export const OSCE_BODY = OKG + 'OSCEBody';
export const SDG_TARGET = NS.sdgo + 'Target';
export const THEME = OKG + 'Theme';
export const CONTRIBUTES_TO = OKG + 'contributesTo';
export const ADDRESSES = OKG + 'addresses';
export const ORGANIZED_BY = OKG + 'organizedBy';

export type MatrixVariantId = 'targets' | 'themes';

export interface MatrixVariant {
  id: MatrixVariantId;
  /** Heading and caption words: "SDG target", "theme". */
  column: string;
  columns: string;
  /** The statement a cell counts, from the body (or what it organized) to the column entity, and its verb. */
  predicate: string;
  verb: string;
  /** The rdf:type of the columns (UN target IRIs count as targets even when untyped). */
  columnType: string;
  isColumn(key: string, typed: ReadonlySet<string>): boolean;
  /** The short text of a column ("10.7"), from its key and literals. */
  code(key: string, literals: Record<string, LiteralValue[]>, label: string): string;
  /** Column order: SDG order for targets (10.2 < 10.7 < 10.10 < 10.a), alphabetical for themes. */
  compareCodes(a: string, b: string): number;
  /** Stated in the panel, so that readers know exactly what a number means. */
  definition: string;
  lead: string;
}

/** A UN SDG target IRI (`http://metadata.un.org/sdg/10.7`). */
const SDG_TARGET_IRI = /^http:\/\/metadata\.un\.org\/sdg\/(\d+\.[0-9a-z]+)$/;

/** The shortest acronym or short name (ties: code-point order), for compact captions. */
export function shortName(literals: Record<string, LiteralValue[]> | undefined): string | undefined {
  const names = [...new Set(literals?.[SKOS_ALT_LABEL]?.map((l) => l.value) ?? [])];
  names.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  return names[0];
}

function targetCode(key: string, literals: Record<string, LiteralValue[]>): string | undefined {
  const match = SDG_TARGET_IRI.exec(key);
  if (match?.[1] !== undefined) return match[1];
  return literals[SKOS_NOTATION]?.map((n) => n.value)
    .filter((n) => /^\d+\.[0-9a-z]+$/i.test(n))
    .sort()[0];
}

const definition = (predicate: string, what: string): string =>
  `Each cell counts the distinct ${predicate} statements that link the ${what} either to the OSCE body itself or to an ` +
  'activity, event or publication the body carries out (X okg:organizedBy body). A statement asserted by several passages ' +
  'counts once; opening the cell lists every passage quoted for it, or the curation rule that added it. ' +
  'Only statements the filters leave visible are counted.';

export const MATRIX_VARIANTS: Readonly<Record<MatrixVariantId, MatrixVariant>> = {
  targets: {
    id: 'targets',
    column: 'SDG target',
    columns: 'SDG targets',
    predicate: CONTRIBUTES_TO,
    verb: 'contributes to',
    columnType: SDG_TARGET,
    isColumn: (key, typed) => typed.has(key) || SDG_TARGET_IRI.test(key),
    code: (key, literals, label) => targetCode(key, literals) ?? label,
    compareCodes: (a, b) => a.localeCompare(b, 'en', { numeric: true }),
    definition: definition('okg:contributesTo', 'SDG target'),
    lead:
      'Which OSCE bodies work towards which UN Sustainable Development Goal targets: the source names the goals by topic, ' +
      'the curators read the targets from its wording.',
  },
  themes: {
    id: 'themes',
    column: 'theme',
    columns: 'themes',
    predicate: ADDRESSES,
    verb: 'addresses',
    columnType: THEME,
    isColumn: (key, typed) => typed.has(key),
    code: (_key, literals, label) => shortName(literals) ?? label,
    compareCodes: (a, b) => a.localeCompare(b, 'en'),
    definition: definition('okg:addresses', 'theme'),
    lead: 'Which OSCE bodies work on which migration governance themes, directly or through what they organize.',
  },
};
