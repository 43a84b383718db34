// Turns any error into one clear stderr message and the documented exit code (2 bad usage, 1 everything else).
import { UsageError } from './args';
import { InputFileError } from '../node/errors';
import { RdfEncodingError, RdfSyntaxError } from '../rdf/errors';
import { writeStderr } from './output';

/** Prints `error` on stderr and returns the exit code for it. */
export function reportError(error: unknown): number {
  if (error instanceof UsageError) {
    const hint = error.command ? `osce-kg ${error.command} --help` : 'osce-kg --help';
    writeStderr(`osce-kg: ${error.message}\nRun "${hint}" for usage.`);
    return 2;
  }
  if (error instanceof InputFileError) {
    writeStderr(`osce-kg: ${error.message}`);
    return 2;
  }
  if (error instanceof RdfSyntaxError || error instanceof RdfEncodingError) {
    // Bare `file:line:column: what` at the start of the line, the form editors and CI annotate.
    writeStderr(`${error.message} (${error.name})`);
    return 1;
  }
  if (error instanceof Error) {
    // RdfSyntaxError and QuerySyntaxError messages already read `file:line:column: what`.
    writeStderr(`osce-kg: ${error.name !== 'Error' ? `${error.name}: ` : ''}${error.message}`);
    if (process.env.OSCE_KG_DEBUG && error.stack) writeStderr(error.stack);
    return 1;
  }
  writeStderr(`osce-kg: ${String(error)}`);
  return 1;
}
