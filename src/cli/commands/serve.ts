// `osce-kg serve`: the SPARQL 1.1 Protocol endpoint, the dataset and the explorer over HTTP, until Ctrl-C.
import { availableParallelism } from 'node:os';
import { sep } from 'node:path';
import { projectPath } from '../../node/project-root';
import { DEFAULT_LIMITS } from '../../query/limits';
import { openLocalDataset } from '../../node/open-engine';
import { readSourceTexts } from '../../node/bundled';
import { createProxyEngine, displayEndpoint } from '../../server/proxy';
import { DEFAULT_BODY_LIMIT, startServer } from '../../server/server';
import { durationOption, intOption, listOption, parseCommand, stringOption } from '../args';
import { readDataSources } from '../data';
import { MAX_INPUT_OPTION, readLimitsOption } from '../input-limit';
import { writeStderr } from '../output';
import { endpointOption } from './serve-endpoint';

const DIST_DIR = projectPath('dist') + sep;

export async function runServe(argv: string[]): Promise<number> {
  const parsed = parseCommand('serve', argv, {
    port: { type: 'string', short: 'p' },
    host: { type: 'string', short: 'H' },
    data: { type: 'string', short: 'd', multiple: true },
    endpoint: { type: 'string', short: 'e' },
    timeout: { type: 'string', short: 't' },
    limit: { type: 'string', short: 'l' },
    'allow-service': { type: 'boolean' },
    static: { type: 'string' },
    quiet: { type: 'boolean' },
    workers: { type: 'string' },
    queue: { type: 'string' },
    'memory-limit': { type: 'string' },
    'short-limit': { type: 'string' },
    ...MAX_INPUT_OPTION,
  });
  const port = intOption(parsed, 'port', 'serve', 0, 65535) ?? 3030;
  const host = stringOption(parsed, 'host') ?? '127.0.0.1';
  const timeoutMs = durationOption(parsed, 'timeout', 'serve') ?? DEFAULT_LIMITS.timeoutMs;
  const limits = readLimitsOption(parsed, 'serve');
  const rowLimit = intOption(parsed, 'limit', 'serve') ?? DEFAULT_LIMITS.rowLimit;
  const pool = {
    workers: intOption(parsed, 'workers', 'serve', 1, 256) ?? availableParallelism(),
    queueLimit: intOption(parsed, 'queue', 'serve', 0, 100_000),
    memoryLimitMb: intOption(parsed, 'memory-limit', 'serve', 64, 1_048_576),
    shortLimitMs: intOption(parsed, 'short-limit', 'serve', 0, 60_000),
    timeoutMs,
    log: parsed.values.quiet === true ? undefined : (line: string) => writeStderr(line),
    // Always said (like the "serving" line): scripts and the bench wait for it before measuring
    onLoaded: (workers: number) => writeStderr(`osce-kg: ${workers} query workers loaded`),
  };
  const files = [...listOption(parsed, 'data'), ...parsed.positionals];
  // --endpoint: /sparql forwards to that store and the explorer starts in remote mode; nothing is loaded here.
  const endpoint = endpointOption(parsed, files.length);
  // Local data: Oxigraph parses the file bytes in the query worker while n3 parses them here for /data.* (in parallel)
  const local = endpoint ? undefined : await openLocalDataset(() => readDataSources(files, limits), pool);
  const quads = local?.quads ?? [];
  const engine = local ? local.engine : createProxyEngine(endpoint!);
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
    remoteEndpoint: endpoint,
    sourceText: local ? await readSourceTexts(quads) : undefined,
    log: quiet ? undefined : (line) => writeStderr(line),
  });
  // Tests and scripts read this line to learn the port (with --port 0).
  const serving = endpoint
    ? `forwarding read-only queries to ${displayEndpoint(endpoint)}`
    : `serving ${quads.length} quads`;
  writeStderr(`osce-kg: ${serving}; SPARQL endpoint at ${running.url}/sparql, explorer at ${running.url}/`);
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
  await engine.close?.();
  return 0;
}
