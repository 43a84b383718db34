// Vitest globalSetup of the integration project: makes sure Virtuoso answers at 127.0.0.1:8890 (starts it if not).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

export const VIRTUOSO_SPARQL = 'http://127.0.0.1:8890/sparql';
const DB_DIR = '/var/lib/virtuoso-opensource-7/db';
const INI = '/etc/virtuoso-opensource-7/virtuoso.ini';
const START_TIMEOUT_MS = 120_000;

async function answers(): Promise<boolean> {
  try {
    const response = await fetch(`${VIRTUOSO_SPARQL}?query=${encodeURIComponent('ASK {}')}`, {
      headers: { accept: 'application/sparql-results+json' },
      signal: AbortSignal.timeout(2000),
    });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

let started: ChildProcess | undefined;

export default async function setup(): Promise<() => Promise<void>> {
  if (await answers()) return async () => undefined;
  if (spawnSync('which', ['virtuoso-t']).status !== 0 || !existsSync(INI)) {
    throw new Error(
      'Virtuoso is not installed: the integration tests need it (apt-get install -y virtuoso-opensource; see .ci/run)',
    );
  }
  mkdirSync(DB_DIR, { recursive: true });
  const log: string[] = [];
  started = spawn('virtuoso-t', ['+configfile', INI, '+foreground'], {
    cwd: DB_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.stdout?.on('data', (d: Buffer) => log.push(d.toString()));
  started.stderr?.on('data', (d: Buffer) => log.push(d.toString()));
  // An object, so the flag set by the listener is read afresh (a let would be narrowed to its first value)
  const virtuoso = { exited: false };
  started.once('exit', () => {
    virtuoso.exited = true;
  });
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await answers())) {
    // Another test run may have started Virtuoso a moment ago: then wait for that one to answer instead.
    const startedElsewhere = virtuoso.exited && /already runn+ing/.test(log.join(''));
    if ((virtuoso.exited && !startedElsewhere) || Date.now() > deadline) {
      started.kill('SIGTERM');
      throw new Error(
        `Virtuoso did not start (${virtuoso.exited ? 'it exited' : 'timeout'}):\n${log.join('').slice(-2000)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return async () => {
    const child = started;
    if (!child || !running(child)) return;
    // SIGTERM makes Virtuoso checkpoint and exit cleanly, so the next start needs no roll-forward.
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      gone,
      new Promise((r) => {
        timer = setTimeout(r, 30_000);
      }),
    ]);
    clearTimeout(timer);
    if (running(child)) child.kill('SIGKILL');
  };
}

/** Read through a call: a property read straight after a check would stay narrowed across the awaits in between. */
function running(child: ChildProcess): boolean {
  return child.exitCode === null;
}
