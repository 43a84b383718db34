// The bench report: readable tables on stdout as each section finishes, and the same figures for latest.json.

export type Cell = string | number | undefined;

export interface Section {
  title: string;
  headers: string[];
  rows: Cell[][];
  notes: string[];
  /** Machine-readable figures of this section (what latest.json keeps). */
  figures: Record<string, unknown>;
}

export class Report {
  readonly sections: Section[] = [];
  readonly notMeasured: { step: string; reason: string }[] = [];

  section(title: string, headers: string[]): Section {
    const section: Section = { title, headers, rows: [], notes: [], figures: {} };
    this.sections.push(section);
    return section;
  }

  /** Prints a finished section. */
  print(section: Section): void {
    const lines = [`\n## ${section.title}`];
    if (section.rows.length > 0) lines.push(formatTable(section.headers, section.rows));
    for (const note of section.notes) lines.push(`  ${note}`);
    process.stdout.write(lines.join('\n') + '\n');
  }

  skip(step: string, reason: string): void {
    this.notMeasured.push({ step, reason });
    process.stdout.write(`  (not measured) ${step}: ${reason}\n`);
  }
}

export function formatTable(headers: string[], rows: Cell[][]): string {
  const text = rows.map((row) => row.map((cell) => (cell === undefined ? '—' : String(cell))));
  const widths = headers.map((h, i) => Math.max(h.length, ...text.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    '  ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...text.map(line)].join('\n');
}

export function ms(value: number | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 100) return `${Math.round(value)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  if (value >= 1) return `${value.toFixed(2)} ms`;
  return `${value.toFixed(3)} ms`;
}

export function ratio(value: number | undefined, digits = 2): string | undefined {
  return value === undefined || !Number.isFinite(value) ? undefined : `${value.toFixed(digits)}×`;
}

export function mb(value: number | undefined): string | undefined {
  return value === undefined ? undefined : `${value} MB`;
}

/** "ok" when the figure meets its aim, "MISSED" when not (so a reader sees it without doing sums). */
export function verdict(value: number | undefined, aim: { max?: number; min?: number }): string | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  if (aim.max !== undefined && value > aim.max) return 'MISSED';
  if (aim.min !== undefined && value < aim.min) return 'MISSED';
  return 'ok';
}

export function count(n: number): string {
  return n >= 1_000_000
    ? `${(n / 1_000_000).toFixed(n % 1_000_000 ? 2 : 0)}M`
    : n >= 1000
      ? `${Math.round(n / 1000)}k`
      : String(n);
}
