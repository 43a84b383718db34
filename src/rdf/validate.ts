// Full dataset validation: SHACL shapes plus the project's own checks, in one report.
import type { Quad } from '@rdfjs/types';
import { checkCandidates, checkIdentifierCollisions, checkProvenance, checkQuotes, checkUndescribedIris, type SourceTextLookup } from './checks';
import type { ValidationIssue, ValidationReport } from './issues';
import { validateShacl } from './shacl';

export type { ValidationIssue, ValidationReport } from './issues';

export interface ValidateInput {
  data: Quad[];
  shapes: Quad[];
  /** Text of a source document by IRI; without it the quote check is skipped (and says so). */
  sourceText?: SourceTextLookup;
}

const ORDER = { violation: 0, warning: 1, info: 2 } as const;

/** Runs SHACL and every check; `conforms` is false exactly when some issue is a violation. */
export async function validateDataset(input: ValidateInput): Promise<ValidationReport> {
  const shacl = await validateShacl(input.data, input.shapes);
  const issues: ValidationIssue[] = shacl.map((r) => ({
    severity: r.severity,
    check: 'shacl',
    focus: r.focus,
    path: r.path,
    message: r.value !== undefined ? `${r.message} (value: ${r.value})` : r.message,
  }));
  if (input.sourceText) issues.push(...checkQuotes(input.data, input.sourceText));
  else issues.push({ severity: 'info', check: 'quote', message: 'quote check skipped: no source texts given' });
  issues.push(...checkIdentifierCollisions(input.data), ...checkUndescribedIris(input.data), ...checkProvenance(input.data), ...checkCandidates(input.data));
  // Stable order: most severe first, then by check and focus
  issues.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.check < b.check ? -1 : a.check > b.check ? 1 : 0)
    || ((a.focus ?? '') < (b.focus ?? '') ? -1 : (a.focus ?? '') > (b.focus ?? '') ? 1 : 0));
  return { conforms: !issues.some((i) => i.severity === 'violation'), issues };
}
