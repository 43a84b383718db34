// The queries a user ran and saved (pure): read from untrusted storage text, never throwing, and the edits on them.

export interface HistoryEntry {
  text: string;
  /** When it last ran, in milliseconds since the epoch. */
  ranAt: number;
}

export interface SavedQuery {
  name: string;
  text: string;
  savedAt: number;
}

export interface QueryLibrary {
  /** Newest first, one entry per distinct text. */
  history: HistoryEntry[];
  /** In the order they were first saved. */
  saved: SavedQuery[];
}

export const HISTORY_SIZE = 20;
export const SAVED_LIMIT = 200;
/** Longer texts are not kept: storage is small and shared by the whole site. */
export const MAX_QUERY_CHARS = 100_000;
export const MAX_NAME_CHARS = 120;

export const EMPTY_LIBRARY: QueryLibrary = { history: [], saved: [] };

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, name)
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.trim() !== '' && value.length <= max ? value : undefined;
}

function time(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}

function historyEntry(value: unknown): HistoryEntry | undefined {
  const query = text(field(value, 'text'), MAX_QUERY_CHARS);
  return query === undefined ? undefined : { text: query, ranAt: time(field(value, 'ranAt')) };
}

function savedQuery(value: unknown): SavedQuery | undefined {
  const query = text(field(value, 'text'), MAX_QUERY_CHARS);
  const name = text(field(value, 'name'), MAX_NAME_CHARS);
  return query === undefined || name === undefined
    ? undefined
    : { name: name.trim(), text: query, savedAt: time(field(value, 'savedAt')) };
}

function list<T>(value: unknown, read: (item: unknown) => T | undefined): T[] {
  return Array.isArray(value) ? value.map(read).filter((item): item is T => item !== undefined) : [];
}

/**
 * The library stored as JSON. Anything else (absent, not JSON, the wrong shape, entries of the wrong type) gives what
 * can be read of it: bad entries are dropped one by one, duplicates and overflow too.
 */
export function parseLibrary(raw: string | null): QueryLibrary {
  if (raw === null) return EMPTY_LIBRARY;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY_LIBRARY;
  }
  const history = list(field(value, 'history'), historyEntry).filter(
    (e, i, all) => all.findIndex((o) => o.text === e.text) === i,
  );
  const saved = list(field(value, 'saved'), savedQuery).filter(
    (s, i, all) => all.findIndex((o) => o.name === s.name) === i,
  );
  return { history: history.slice(0, HISTORY_SIZE), saved: saved.slice(0, SAVED_LIMIT) };
}

export function serializeLibrary(library: QueryLibrary): string {
  return JSON.stringify(library);
}

/** A query that ran goes to the top of the history (once), the oldest beyond HISTORY_SIZE drop out. */
export function recordRun(library: QueryLibrary, query: string, now: number): QueryLibrary {
  if (query.trim() === '' || query.length > MAX_QUERY_CHARS) return library;
  const history = [{ text: query, ranAt: now }, ...library.history.filter((e) => e.text !== query)].slice(
    0,
    HISTORY_SIZE,
  );
  return { ...library, history };
}

/** Saves under a name (trimmed); the same name again replaces the text in place. Throws a RangeError saying why not. */
export function saveQuery(library: QueryLibrary, name: string, query: string, now: number): QueryLibrary {
  const trimmed = name.trim();
  if (trimmed === '') throw new RangeError('Give the query a name to save it.');
  if (trimmed.length > MAX_NAME_CHARS) throw new RangeError(`Names are at most ${MAX_NAME_CHARS} characters.`);
  if (query.trim() === '') throw new RangeError('The query is empty.');
  if (query.length > MAX_QUERY_CHARS) throw new RangeError(`Queries over ${MAX_QUERY_CHARS} characters are not saved.`);
  const entry = { name: trimmed, text: query, savedAt: now };
  const index = library.saved.findIndex((s) => s.name === trimmed);
  if (index < 0 && library.saved.length >= SAVED_LIMIT)
    throw new RangeError(`At most ${SAVED_LIMIT} saved queries: delete one first.`);
  const saved = index < 0 ? [...library.saved, entry] : library.saved.map((s, i) => (i === index ? entry : s));
  return { ...library, saved };
}

export function deleteSaved(library: QueryLibrary, name: string): QueryLibrary {
  return { ...library, saved: library.saved.filter((s) => s.name !== name) };
}

/** A one-line summary of a query for a list: its text without PREFIX lines, whitespace collapsed, cut at max. */
export function querySummary(query: string, max = 90): string {
  const body = query
    .replace(/^\s*(?:PREFIX\s+[^\n]*|BASE\s+[^\n]*|#[^\n]*)\n/gim, '')
    .replace(/\s+/g, ' ')
    .trim();
  const line = body === '' ? query.replace(/\s+/g, ' ').trim() : body;
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
