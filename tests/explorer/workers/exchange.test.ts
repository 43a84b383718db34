// exchange(): one request to a worker, replies streamed until the final one; a failing worker and an abort reject.
import { describe, expect, it } from 'vitest';
import { exchange, WorkerFailedError } from '../../../src/explorer/workers/exchange';

type Reply = { type: 'progress'; n: number } | { type: 'done'; total: number };

/** Stands in for a Worker: answers each request with the replies given, asynchronously, as a worker would. */
class FakeWorker extends EventTarget {
  requests: unknown[] = [];
  constructor(private readonly script: (request: unknown) => (Reply | 'crash')[]) {
    super();
  }
  postMessage(request: unknown): void {
    this.requests.push(request);
    setTimeout(() => {
      for (const reply of this.script(request)) {
        if (reply === 'crash')
          this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message: 'boom' }));
        else this.dispatchEvent(new MessageEvent('message', { data: reply }));
      }
    });
  }
}

const isFinal = (m: Reply): m is Extract<Reply, { type: 'done' }> => m.type === 'done';

describe('exchange', () => {
  it('passes the replies before the final one to onReply and resolves with the final one', async () => {
    const worker = new FakeWorker(() => [
      { type: 'progress', n: 1 },
      { type: 'progress', n: 2 },
      { type: 'done', total: 3 },
    ]);
    const seen: Reply[] = [];
    const final = await exchange(worker as unknown as Worker, { ask: 1 }, { isFinal, onReply: (m) => seen.push(m) });
    expect(final).toEqual({ type: 'done', total: 3 });
    expect(seen).toEqual([
      { type: 'progress', n: 1 },
      { type: 'progress', n: 2 },
    ]);
    expect(worker.requests).toEqual([{ ask: 1 }]);
  });

  it('stops listening after the final reply', async () => {
    const worker = new FakeWorker(() => [
      { type: 'done', total: 1 },
      { type: 'progress', n: 9 },
    ]);
    const seen: Reply[] = [];
    await exchange(worker as unknown as Worker, {}, { isFinal, onReply: (m) => seen.push(m) });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen).toEqual([]);
  });

  it('rejects with WorkerFailedError when the worker fails', async () => {
    const worker = new FakeWorker(() => [{ type: 'progress', n: 1 }, 'crash']);
    await expect(exchange(worker as unknown as Worker, {}, { isFinal })).rejects.toBeInstanceOf(WorkerFailedError);
  });

  it('rejects with the abort reason when the signal aborts, before or during the exchange', async () => {
    const worker = new FakeWorker(() => []);
    const during = new AbortController();
    const pending = exchange(worker as unknown as Worker, {}, { isFinal, signal: during.signal });
    during.abort(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
    const before = new AbortController();
    before.abort(new Error('too late'));
    await expect(exchange(worker as unknown as Worker, {}, { isFinal, signal: before.signal })).rejects.toThrow(
      'too late',
    );
    expect(worker.requests).toHaveLength(1);
  });

  it('takes only its own replies when several requests share a worker', async () => {
    type Tagged = { id: number; done: boolean };
    const worker = new FakeWorker((request) => {
      const { id } = request as { id: number };
      // Replies interleaved: the other request's come first.
      return [
        { id: 3 - id, done: false },
        { id, done: false },
        { id: 3 - id, done: true },
        { id, done: true },
      ] as unknown as Reply[];
    });
    const seen: Record<number, Tagged[]> = { 1: [], 2: [] };
    const ask = (id: number) =>
      exchange<{ id: number }, Tagged, Tagged>(
        worker as unknown as Worker,
        { id },
        {
          isFinal: (r): r is Tagged => r.done,
          matches: (r) => r.id === id,
          onReply: (r) => seen[id]!.push(r),
        },
      );
    const [one, two] = await Promise.all([ask(1), ask(2)]);
    expect(one).toEqual({ id: 1, done: true });
    expect(two).toEqual({ id: 2, done: true });
    expect(seen[1]!.every((r) => r.id === 1)).toBe(true);
    expect(seen[2]!.every((r) => r.id === 2)).toBe(true);
  });
});
