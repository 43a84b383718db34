// Starts `osce-kg serve` as a child process on a free port and stops it (by its own pid) after the tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { BIN, ROOT } from './cli';

export interface Served {
  url: string;
  child: ChildProcess;
  stderr: () => string;
  stop(): Promise<void>;
}

export function serve(args: string[], timeoutMs = 120_000): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not start within ${timeoutMs} ms:\n${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${stderr}`));
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      const match = /SPARQL endpoint at (http:\/\/[^\s]+)\/sparql/.exec(stderr);
      const url = match?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      resolve({
        url,
        child,
        stderr: () => stderr,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
