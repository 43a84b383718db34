// Stops in afterAll what beforeAll started: a beforeAll that failed part way leaves some of its variables unset.

/** A served CLI process (stop) or a server, proxy or engine (close). */
type Stoppable = { stop(): Promise<unknown> } | { close?(): Promise<unknown>; stop?: undefined };

/** Stops each thing that was started, in order, skipping those never set. */
export async function stopStarted(...started: (Stoppable | undefined)[]): Promise<void> {
  for (const thing of started) {
    if (thing?.stop) await thing.stop();
    else await thing?.close?.();
  }
}

/** Closes a page's browser context; the page may never have been opened. */
export async function closePageContext(page: { context(): { close(): Promise<unknown> } } | undefined): Promise<void> {
  await page?.context().close();
}

/** Closes a Node HTTP server that may never have been started. */
export function closeServer(server: { close(done: () => void): unknown } | undefined): Promise<void> {
  return new Promise((done) => (server ? server.close(() => done()) : done()));
}
