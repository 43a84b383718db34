// The `osce-kg` command: picks the subcommand, runs it, and turns errors into stderr messages and exit codes.
import { UsageError } from './args';
import { COMMAND_HELP, MAIN_HELP } from './help';
import { reportError } from './report-error';
import { writeStderr, writeStdout } from './output';

type Command = (argv: string[]) => Promise<number>;

// Loaded on demand so that `osce-kg --help` or `export` never pays for the query engine or the server.
const COMMANDS: Record<string, () => Promise<Command>> = {
  export: async () => (await import('./commands/export')).runExport,
  query: async () => (await import('./commands/query')).runQuery,
  validate: async () => (await import('./commands/validate')).runValidate,
  stats: async () => (await import('./commands/stats')).runStats,
  serve: async () => (await import('./commands/serve')).runServe,
  push: async () => (await import('./commands/push')).runPush,
  ingest: async () => (await import('./commands/ingest')).runIngest,
  site: async () => (await import('./commands/site')).runSite,
};

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    writeStderr(MAIN_HELP);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    await writeStdout(`${(topic && Object.hasOwn(COMMAND_HELP, topic) && COMMAND_HELP[topic]) || MAIN_HELP}\n`);
    return 0;
  }
  if (name === '--version' || name === '-V') {
    const { readFile } = await import('node:fs/promises');
    const { projectPath } = await import('../node/project-root');
    const pkg = JSON.parse(await readFile(projectPath('package.json'), 'utf8')) as { version: string };
    await writeStdout(`${pkg.version}\n`);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!load) throw new UsageError(`unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
    if (rest.includes('--help') || rest.includes('-h')) {
      await writeStdout(`${COMMAND_HELP[name]}\n`);
      return 0;
    }
    return await (
      await load()
    )(rest);
  } catch (error) {
    return reportError(error);
  }
}
