// `osce-kg validate`: a readable report of SHACL and provenance checks; exit 1 when there is a violation.
import { validateDataset, type ValidationIssue } from '../../rdf/validate';
import { choiceOption, parseCommand } from '../args';
import { loadForValidation } from '../data';
import { MAX_INPUT_OPTION, readLimitsOption } from '../input-limit';
import { writeStdout } from '../output';
import { compactIri } from './stats';

const ORDER: ValidationIssue['severity'][] = ['violation', 'warning', 'info'];

export async function runValidate(argv: string[]): Promise<number> {
  const parsed = parseCommand('validate', argv, { format: { type: 'string', short: 'f' }, ...MAX_INPUT_OPTION });
  const format = choiceOption(parsed, 'format', 'validate', ['text', 'json'] as const) ?? 'text';
  const { data, shapes, sourceText, coverageTable } = await loadForValidation(
    parsed.positionals,
    readLimitsOption(parsed, 'validate'),
  );
  const report = await validateDataset({ data, shapes, sourceText, coverageTable });
  const violations = report.issues.filter((i) => i.severity === 'violation').length;
  const failed = !report.conforms || violations > 0;
  if (format === 'json') {
    await writeStdout(`${JSON.stringify(report, null, 2)}\n`);
    return failed ? 1 : 0;
  }
  const lines: string[] = [];
  for (const severity of ORDER) {
    const issues = report.issues.filter((i) => i.severity === severity);
    if (issues.length === 0) continue;
    lines.push(`${severity.toUpperCase()}S (${issues.length})`);
    for (const issue of issues) lines.push(formatIssue(issue));
    lines.push('');
  }
  const counts = ORDER.map((s) => {
    const n = report.issues.filter((i) => i.severity === s).length;
    return `${n} ${s}${s === 'info' || n === 1 ? '' : 's'}`;
  });
  for (const c of report.coverage ?? []) {
    lines.push(
      `sentences of ${compactIri(c.document)}: ${c.cited} of ${c.units} cited, ${c.explained} explained, ${c.unaccounted} unaccounted (headings, footnotes and sentences)`,
    );
  }
  lines.push(`${failed ? 'FAILED' : 'OK'}: ${data.length} quads checked; ${counts.join(', ')}`);
  await writeStdout(`${lines.join('\n')}\n`);
  return failed ? 1 : 0;
}

function formatIssue(issue: ValidationIssue): string {
  const where = [issue.focus && compactIri(issue.focus), issue.path && compactIri(issue.path)]
    .filter(Boolean)
    .join(' ');
  return `  [${issue.check}] ${where ? `${where}: ` : ''}${issue.message}`;
}
