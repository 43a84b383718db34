// Dated entities (decisions, events, publications, activities) by year, and the period filter's test.
import type { KgGraph, NodeAttributes } from '../../../kg/to-graph';

/**
 * The predicate that dates an entity itself; okg:statusAsOf and okg:plannedFor date a status or a plan, not the entity.
 */
export const DATE_PREDICATE = 'http://purl.org/dc/terms/date';

/** A closed range of years, both ends included. */
export interface Period {
  from: number;
  to: number;
}

export interface YearCount {
  year: number;
  count: number;
}

// xsd:date, xsd:gYear, xsd:gYearMonth and xsd:dateTime all start with the year.
const YEAR = /^(\d{4})(?:-|$)/;

/** The earliest year an entity is dated with, or null when it has no dcterms:date. */
export function yearOf(attrs: NodeAttributes): number | null {
  let earliest: number | null = null;
  for (const literal of attrs.literals[DATE_PREDICATE] ?? []) {
    const match = YEAR.exec(literal.value.trim());
    if (!match) continue;
    const year = Number(match[1]);
    if (earliest === null || year < earliest) earliest = year;
  }
  return earliest;
}

/** Every dated node with its year. */
export function datedNodes(graph: KgGraph): Map<string, number> {
  const years = new Map<string, number>();
  graph.forEachNode((key, attrs) => {
    const year = yearOf(attrs);
    if (year !== null) years.set(key, year);
  });
  return years;
}

/**
 * Dated nodes per year, every year from the first to the last (empty years count 0, so the bars keep the time scale).
 */
export function countByYear(years: Iterable<number>): YearCount[] {
  const counts = new Map<number, number>();
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  if (counts.size === 0) return [];
  const all = [...counts.keys()];
  const first = Math.min(...all);
  const last = Math.max(...all);
  const out: YearCount[] = [];
  for (let year = first; year <= last; year++) out.push({ year, count: counts.get(year) ?? 0 });
  return out;
}

/** True when a node stays under the period: undated nodes always do, dated ones when their year is inside it. */
export function inPeriod(attrs: NodeAttributes, period: Period | null): boolean {
  if (period === null) return true;
  const year = yearOf(attrs);
  return year === null || (year >= period.from && year <= period.to);
}

/** "1990-2005" (or "2001") from a URL; null when it is not a valid period. */
export function parsePeriod(text: string | null): Period | null {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(text?.trim() ?? '');
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  return from <= to ? { from, to } : null;
}

export function formatPeriod(period: Period): string {
  return period.from === period.to ? String(period.from) : `${period.from}-${period.to}`;
}
