// The query runner over the shared worker protocol (workers/exchange.ts): the load before the query, replies matched by
// id, errors with their position, cancel and a failing worker.
import { describe, expect, it } from 'vitest';
import { QueryAbortedError } from '../../../../src/query/limits';
import { QueryRunner, WorkerQueryError } from '../../../../src/explorer/panels/query/query-runner';
import type { WorkerRequest, WorkerResponse } from '../../../../src/explorer/panels/query/protocol';

/** Stands in for the query worker: answers each request as the script says, asynchronously; `terminate` is recorded. */
class FakeQueryWorker extends EventTarget {
  requests: WorkerRequest[] = [];
  terminated = false;
  constructor(private readonly answer: (request: WorkerRequest) => WorkerResponse | 'crash' | 'silent') {
    super();
  }
  postMessage(request: WorkerRequest): void {
    this.requests.push(request);
    setTimeout(() => {
      const reply = this.answer(request);
      if (reply === 'crash')
        this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message: 'script not found' }));
      else if (reply !== 'silent') this.dispatchEvent(new MessageEvent('message', { data: reply }));
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const OPTIONS = { timeoutMs: 5000, rowLimit: 100 };

function answers(request: WorkerRequest): WorkerResponse {
  if (request.type === 'load') return { type: 'loaded', id: request.id, quadCount: 1, ms: 1 };
  if (request.sparql.includes('SYNTAX'))
    return {
      type: 'error',
      id: request.id,
      name: 'SparqlSyntaxError',
      message: 'unexpected token',
      line: 1,
      column: 8,
    };
  return { type: 'result', id: request.id, result: { kind: 'boolean', value: true }, ms: 2 };
}

function runner(answer: (request: WorkerRequest) => WorkerResponse | 'crash' | 'silent' = answers) {
  const workers: FakeQueryWorker[] = [];
  const run = new QueryRunner(
    () => '<a> <b> <c> .',
    () => {
      const worker = new FakeQueryWorker(answer);
      workers.push(worker);
      return worker as unknown as Worker;
    },
  );
  return { run, workers };
}

describe('QueryRunner', () => {
  it('loads the data once, then runs queries, each answered by its own id', async () => {
    const { run, workers } = runner();
    expect(await run.run('ASK {}', OPTIONS)).toEqual({ result: { kind: 'boolean', value: true }, ms: 2 });
    await run.run('ASK { ?s ?p ?o }', OPTIONS);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.requests.map((r) => [r.type, r.id])).toEqual([
      ['load', 1],
      ['query', 2],
      ['query', 3],
    ]);
    expect(run.running).toBe(false);
  });

  it("throws the worker's error with its name and position", async () => {
    const { run } = runner();
    const error = await run.run('ASK SYNTAX', OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerQueryError);
    expect(error).toMatchObject({ name: 'SparqlSyntaxError', message: 'unexpected token', line: 1, column: 8 });
  });

  it('cancels by terminating the worker; the next query starts a fresh one and reloads', async () => {
    const { run, workers } = runner((r) => (r.type === 'query' && r.sparql === 'SLOW' ? 'silent' : answers(r)));
    const slow = run.run('SLOW', OPTIONS);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(run.running).toBe(true);
    run.cancel();
    await expect(slow).rejects.toBeInstanceOf(QueryAbortedError);
    expect(workers[0]!.terminated).toBe(true);
    expect(run.running).toBe(false);
    await run.run('ASK {}', OPTIONS);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.requests[0]!.type).toBe('load');
  });

  it('fails every request alike when the worker itself fails', async () => {
    const { run, workers } = runner(() => 'crash');
    const error = await run.run('ASK {}', OPTIONS).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'WorkerError', message: 'The query worker failed: script not found' });
    expect(workers[0]!.terminated).toBe(true);
  });
});
