// Runs the real `osce-kg` command as a user would (a child process), and parses RDF from its output.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../../bin/osce-kg.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `node bin/osce-kg.js ...args` in the repository root; `input` is written to its stdin. */
export function runCli(
  args: string[],
  options: { input?: string; timeoutMs?: number; cwd?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  return runCommand(process.execPath, [BIN, ...args], options);
}

export function runCommand(
  command: string,
  args: string[],
  options: { input?: string; timeoutMs?: number; cwd?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, OSCE_KG_DEBUG: '', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Parses Turtle, TriG, N-Triples or N-Quads text with n3 (an independent parser, not the project's). */
export function parseWithN3(
  text: string,
  format: 'text/turtle' | 'application/trig' | 'application/n-triples' | 'application/n-quads',
): Quad[] {
  return new Parser({ format }).parse(text);
}
