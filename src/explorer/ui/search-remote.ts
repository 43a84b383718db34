// Remote mode's search: after a pause in typing the endpoint is asked; typing on, choosing or leaving cancels the
// request.
import type { Suggestion } from '../core/search/search-index';
import { failureMessage } from '../remote/messages';
import { searchText } from '../remote/queries';
import type { RemoteSession } from '../remote/session';

/** Pause after a keystroke before the endpoint is asked: typing on cancels the request. */
const REMOTE_SEARCH_DELAY_MS = 250;

export interface RemoteSearchCallbacks {
  /** The endpoint's matches for the text. */
  found(suggestions: Suggestion[]): void;
  /** The request is over (answered or failed): the list is drawn again. */
  settled(): void;
}

export class RemoteSearch {
  /** A line under the suggestions while the endpoint is asked, or when it failed. */
  note: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | null = null;

  constructor(
    private readonly session: RemoteSession,
    private readonly limit: number,
  ) {}

  /** Asks the endpoint for `text` after the pause (nothing outside remote mode or for text with no words). */
  start(text: string, callbacks: RemoteSearchCallbacks): void {
    const remote = this.session.source();
    if (!remote || searchText(text) === '') return;
    this.note = `Searching ${remote.endpoint}…`;
    const controller = new AbortController();
    this.abort = controller;
    this.timer = setTimeout(() => {
      remote
        .search(text, this.limit, controller.signal)
        .then(
          (found) => {
            if (controller.signal.aborted) return;
            callbacks.found(found);
            this.note = null;
          },
          (error: unknown) => {
            if (controller.signal.aborted) return;
            this.note = 'Search failed (see the message over the graph)';
            this.session.report({ kind: 'error', text: failureMessage(error, remote.endpoint, 'Search') });
          },
        )
        .finally(() => {
          if (controller.signal.aborted) return;
          this.abort = null;
          callbacks.settled();
        });
    }, REMOTE_SEARCH_DELAY_MS);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
    this.abort = null;
    this.note = null;
  }
}
