// The query text in the page's URL (`q=`): a shared link reopens the Query tab with its text, and a run writes it.

/** The part of ExplorerContext.urlParam's handle the panel uses. */
export interface LinkParam {
  get(): string | null;
  set(value: string | null): void;
  onChange(listener: (value: string | null) => void): () => void;
}

/** The longest query a link carries (the URL state keeps parameters up to 20,000 characters). */
export const MAX_LINKED_QUERY = 20_000;

/** The query a link holds, or null when there is none or it cannot be a query (empty, or too long to be ours). */
export function linkedQuery(value: string | null): string | null {
  return value !== null && value.trim() !== '' && value.length <= MAX_LINKED_QUERY ? value : null;
}

export interface QueryLinkTarget {
  setText(text: string): void;
  /** Shows the answers this query got when it ran in this page, if still true; false if there are none. */
  showRecent(text: string): boolean;
  /** Tells the user where the editor's text came from. */
  say(text: string): void;
}

export const FROM_LINK = 'This query came from the link: Run (Ctrl+Enter) to see its answers.';

/**
 * Binds the panel to its parameter: the link's query is the editor's starting text, shown but not run (a link may carry
 * a heavy query: the reader decides), and back and forward bring the query of that history entry back. Returns that
 * starting text and what the panel calls when a query runs, which writes the parameter.
 */
export function bindQueryLink(
  param: LinkParam,
  target: QueryLinkTarget,
): { initial: string | null; ran(text: string): void } {
  const initial = linkedQuery(param.get());
  param.onChange((value) => {
    const query = linkedQuery(value);
    if (query === null) return;
    target.setText(query);
    // A query run in this page (the data unchanged since) comes back with its answers; another waits for Run.
    if (!target.showRecent(query)) target.say(FROM_LINK);
  });
  return {
    initial,
    ran(text) {
      // A query too long for a link leaves none rather than a cut one.
      param.set(text.length <= MAX_LINKED_QUERY ? text : null);
    },
  };
}
