// Paging and the text filter of the results table (pure): which rows a page shows and how the pager reads.
import type { Cell } from './result-model';

export const PAGE_SIZE = 50;

/** Rows with every word of the filter in one of their cells (shown text or full value), ignoring case. */
export function filterRows(rows: readonly Cell[][], filter: string): Cell[][] {
  const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const haystack = row
      .map((cell) => `${cell.text}\u0000${cell.title}`)
      .join('\u0000')
      .toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

export interface ResultPage {
  /** 0-based page, clamped to the pages there are. */
  page: number;
  pages: number;
  /** 1-based numbers of the first and last rows shown (0 and 0 when there are none). */
  first: number;
  last: number;
  total: number;
  rows: Cell[][];
}

export function pageOf(rows: readonly Cell[][], page: number, size = PAGE_SIZE): ResultPage {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const clamped = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const start = clamped * size;
  const shown = rows.slice(start, start + size);
  return {
    page: clamped,
    pages,
    first: shown.length ? start + 1 : 0,
    last: start + shown.length,
    total: rows.length,
    rows: shown,
  };
}

/** "Rows 51–100 of 812", with "(filtered from N)" when a filter hides rows. */
export function pageLabel(page: ResultPage, unfiltered: number): string {
  const filtered = page.total < unfiltered ? ` (filtered from ${unfiltered})` : '';
  if (page.total === 0) return unfiltered > 0 ? `No rows match the filter (of ${unfiltered})` : 'No rows';
  return `Rows ${page.first}–${page.last} of ${page.total}${filtered}`;
}
