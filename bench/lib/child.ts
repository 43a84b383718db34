// The runner side of a bench step: spawn a child under /usr/bin/time (for its peak RSS), collect its messages, kill it
// at a deadline.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MESSAGE_PREFIX } from './step-io';

export type Message = Record<string, unknown> & { event?: string };

export interface ChildOutcome {
  messages: Message[];
  exitCode: number | null;
  /** Killed at the deadline (overall, or by the `onMessage` controller). */
  killed: boolean;
  /** Peak resident set size of the child in MB, from /usr/bin/time (absent when it could not be read). */
  maxRssMb?: number;
  wallMs: number;
  /** Milliseconds from spawn to the first byte on stdout (for one-shot "time to first answer"). */
  firstStdoutMs?: number;
  stdout: string;
  stderr: string;
}

export interface ChildOptions {
  timeoutMs: number;
  cwd?: string;
  /** Called for each message; may call `kill()` (e.g. a per-query deadline). */
  onMessage?(message: Message, kill: () => void): void;
  /** Keep the whole stdout (one-shot CLI output); otherwise only messages are kept. */
  keepStdout?: boolean;
  env?: NodeJS.ProcessEnv;
}

const TIME = '/usr/bin/time';

/** Runs `command args` (e.g. `node --import tsx bench/steps/x.ts ...`) and resolves when it exits or is killed. */
export function runChild(command: string, args: string[], options: ChildOptions): Promise<ChildOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'osce-bench-'));
  const rssFile = join(dir, 'rss');
  const withTime = existsSync(TIME);
  const [cmd, argv] = withTime ? [TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
  const start = performance.now();
  // detached: its own process group, so killing it also kills the node under /usr/bin/time
  const child = spawn(cmd, argv, {
    cwd: options.cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: options.env ?? process.env,
  });
  const messages: Message[] = [];
  let killed = false;
  let firstStdoutMs: number | undefined;
  let pending = '';
  let stdout = '';
  let stderr = '';
  const kill = () => {
    if (killed || child.exitCode !== null) return;
    killed = true;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  };
  const timer = setTimeout(kill, options.timeoutMs);
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    firstStdoutMs ??= performance.now() - start;
    if (options.keepStdout) stdout += chunk;
    pending += chunk;
    let newline;
    while ((newline = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      if (!line.startsWith(MESSAGE_PREFIX)) continue;
      const message = JSON.parse(line.slice(MESSAGE_PREFIX.length)) as Message;
      messages.push(message);
      options.onMessage?.(message, kill);
    }
  });
  child.stderr.on('data', (chunk: string) => {
    if (stderr.length < 20_000) stderr += chunk;
  });
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      let maxRssMb: number | undefined;
      if (withTime && existsSync(rssFile)) {
        const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
        const kb = Number(lines[lines.length - 1]);
        if (Number.isFinite(kb) && kb > 0) maxRssMb = Math.round(kb / 1024);
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({
        messages,
        exitCode: code,
        killed,
        maxRssMb,
        wallMs: performance.now() - start,
        firstStdoutMs,
        stdout,
        stderr,
      });
    });
  });
}

/** `node --import tsx <script> args` as a child step. */
export function runTsStep(script: string, args: string[], options: ChildOptions): Promise<ChildOutcome> {
  return runChild(process.execPath, ['--import', 'tsx', script, ...args], options);
}

/** The first error message a child reported, or the tail of its stderr. */
export function childError(outcome: ChildOutcome): string {
  const error = outcome.messages.find((m) => m.event === 'error');
  if (error) return `${String(error.name)}: ${String(error.message)}`;
  if (outcome.killed) return 'killed at its time limit';
  const tail = outcome.stderr.trim().split('\n').filter(Boolean).slice(-2).join(' ');
  return tail || `exit code ${outcome.exitCode}`;
}
