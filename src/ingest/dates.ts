// Dates a sentence gives: "16-17 February 2017", "September 19, 2016", "July 2016", "in 2016".

export interface DateMention {
  start: number;
  end: number;
  surface: string;
  /** ISO lexical form: `2017-02-16`, `2016-07` or `2016`. */
  value: string;
  datatype: 'date' | 'gYearMonth' | 'gYear';
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH = `(${MONTHS.join('|')})`;
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?\\s+${MONTH}\\s+(\\d{4})(?![\\p{N}])`,
  'gu',
);
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
    if (free(start, start + surface.length))
      found.push({ start, end: start + surface.length, surface, value, datatype });
  };
  // Every group of these patterns takes part in each match, so the '' defaults never apply
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const [surface, day = '', name = '', year = ''] = m;
    if (Number(day) <= 31) push(m.index, surface, `${year}-${month(name)}-${pad(day)}`, 'date');
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const [surface, name = '', day = '', year = ''] = m;
    if (Number(day) <= 31) push(m.index, surface, `${year}-${month(name)}-${pad(day)}`, 'date');
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    const [surface, name = '', year = ''] = m;
    push(m.index, surface, `${year}-${month(name)}`, 'gYearMonth');
  }
  for (const m of text.matchAll(YEAR)) {
    const [surface, year = ''] = m;
    push(m.index, surface, year, 'gYear');
  }
  return found.sort((a, b) => a.start - b.start);
}
