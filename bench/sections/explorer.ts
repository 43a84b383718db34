// Bench section: the explorer's own figures, from bench/explorer.ts (written by the explorer engineer) when it exists.
import { existsSync } from 'node:fs';
import { childError, runTsStep } from '../lib/child';
import type { BenchContext } from '../lib/context';
import type { Cell } from '../lib/report';

export async function benchExplorer(context: BenchContext): Promise<void> {
  const { report } = context;
  if (!existsSync('bench/explorer.ts')) return report.skip('explorer (drawing, layout)', 'bench/explorer.ts not there yet');
  const outcome = await runTsStep('bench/explorer.ts', context.quick ? ['--quick'] : [], { timeoutMs: 300_000, keepStdout: true });
  const section = report.section('Explorer (bench/explorer.ts)', ['figure', 'value']);
  // Structured figures when the script reports them (`@@bench {"event":"result","rows":[[...], ...]}`), else its output
  const result = outcome.messages.find((m) => m.event === 'result');
  if (result && Array.isArray(result.rows)) {
    const headers = Array.isArray(result.headers) ? (result.headers as string[]) : undefined;
    if (headers) section.headers = headers;
    section.rows.push(...(result.rows as Cell[][]));
    section.figures.explorer = result;
  } else {
    const lines = outcome.stdout.split('\n').filter((line) => line.trim() && !line.startsWith('@@bench'));
    section.notes.push(...lines.slice(-40));
    section.figures.explorer = { stdout: lines.slice(-200) };
  }
  if (outcome.exitCode !== 0) report.skip('explorer (part or all)', childError(outcome));
  report.print(section);
}
