// Inputs with bounds, as a user meets them: /dev/zero, an endless pipe, a PNG, a file over --max-input, JSON-LD
// bombs, and numeric options past what they can honour. Each ends early with a clear message and an exit code.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, type CliRun } from './helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'osce-kg-inputs-'));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** Runs the CLI with an endless stream of N-Triples on its standard input, until the CLI exits. */
function runWithEndlessStdin(args: string[]): Promise<CliRun & { fed: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let fed = 0;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    const line = Buffer.from(
      '<http://example.org/s> <http://example.org/p> "an endless stream of the same triple" .\n'.repeat(1000),
    );
    const feed = (): void => {
      while (child.stdin.writable && child.stdin.write(line)) fed += line.length;
    };
    child.stdin.on('drain', feed);
    child.stdin.on('error', () => undefined);
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started, fed });
    });
    feed();
  });
}

describe('inputs with bounds', () => {
  it('/dev/zero: refused at its first bytes as not an RDF file', async () => {
    const run = await runCli(['stats', '/dev/zero']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('/dev/zero: not an RDF file: binary data (a NUL byte)');
  });

  it('/dev/zero on standard input: the same', async () => {
    const run = await runCli(['export', '--format', 'nt', '-'], { input: '\0'.repeat(100_000) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('<stdin>: not an RDF file');
  });

  it('a PNG named .ttl: "not an RDF file: a PNG image", not an encoding error', async () => {
    const png = file(
      'picture.ttl',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8]),
    );
    for (const command of [['stats'], ['query', 'ASK {}', '--data']]) {
      const run = await runCli([...command, png]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('picture.ttl: not an RDF file: a PNG image');
      expect(run.stderr).not.toContain('UTF-8');
    }
  });

  it('an endless pipe: refused once it passes --max-input, having read no more than that', async () => {
    const run = await runWithEndlessStdin(['stats', '--max-input', '2M', '-']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('<stdin>: longer than the input limit of 2 MiB (--max-input); refused');
  });

  it('a file over --max-input: refused before it is read', async () => {
    const big = file('big.nt', '<http://example.org/s> <http://example.org/p> "o" .\n'.repeat(30_000));
    const run = await runCli(['export', '--max-input', '1M', '--format', 'nt', big]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('big.nt: longer than the input limit of 1 MiB');
    expect(run.stdout).toBe('');
  });

  it('a JSON-LD type-scoped context bomb (400 KB): refused by the expansion budget', async () => {
    const scoped = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`t${i}`, `http://example.org/t${i}`]));
    const graph = Array.from({ length: 4000 }, (_, i) => ({ '@id': `ex:n${i}`, '@type': 'T', t0: 'x' }));
    const bomb = file(
      'bomb.jsonld',
      JSON.stringify({
        '@context': { ex: 'http://example.org/', T: { '@id': 'http://example.org/T', '@context': scoped } },
        '@graph': graph,
      }),
    );
    const run = await runCli(['stats', bomb]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /bomb\.jsonld:1:2: JSON-LD contexts need more than \d+ term definitions processed .* \(RdfLimitError\)/,
    );
  });

  it('JSON-LD nested 1,000 deep: one clean error line, no PromiseRejectCallback noise', async () => {
    let doc = '{"@id":"http://example.org/leaf"}';
    for (let i = 0; i < 1000; i++) doc = `{"@id":"http://example.org/n${i}","http://example.org/p":${doc}}`;
    const run = await runCli(['stats', file('deep.jsonld', doc)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/deep\.jsonld:1:\d+: JSON-LD nested deeper than 500 levels \(RdfLimitError\)/);
    expect(run.stderr).not.toContain('PromiseRejectCallback');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('JSON-LD terms named __proto__: refused with the reason, never dropped with exit 0', async () => {
    // Written as text: `__proto__` in an object literal would set the prototype, not a key
    const doc = file(
      'proto.jsonld',
      `{"@context": {"__proto__": "http://example.org/proto", "constructor": "http://example.org/ctor", "ex": "http://example.org/"},
 "@id": "http://example.org/s", "__proto__": "a", "constructor": "b", "ex:__proto__": "c", "http://example.org/d": "d"}`,
    );
    const run = await runCli(['export', '--format', 'nt', doc]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('proto.jsonld:1:15:');
    expect(run.stderr).toContain('"__proto__"');
    expect(run.stdout).toBe('');
  });
});

describe.concurrent('numeric options are checked, never clamped', () => {
  it.each([
    [
      'query timeout past the longest timer',
      ['query', '--timeout', '3000000000', 'ASK {}'],
      /--timeout expects a whole number from 1 to 2147483647, got "3000000000"/,
    ],
    ['query timeout fractional', ['query', '--timeout', '2.5', 'ASK {}'], /--timeout/],
    ['query timeout negative', ['query', '--timeout=-5', 'ASK {}'], /--timeout/],
    ['query timeout NaN', ['query', '--timeout', 'NaN', 'ASK {}'], /--timeout/],
    ['query timeout in exponent form', ['query', '--timeout', '1e3', 'ASK {}'], /--timeout/],
    ['query limit fractional', ['query', '--limit', '10.5', 'ASK {}'], /--limit/],
    ['serve timeout past the longest timer', ['serve', '--timeout', '2147483648'], /--timeout/],
    [
      'push timeout past the longest timer',
      ['push', '--endpoint', 'http://127.0.0.1:9/x', '--timeout', '99999999999'],
      /--timeout/,
    ],
    [
      'push connect timeout zero',
      ['push', '--endpoint', 'http://127.0.0.1:9/x', '--connect-timeout', '0'],
      /--connect-timeout/,
    ],
    ['max-input past the most', ['stats', '--max-input', '2G'], /--max-input expects a size from 1 byte to 512 MiB/],
    ['max-input with a unit it does not know', ['stats', '--max-input', '5 parsecs'], /--max-input/],
    ['max-input zero', ['export', '--max-input', '0'], /--max-input/],
    ['export --out a directory', ['export', '--out', 'tests'], /--out tests is a directory: give a file name/],
    [
      'export --out in a missing directory',
      ['export', '--out', 'no/such/dir/x.ttl'],
      /the directory no\/such\/dir does not exist/,
    ],
  ])('%s: exit 2 with a plain message', async (_name, args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toContain('TimeoutOverflowWarning');
    expect(run.stdout).toBe('');
  });
});
