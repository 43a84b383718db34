// The shape of validation findings shared by the SHACL step, the extra checks and the report.

export type IssueSeverity = 'violation' | 'warning' | 'info';

export interface ValidationIssue {
  severity: IssueSeverity;
  /**
   * Which check found it: `shacl`, `quote`, `selector`, `coverage`, `identifier-collision`, `undescribed-iri`,
   * `provenance`, `candidate`.
   */
  check: string;
  /** The node the issue is about (IRI, or `_:label`). */
  focus?: string;
  /** The property (path) concerned, when there is one. */
  path?: string;
  message: string;
}

export interface ValidationReport {
  /** True when no issue is a violation (warnings and infos are noticed, not failures). */
  conforms: boolean;
  issues: ValidationIssue[];
  /** Sentence coverage of each source document that has a coverage table. */
  coverage?: { document: string; units: number; cited: number; explained: number; unaccounted: number }[];
}

/** Caps a check's output so a badly broken dataset still yields a readable report. */
export const MAX_ISSUES_PER_CHECK = 500;

/** Keeps the first MAX_ISSUES_PER_CHECK issues and adds one that counts the rest. */
export function capIssues(issues: ValidationIssue[], check: string): ValidationIssue[] {
  if (issues.length <= MAX_ISSUES_PER_CHECK) return issues;
  const rest = issues.slice(MAX_ISSUES_PER_CHECK);
  const kept = issues.slice(0, MAX_ISSUES_PER_CHECK);
  const violations = rest.filter((i) => i.severity === 'violation').length;
  kept.push({
    severity: violations > 0 ? 'violation' : 'warning',
    check,
    message: `${rest.length} more ${check} issues not listed (${violations} violations)`,
  });
  return kept;
}
