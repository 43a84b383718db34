// `osce-kg push`: load the graph into a triple store through the SPARQL 1.1 Graph Store Protocol.
import { pushToGraphStore } from '../../node/graph-store';
import { startProgress } from '../../node/progress';
import { isAbsoluteIri } from '../../rdf/absolute-iri';
import { parseCommand, stringOption, UsageError } from '../args';
import { loadData } from '../data';
import { writeStderr } from '../output';

export const DEFAULT_GRAPH = 'https://w3id.org/osce-kg/graph';

export async function runPush(argv: string[]): Promise<number> {
  const parsed = parseCommand('push', argv, {
    endpoint: { type: 'string', short: 'e' },
    graph: { type: 'string', short: 'g' },
    user: { type: 'string', short: 'u' },
    password: { type: 'string' },
    'named-graphs': { type: 'boolean' },
    append: { type: 'boolean' },
  });
  const endpoint = stringOption(parsed, 'endpoint');
  if (!endpoint) throw new UsageError('--endpoint is required (the store\'s Graph Store Protocol URL)', 'push');
  if (!/^https?:\/\//i.test(endpoint)) throw new UsageError(`--endpoint must be an http(s) URL, got "${endpoint}"`, 'push');
  const graph = stringOption(parsed, 'graph') ?? DEFAULT_GRAPH;
  if (!isAbsoluteIri(graph)) throw new UsageError(`--graph must be an absolute IRI, got "${graph}"`, 'push');
  const user = stringOption(parsed, 'user') ?? process.env.OSCE_KG_USER;
  const password = stringOption(parsed, 'password') ?? process.env.OSCE_KG_PASSWORD;
  if ((user === undefined) !== (password === undefined)) throw new UsageError('give both --user and --password, or neither', 'push');

  const quads = await loadData(parsed.positionals);
  const progress = startProgress(`pushing to ${endpoint}`);
  const result = await pushToGraphStore(quads, {
    endpoint,
    graph,
    namedGraphs: parsed.values['named-graphs'] === true,
    append: parsed.values.append === true,
    credentials: user !== undefined && password !== undefined ? { user, password } : undefined,
    onGraph: (done, total) => progress.update(done, total),
  });
  progress.done('pushed');
  writeStderr(`osce-kg: pushed ${result.triples} triples into <${graph}>${result.graphs > 1 ? ` and ${result.graphs - 1} passage graphs` : ''} at ${endpoint}`);
  return 0;
}
