// `osce-kg serve`: the SPARQL 1.1 Protocol endpoint, the dataset and the explorer over HTTP, until Ctrl-C.
import { fileURLToPath } from 'node:url';
import { DEFAULT_LIMITS } from '../../query/limits';
import { openLocalEngine } from '../../node/open-engine';
import { DEFAULT_BODY_LIMIT, startServer } from '../../server/server';
import { intOption, listOption, parseCommand, stringOption } from '../args';
import { loadData } from '../data';
import { writeStderr } from '../output';

const DIST_DIR = fileURLToPath(new URL('../../../dist/', import.meta.url));

export async function runServe(argv: string[]): Promise<number> {
  const parsed = parseCommand('serve', argv, {
    port: { type: 'string', short: 'p' },
    host: { type: 'string', short: 'H' },
    data: { type: 'string', short: 'd', multiple: true },
    timeout: { type: 'string', short: 't' },
    limit: { type: 'string', short: 'l' },
    'allow-service': { type: 'boolean' },
    static: { type: 'string' },
    quiet: { type: 'boolean' },
  });
  const port = intOption(parsed, 'port', 'serve', 0, 65535) ?? 3030;
  const host = stringOption(parsed, 'host') ?? '127.0.0.1';
  const timeoutMs = intOption(parsed, 'timeout', 'serve') ?? DEFAULT_LIMITS.timeoutMs;
  const rowLimit = intOption(parsed, 'limit', 'serve') ?? DEFAULT_LIMITS.rowLimit;
  const quads = await loadData([...listOption(parsed, 'data'), ...parsed.positionals]);
  const engine = await openLocalEngine(quads);
  const quiet = parsed.values.quiet === true;
  const running = await startServer({
    host,
    port,
    quads,
    engine,
    timeoutMs,
    rowLimit,
    bodyLimit: DEFAULT_BODY_LIMIT,
    allowService: parsed.values['allow-service'] === true,
    staticDir: stringOption(parsed, 'static') ?? DIST_DIR,
    log: quiet ? undefined : (line) => writeStderr(line),
  });
  // Tests and scripts read this line to learn the port (with --port 0).
  writeStderr(`osce-kg: serving ${quads.length} quads; SPARQL endpoint at ${running.url}/sparql, explorer at ${running.url}/`);
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
  await engine.close?.();
  return 0;
}
