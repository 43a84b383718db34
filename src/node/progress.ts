// A progress line on stderr for slow work: silent when the work ends within a second, so quick commands stay quiet.

export interface Progress {
  /** Latest count of done/total units (shown on a terminal; optional). */
  update(done: number, total?: number): void;
  /** Ends the line; `summary` is printed only if the progress line was shown. */
  done(summary?: string): void;
}

export interface ProgressOptions {
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Milliseconds before anything is printed. */
  delayMs?: number;
  /**
   * Print the line at once. Parsing blocks the event loop, so a timer cannot fire during it:
   * callers that can tell the work will be slow (a big input) say so up front.
   */
  now?: boolean;
}

/** Starts a progress reporter for `label` ("loading 3 files"). */
export function startProgress(label: string, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const delayMs = options.delayMs ?? 1000;
  const started = Date.now();
  const tty = Boolean(stream.isTTY);
  let shown = false;
  let last = '';
  let lastWrite = 0;

  const render = (): string => `osce-kg: ${label}${last ? ` ${last}` : ''}…`;
  const show = (): void => {
    shown = true;
    stream.write(tty ? `\r${render()}` : `${render()}\n`);
  };
  // unref: a pending progress line must never keep the process alive.
  const timer = setTimeout(show, delayMs);
  timer.unref();
  if (options.now) show();

  return {
    update(done, total) {
      last = total ? `${Math.floor((100 * done) / total)}%` : `${done}`;
      const now = Date.now();
      // Redraw at most ten times a second, and only on a terminal (a log file gets one line).
      if (shown && tty && now - lastWrite > 100) {
        lastWrite = now;
        stream.write(`\r${render()}`);
      }
    },
    done(summary) {
      clearTimeout(timer);
      const ms = Date.now() - started;
      // A blocking step that ran past the delay still gets its line, after the fact.
      if (!shown && ms < delayMs) return;
      const seconds = (ms / 1000).toFixed(1);
      stream.write(`${tty ? '\r\x1b[K' : ''}osce-kg: ${summary ?? label} in ${seconds} s\n`);
    },
  };
}
