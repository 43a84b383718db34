// Full dataset validation: SHACL shapes plus the project's own checks, in one report.
import type { Quad } from '@rdfjs/types';
import {
  checkCandidates,
  checkIdentifierCollisions,
  checkProvenance,
  checkQuotes,
  checkUndescribedIris,
  type SourceTextLookup,
} from './checks';
import { checkCoverage, CoverageTableError, parseCoverageTable, passageSpans, type CoverageSummary } from './coverage';
import type { ValidationIssue, ValidationReport } from './issues';
import { checkSelectors } from './selector-checks';
import { validateShacl } from './shacl';
import { OKG_TEXT_FILE } from './vocab';

export type { ValidationIssue, ValidationReport } from './issues';

export interface ValidateInput {
  data: Quad[];
  shapes: Quad[];
  /** Text of a source document by IRI; without it the quote check is skipped (and says so). */
  sourceText?: SourceTextLookup;
  /**
   * A source document's coverage table (name and TSV text), by document IRI; documents without one are not measured.
   */
  coverageTable?: (docIri: string) => { name: string; tsv: string } | undefined;
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
  let coverage: CoverageSummary[] | undefined;
  if (input.sourceText) {
    issues.push(...checkQuotes(input.data, input.sourceText), ...checkSelectors(input.data, input.sourceText));
    if (input.coverageTable) {
      coverage = [];
      for (const result of measureCoverage(input.data, input.sourceText, input.coverageTable)) {
        if ('summary' in result) {
          coverage.push(result.summary);
          issues.push(...result.issues);
        } else issues.push(result);
      }
    }
  } else issues.push({ severity: 'info', check: 'quote', message: 'quote check skipped: no source texts given' });
  issues.push(
    ...checkIdentifierCollisions(input.data),
    ...checkUndescribedIris(input.data),
    ...checkProvenance(input.data),
    ...checkCandidates(input.data),
  );
  // Stable order: most severe first, then by check and focus
  issues.sort(
    (a, b) =>
      ORDER[a.severity] - ORDER[b.severity] ||
      (a.check < b.check ? -1 : a.check > b.check ? 1 : 0) ||
      ((a.focus ?? '') < (b.focus ?? '') ? -1 : (a.focus ?? '') > (b.focus ?? '') ? 1 : 0),
  );
  return { conforms: !issues.some((i) => i.severity === 'violation'), issues, ...(coverage ? { coverage } : {}) };
}

/** Coverage of every document that has a text and a coverage table; a malformed table is one violation. */
function measureCoverage(
  data: Quad[],
  sourceText: SourceTextLookup,
  tableOf: NonNullable<ValidateInput['coverageTable']>,
) {
  const documents = [
    ...new Set(data.filter((q) => q.predicate.value === OKG_TEXT_FILE).map((q) => q.subject.value)),
  ].sort();
  const results: (ReturnType<typeof checkCoverage> | ValidationIssue)[] = [];
  for (const document of documents) {
    const text = sourceText(document);
    const table = tableOf(document);
    if (text === undefined || table === undefined) continue;
    try {
      const rows = parseCoverageTable(table.tsv, table.name);
      results.push(
        checkCoverage({
          document,
          text,
          table: rows,
          spans: passageSpans(data, document, text),
          tableName: table.name,
        }),
      );
    } catch (error) {
      if (!(error instanceof CoverageTableError)) throw error;
      results.push({ severity: 'violation', check: 'coverage', focus: document, message: error.message });
    }
  }
  return results;
}
