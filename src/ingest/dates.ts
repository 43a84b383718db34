// Dates a sentence gives: "16-17 February 2017", "September 19, 2016", "July 2016", "in 2016".

export interface DateMention {
  start: number;
  end: number;
  surface: string;
  /** ISO lexical form: `2017-02-16`, `2016-07` or `2016`. */
  value: string;
  datatype: 'date' | 'gYearMonth' | 'gYear';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = `(${MONTHS.join('|')})`;
const DAY_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?\\s+${MONTH}\\s+(\\d{4})(?![\\p{N}])`, 'gu');
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})(?![\\p{N}])`, 'gu');
const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])${MONTH}\\s+(\\d{4})(?![\\p{N}])`, 'gu');
const YEAR = /(?<![\p{L}\p{N}/.-])((?:19|20)\d{2})(?![\p{N}/])/gu;

const pad = (n: string | number) => String(n).padStart(2, '0');
const month = (name: string) => pad(MONTHS.indexOf(name) + 1);

/** Every date in `text`, the most precise reading of each span, in text order. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  const free = (start: number, end: number) => !found.some((d) => start < d.end && d.start < end);
  const push = (start: number, surface: string, value: string, datatype: DateMention['datatype']) => {
    if (free(start, start + surface.length)) found.push({ start, end: start + surface.length, surface, value, datatype });
  };
  for (const m of text.matchAll(DAY_MONTH_YEAR)) if (Number(m[1]) <= 31) push(m.index, m[0], `${m[3]}-${month(m[2])}-${pad(m[1])}`, 'date');
  for (const m of text.matchAll(MONTH_DAY_YEAR)) if (Number(m[2]) <= 31) push(m.index, m[0], `${m[3]}-${month(m[1])}-${pad(m[2])}`, 'date');
  for (const m of text.matchAll(MONTH_YEAR)) push(m.index, m[0], `${m[2]}-${month(m[1])}`, 'gYearMonth');
  for (const m of text.matchAll(YEAR)) push(m.index, m[0], m[1], 'gYear');
  return found.sort((a, b) => a.start - b.start);
}
