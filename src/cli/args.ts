// Argument parsing for the subcommands: node:util parseArgs, with every mistake turned into a UsageError (exit 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The command line is wrong: unknown option, missing value, bad number. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** The subcommand whose help to point at. */
  readonly command?: string;

  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Parses `argv` for one subcommand; `--help`/`-h` is always accepted. */
export function parseCommand(command: string, argv: string[], options: Options): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values, positionals };
  } catch (error) {
    // parseArgs' messages are clear ("Unknown option '--x'"); drop its advice about "--" for positionals.
    const [message = ''] = (error as Error).message.split('. To specify a positional');
    throw new UsageError(message, command);
  }
}

export function stringOption(parsed: Parsed, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function listOption(parsed: Parsed, name: string): string[] {
  const value = parsed.values[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

/**
 * A whole number option from `min` to `max` (`--port 0` allowed when `min` is 0). Negative, fractional,
 * exponent and hexadecimal forms, NaN and anything past `max` are a UsageError, never rounded or clamped.
 */
export function intOption(
  parsed: Parsed,
  name: string,
  command: string,
  min = 1,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  const raw = stringOption(parsed, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} expects a whole number from ${min} to ${max}, got "${raw}"`, command);
  }
  return value;
}

/** The longest delay a Node timer honours: a longer one fires after 1 ms instead (with a TimeoutOverflowWarning). */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** A duration in milliseconds, from 1 to the longest a timer can wait (about 24.8 days). */
export function durationOption(parsed: Parsed, name: string, command: string): number | undefined {
  return intOption(parsed, name, command, 1, MAX_TIMER_MS);
}

const BYTE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 2 ** 10,
  kb: 2 ** 10,
  kib: 2 ** 10,
  m: 2 ** 20,
  mb: 2 ** 20,
  mib: 2 ** 20,
  g: 2 ** 30,
  gb: 2 ** 30,
  gib: 2 ** 30,
};

/** A size in bytes: a whole number with an optional unit (`K`, `M`, `G`: binary multiples), from 1 to `max`. */
export function byteSizeOption(parsed: Parsed, name: string, command: string, max: number): number | undefined {
  const raw = stringOption(parsed, name);
  if (raw === undefined) return undefined;
  const match = /^(\d+)\s*([a-z]*)$/i.exec(raw.trim());
  // Both groups take part in every match
  const [, amount = '', unitName = ''] = match ?? [];
  const unit = match ? BYTE_UNITS[unitName.toLowerCase()] : undefined;
  const value =
    match && unit !== undefined && Object.hasOwn(BYTE_UNITS, unitName.toLowerCase()) ? Number(amount) * unit : NaN;
  if (!Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new UsageError(
      `--${name} expects a size from 1 byte to ${max / 2 ** 20} MiB (a whole number, optionally with K, M or G), got "${raw}"`,
      command,
    );
  }
  return value;
}

/** An option whose value must be one of `choices`. */
export function choiceOption<T extends string>(
  parsed: Parsed,
  name: string,
  command: string,
  choices: readonly T[],
): T | undefined {
  const raw = stringOption(parsed, name);
  if (raw === undefined) return undefined;
  const value = raw.toLowerCase() as T;
  if (!choices.includes(value)) {
    throw new UsageError(`--${name} must be one of ${choices.join(', ')}, got "${raw}"`, command);
  }
  return value;
}
