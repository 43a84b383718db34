// The `--max-input SIZE` option of every command that reads RDF files or standard input.
import { MAX_INPUT_BYTES, type ReadLimits } from '../node/input-limits';
import { byteSizeOption, type Parsed } from './args';

export const MAX_INPUT_OPTION = { 'max-input': { type: 'string' } } as const;

/** `--max-input` as read limits (default: MAX_INPUT_BYTES, also the most it allows). */
export function readLimitsOption(parsed: Parsed, command: string): ReadLimits {
  return { maxInputBytes: byteSizeOption(parsed, 'max-input', command, MAX_INPUT_BYTES) };
}
