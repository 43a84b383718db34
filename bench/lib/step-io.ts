// The child side of a bench step: read `--name value` arguments and report JSON messages to the runner.

export const MESSAGE_PREFIX = '@@bench ';

/** Sends one message to the runner (a line on stdout that the runner parses; other output is ignored). */
export function emit(message: Record<string, unknown>): void {
  process.stdout.write(MESSAGE_PREFIX + JSON.stringify(message) + '\n');
}

/** `--file x --runs 3` → `{ file: 'x', runs: '3' }`. */
export function stepArgs(argv = process.argv.slice(2)): Record<string, string> {
  const out: Record<string, string> = {};
  // A `--name` takes the next argument as its value unless that is another `--name`; alone it means 'true'
  let name: string | undefined;
  for (const arg of argv) {
    if (arg.startsWith('--')) {
      if (name !== undefined) out[name] = 'true';
      name = arg.slice(2);
    } else if (name !== undefined) {
      out[name] = arg;
      name = undefined;
    }
  }
  if (name !== undefined) out[name] = 'true';
  return out;
}

/** The value of `--name`, which the step cannot run without. */
export function requiredArg(args: Record<string, string>, name: string): string {
  const value = args[name];
  if (value === undefined) throw new Error(`the step needs --${name}`);
  return value;
}

/** Runs a step's main function, reporting a thrown error as a message and a non-zero exit code. */
export function runStep(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      const err = error instanceof Error ? error : new Error(String(error));
      emit({ event: 'error', name: err.name, message: err.message.split('\n').slice(0, 3).join(' ') });
      process.exit(1);
    },
  );
}
