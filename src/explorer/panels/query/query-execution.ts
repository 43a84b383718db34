// Runs the editor's query on the local engine (a worker) or the endpoint, one at a time, with the known prefixes added.
import type { ExplorerContext } from '../../context';
import { quadsToNQuads } from '../../../query/terms';
import type { RemoteControls } from '../../remote/query-section';
import { withImplicitPrefixes } from './implicit-prefixes';
import { toWireResult, type WireResult } from './protocol';
import { describeQueryError } from './query-errors';
import type { QueryOutput } from './query-output';
import { QueryRunner } from './query-runner';
import type { QueryToolbar } from './query-toolbar';
import { RecentAnswers } from './recent-answers';

export interface QueryExecution {
  /** Runs text (the user's query); a run started meanwhile wins, and the older one's answer is dropped. */
  run(text: string): Promise<void>;
  cancel(): void;
  /** The dataset changed: the local engine reloads it before the next query (and recent answers are dropped). */
  dataChanged(): void;
  /** Shows the answers this text got when it last ran here, if the data has not changed since; false if none. */
  showRecent(text: string): boolean;
}

export interface ExecutionParts {
  host: HTMLElement;
  context: ExplorerContext;
  remote: RemoteControls;
  toolbar: QueryToolbar;
  output: QueryOutput;
  /** Marks a syntax error in the editor (null clears). */
  markError(error: { line: number; column: number; message: string } | null): void;
}

function createWorker(): Worker {
  return new Worker(new URL('../../workers/query-worker.ts', import.meta.url), { type: 'module', name: 'sparql' });
}

export function createQueryExecution({
  host,
  context,
  remote,
  toolbar,
  output,
  markError,
}: ExecutionParts): QueryExecution {
  const runner = new QueryRunner(() => quadsToNQuads(context.getQuads()), createWorker);
  let runCount = 0;
  const recent = new RecentAnswers<{ result: WireResult; ms: number }>();
  const keyOf = (text: string) => RecentAnswers.key(remote.source()?.endpoint ?? '', text);
  let remoteAbort: AbortController | undefined;
  const setRunning = (running: boolean) => {
    toolbar.setRunning(running);
    host.dataset.queryState = running ? 'running' : 'idle';
  };

  async function answer(sparql: string): Promise<{ result: WireResult; ms: number }> {
    const options = { timeoutMs: toolbar.timeoutMs(), rowLimit: toolbar.rowLimit() };
    const source = remote.source();
    if (!source) return runner.run(sparql, options);
    // An endpoint answers over the network: the page stays free, an AbortController stops the request.
    remoteAbort?.abort();
    remoteAbort = new AbortController();
    const started = performance.now();
    const result = await source.engine.query(sparql, { ...options, signal: remoteAbort.signal });
    return { result: toWireResult(result), ms: performance.now() - started };
  }

  setRunning(false);
  return {
    async run(text) {
      const prepared = withImplicitPrefixes(text);
      const id = ++runCount;
      markError(null);
      setRunning(true);
      output.setStatus('Running…');
      try {
        const outcome = await answer(prepared.sparql);
        if (id === runCount) output.showResult(outcome.result, outcome.ms);
        recent.remember(keyOf(text), outcome);
      } catch (error) {
        if (id !== runCount) return;
        const report = describeQueryError(error, prepared);
        output.showError(report);
        if (report.mark) markError(report.mark);
      } finally {
        if (id === runCount) setRunning(false);
      }
    },
    cancel() {
      // Terminating an idle worker would only cost a reload of the data.
      if (runner.running) runner.cancel();
      remoteAbort?.abort();
    },
    dataChanged() {
      recent.clear();
      runner.dataChanged();
    },
    showRecent(text) {
      const kept = recent.get(keyOf(text));
      if (kept === undefined || host.dataset.queryState === 'running') return false;
      markError(null);
      output.showResult(kept.result, kept.ms, true);
      return true;
    },
  };
}
