// Starts query worker threads; no heavy imports here, so a command can boot one before loading the rest of its code.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { projectPath } from './project-root';

// Plain JavaScript kept in src/node/, also when the CLI runs from its prebuilt bundle.
const ENTRY = projectPath('src', 'node', 'query-worker-thread.js');

/**
 * The parent's Node flags minus those a worker refuses (`node --input-type=module -e ...` would make the
 * worker fail to start); the rest (memory limits, loaders) still apply to the worker.
 */
function workerExecArgv(): string[] {
  const out: string[] = [];
  let skipNext = false;
  for (const arg of process.execArgv) {
    if (skipNext) {
      skipNext = false;
      continue;
    }
    if (arg.startsWith('--input-type')) continue;
    // The script of -e / -p is the next argument
    if (arg === '-e' || arg === '--eval' || arg === '-p' || arg === '--print') {
      skipNext = true;
      continue;
    }
    if (arg.startsWith('--eval=') || arg.startsWith('--print=')) continue;
    out.push(arg);
  }
  return out;
}

/**
 * A new query worker thread, with a heap cap if given (it boots and compiles Oxigraph's WASM, then waits for a load
 * message).
 */
export function spawnQueryWorker(resourceLimits?: ResourceLimits): Worker {
  return new Worker(ENTRY, { execArgv: workerExecArgv(), resourceLimits });
}

let early: Worker | undefined;

/**
 * Boots a worker for the next engine to take (see takeEarlyWorker), now: the thread compiles Oxigraph while the
 * command loads its own modules and reads its files. Unref'd and watched, so it neither keeps the process alive
 * nor turns a crash into an unhandled error.
 */
export function bootQueryWorkerEarly(): void {
  if (early) return;
  const worker = spawnQueryWorker();
  worker.unref();
  worker.on('error', () => undefined);
  worker.once('exit', () => {
    if (early === worker) early = undefined;
  });
  early = worker;
}

/** The worker bootQueryWorkerEarly started, if it is still there (each one is handed out once). */
export function takeEarlyWorker(): Worker | undefined {
  const worker = early;
  early = undefined;
  return worker;
}
