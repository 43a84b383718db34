// `osce-kg push`: load the graph into a triple store through the SPARQL 1.1 Graph Store Protocol.
import { pushToGraphStore, storeFetch } from '../../node/graph-store';
import { checkCounts, countGraphTriples, queryEndpointFor } from '../../node/push-verify';
import { startProgress } from '../../node/progress';
import { DEFAULT_STORE_TIMEOUTS } from '../../node/store-http';
import { isAbsoluteIri } from '../../rdf/absolute-iri';
import { durationOption, parseCommand, stringOption, UsageError } from '../args';
import { loadData } from '../data';
import { MAX_INPUT_OPTION, readLimitsOption } from '../input-limit';
import { writeStderr } from '../output';

export const DEFAULT_GRAPH = 'https://w3id.org/osce-kg/graph';

const isHttpUrl = (url: string): boolean => /^https?:\/\//i.test(url);

export async function runPush(argv: string[]): Promise<number> {
  const parsed = parseCommand('push', argv, {
    endpoint: { type: 'string', short: 'e' },
    graph: { type: 'string', short: 'g' },
    user: { type: 'string', short: 'u' },
    password: { type: 'string' },
    'named-graphs': { type: 'boolean' },
    append: { type: 'boolean' },
    'connect-timeout': { type: 'string' },
    timeout: { type: 'string', short: 't' },
    verify: { type: 'boolean' },
    'query-endpoint': { type: 'string' },
    ...MAX_INPUT_OPTION,
  });
  const endpoint = stringOption(parsed, 'endpoint');
  if (!endpoint) throw new UsageError("--endpoint is required (the store's Graph Store Protocol URL)", 'push');
  if (!isHttpUrl(endpoint)) throw new UsageError(`--endpoint must be an http(s) URL, got "${endpoint}"`, 'push');
  const graph = stringOption(parsed, 'graph') ?? DEFAULT_GRAPH;
  if (!isAbsoluteIri(graph)) throw new UsageError(`--graph must be an absolute IRI, got "${graph}"`, 'push');
  const user = stringOption(parsed, 'user') ?? process.env.OSCE_KG_USER;
  const password = stringOption(parsed, 'password') ?? process.env.OSCE_KG_PASSWORD;
  if ((user === undefined) !== (password === undefined))
    throw new UsageError('give both --user and --password, or neither', 'push');
  const timeouts = {
    connectTimeoutMs: durationOption(parsed, 'connect-timeout', 'push') ?? DEFAULT_STORE_TIMEOUTS.connectTimeoutMs,
    timeoutMs: durationOption(parsed, 'timeout', 'push') ?? DEFAULT_STORE_TIMEOUTS.timeoutMs,
  };
  const verify = parsed.values.verify === true;
  const queryEndpoint = stringOption(parsed, 'query-endpoint') ?? (verify ? queryEndpointFor(endpoint) : undefined);
  if (stringOption(parsed, 'query-endpoint') !== undefined && !verify)
    throw new UsageError('--query-endpoint is for --verify', 'push');
  if (verify && !queryEndpoint)
    throw new UsageError(
      `--verify needs the store's SPARQL query endpoint: give --query-endpoint URL (not known for ${endpoint})`,
      'push',
    );
  if (queryEndpoint && !isHttpUrl(queryEndpoint))
    throw new UsageError(`--query-endpoint must be an http(s) URL, got "${queryEndpoint}"`, 'push');
  const credentials = user !== undefined && password !== undefined ? { user, password } : undefined;
  const append = parsed.values.append === true;

  const quads = await loadData(parsed.positionals, readLimitsOption(parsed, 'push'));
  const progress = startProgress(`pushing to ${endpoint}`);
  const result = await pushToGraphStore(quads, {
    endpoint,
    graph,
    namedGraphs: parsed.values['named-graphs'] === true,
    append,
    credentials,
    timeouts,
    onGraph: (done, total) => progress.update(done, total),
  });
  progress.done('pushed');
  const passages = result.graphs > 1 ? ` and ${result.graphs - 1} passage graphs` : '';
  writeStderr(`osce-kg: pushed ${result.triples} triples into <${graph}>${passages} at ${endpoint}`);
  if (verify && queryEndpoint) {
    const expected = new Map([[graph, result.triples], ...result.namedGraphTriples]);
    // Credentials go to the query endpoint only when it is the store's own origin
    const sameOrigin = new URL(queryEndpoint).origin === new URL(endpoint).origin;
    const actual = await countGraphTriples(queryEndpoint, [...expected.keys()], {
      fetch: storeFetch(sameOrigin ? credentials : undefined, timeouts),
      timeoutMs: timeouts.timeoutMs,
    });
    checkCounts(expected, actual, append, queryEndpoint);
    writeStderr(
      `osce-kg: verified at ${queryEndpoint}: ${expected.size === 1 ? `<${graph}> holds` : `all ${expected.size} graphs hold`} the triples sent`,
    );
  }
  return 0;
}
