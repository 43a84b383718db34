// What the panel says about a failed query (pure): timeouts, cancels, and syntax errors placed in the user's own text.
import { QueryAbortedError, QuerySyntaxError, QueryTimeoutError } from '../../../query/limits';
import { toUserPosition, type PreparedQuery } from './implicit-prefixes';
import { WorkerQueryError } from './query-runner';

export interface ErrorReport {
  status: string;
  /** Where the editor marks a syntax error (1-based, in the text the user wrote). */
  mark?: { line: number; column: number; message: string };
}

function syntaxOf(error: unknown): { line: number; column: number; reason: string } | undefined {
  // From the worker (rebuilt by name) or from an endpoint (the class itself).
  if (error instanceof QuerySyntaxError) return { line: error.line, column: error.column, reason: error.reason };
  if (error instanceof WorkerQueryError && error.name === 'QuerySyntaxError') {
    return { line: error.line ?? 0, column: error.column ?? 0, reason: error.message };
  }
  return undefined;
}

/** prepared: the query as run, whose added PREFIX declarations the position is moved back over. */
export function describeQueryError(error: unknown, prepared: PreparedQuery): ErrorReport {
  if (error instanceof QueryTimeoutError) {
    return {
      status: `Stopped: the query ran longer than ${error.timeoutMs / 1000} s (the timeout). Narrow it down or raise the timeout.`,
    };
  }
  if (error instanceof QueryAbortedError) return { status: 'Cancelled.' };
  const syntax = syntaxOf(error);
  if (syntax && syntax.line > 0) {
    const { line, column } = toUserPosition(prepared, syntax.line, syntax.column || 1);
    return {
      status: `Syntax error at line ${line}, column ${column} (${line}:${column}): ${syntax.reason}`,
      mark: { line, column, message: syntax.reason },
    };
  }
  if (syntax) return { status: `Syntax error: ${syntax.reason}` };
  return { status: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}
