// `osce-kg query`: one SPARQL query on the bundled graph, on --data files, or on a remote --endpoint.
import { DEFAULT_LIMITS, QuerySyntaxError } from '../../query/limits';
import type { OutputFormat } from '../../node/result-output';
import { bootQueryWorkerEarly } from '../../node/query-worker-spawn';
import { durationOption, intOption, listOption, parseCommand, stringOption, UsageError } from '../args';
import { MAX_INPUT_OPTION, readLimitsOption } from '../input-limit';
import { writeStderr, writeStdout } from '../output';

export async function runQuery(argv: string[]): Promise<number> {
  const parsed = parseCommand('query', argv, {
    file: { type: 'string', short: 'q' },
    data: { type: 'string', short: 'd', multiple: true },
    endpoint: { type: 'string', short: 'e' },
    format: { type: 'string', short: 'f' },
    timeout: { type: 'string', short: 't' },
    limit: { type: 'string', short: 'l' },
    ...MAX_INPUT_OPTION,
  });
  const file = stringOption(parsed, 'file');
  const endpoint = stringOption(parsed, 'endpoint');
  const data = listOption(parsed, 'data');
  if (file !== undefined && parsed.positionals.length > 0)
    throw new UsageError('give the query as an argument or with --file, not both', 'query');
  const [inlineQuery] = parsed.positionals;
  if (file === undefined && (inlineQuery === undefined || parsed.positionals.length !== 1)) {
    throw new UsageError(
      parsed.positionals.length === 0 ? 'no query given' : 'one query at a time (quote the query)',
      'query',
    );
  }
  if (endpoint && data.length > 0) throw new UsageError('--endpoint and --data exclude each other', 'query');
  if (endpoint && !/^https?:\/\//i.test(endpoint))
    throw new UsageError(`--endpoint must be an http(s) URL, got "${endpoint}"`, 'query');
  const timeoutMs = durationOption(parsed, 'timeout', 'query') ?? DEFAULT_LIMITS.timeoutMs;
  const limits = readLimitsOption(parsed, 'query');
  const rowLimit = intOption(parsed, 'limit', 'query') ?? DEFAULT_LIMITS.rowLimit;
  const formatName = stringOption(parsed, 'format');
  checkFormatName(formatName);

  // Local data: the query worker boots first, so that its WASM compile overlaps loading the modules below (n3, the
  // RDF layer, the writers: hundreds of milliseconds in a fresh process)
  if (!endpoint) bootQueryWorkerEarly();
  const [
    { openLocalEngineFromFiles, openRemoteEngine },
    { formatResult, resultFormatFromParam },
    { readSourceFile },
    { readDataSources },
  ] = await Promise.all([
    import('../../node/open-engine'),
    import('../../node/result-output'),
    import('../../node/files'),
    import('../data'),
  ]);
  const sparql =
    file === undefined
      ? (inlineQuery ?? '')
      : new TextDecoder('utf-8').decode((await readSourceFile(file, { ...limits, checkRdf: false })).content);
  // Local data (the files, or the bundled graph): every path is read before any parsing (a missing file fails
  // first); then Oxigraph parses the bytes in the worker.
  const engine = endpoint
    ? await openRemoteEngine(endpoint)
    : await openLocalEngineFromFiles(() => readDataSources(data, limits));
  try {
    let result;
    try {
      result = await engine.query(sparql, { timeoutMs, rowLimit });
    } catch (error) {
      // file:line:column, like a compiler, so editors can jump to the mistake.
      if (error instanceof QuerySyntaxError && error.line > 0) {
        writeStderr(`${file ?? '<query>'}:${error.line}:${error.column}: SPARQL syntax error: ${error.reason}`);
        return 1;
      }
      throw error;
    }
    let format: OutputFormat = result.kind === 'quads' ? 'turtle' : 'table';
    if (formatName) {
      const offer = resultFormatFromParam(formatName, result);
      if (!offer) {
        const fits = result.kind === 'quads' ? 'ttl, nt, nq, trig, jsonld' : 'table, json, xml, csv, tsv';
        throw new UsageError(
          `--format ${formatName} does not fit a ${result.kind === 'quads' ? 'CONSTRUCT/DESCRIBE' : 'SELECT/ASK'} result (use ${fits})`,
          'query',
        );
      }
      format = offer.format;
    }
    await writeStdout(await formatResult(result, format));
    if ('truncated' in result && result.truncated) {
      writeStderr(`osce-kg: results cut at ${rowLimit} rows (raise --limit for more)`);
    }
    return 0;
  } finally {
    await engine.close?.();
  }
}

const KNOWN_FORMATS = [
  'table',
  'json',
  'xml',
  'csv',
  'tsv',
  'ttl',
  'turtle',
  'nt',
  'ntriples',
  'nq',
  'nquads',
  'trig',
  'jsonld',
];

function checkFormatName(name: string | undefined): void {
  if (name !== undefined && !KNOWN_FORMATS.includes(name.toLowerCase())) {
    throw new UsageError(
      `--format must be one of table, json, xml, csv, tsv (SELECT/ASK) or ttl, nt, nq, trig, jsonld (CONSTRUCT/DESCRIBE), got "${name}"`,
      'query',
    );
  }
}
