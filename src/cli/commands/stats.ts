// `osce-kg stats`: counts of entities by class, statements by kind (source, reference, curation) and by predicate, as
// text or JSON.
import { datasetStats, type Count } from '../../kg/stats';
import { ORIGIN_LABELS, STATEMENT_ORIGINS, type StatementOrigin } from '../../rdf/statement-origin';
import { PREFIXES } from '../../rdf/vocab';
import { choiceOption, parseCommand } from '../args';
import { loadData } from '../data';
import { MAX_INPUT_OPTION, readLimitsOption } from '../input-limit';
import { writeStdout } from '../output';

export async function runStats(argv: string[]): Promise<number> {
  const parsed = parseCommand('stats', argv, { format: { type: 'string', short: 'f' }, ...MAX_INPUT_OPTION });
  const format = choiceOption(parsed, 'format', 'stats', ['text', 'json'] as const) ?? 'text';
  const stats = datasetStats(await loadData(parsed.positionals, readLimitsOption(parsed, 'stats')));
  if (format === 'json') {
    await writeStdout(`${JSON.stringify(stats, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `quads         ${stats.quads}`,
    `triples       ${stats.triples}  (distinct, whatever the graph)`,
    `subjects      ${stats.subjects}`,
    `named graphs  ${stats.namedGraphs}  (passages and curation graphs)`,
    '',
    'Statements by kind (quads, by the graph they sit in):',
    ...originTable(stats.origins),
    '',
    'Instances by class:',
    ...table(stats.classes),
    '',
    'Statements by predicate:',
    ...table(stats.predicates),
  ];
  await writeStdout(`${lines.join('\n')}\n`);
  return 0;
}

function originTable(origins: Record<StatementOrigin, number>): string[] {
  const width = Math.max(...STATEMENT_ORIGINS.map((o) => String(origins[o]).length));
  return STATEMENT_ORIGINS.filter((o) => origins[o] > 0 || o !== 'unknown').map(
    (o) => `  ${String(origins[o]).padStart(width)}  ${o.padEnd(11)} ${ORIGIN_LABELS[o]}`,
  );
}

function table(counts: Count[]): string[] {
  if (counts.length === 0) return ['  (none)'];
  const width = Math.max(0, ...counts.map((c) => String(c.count).length));
  return counts.map((c) => `  ${String(c.count).padStart(width)}  ${compactIri(c.iri)}`);
}

/** `okg:OSCEBody` for a project namespace, the full `<iri>` otherwise. */
export function compactIri(iri: string): string {
  let best = '';
  let bestPrefix = '';
  for (const [prefix, ns] of Object.entries(PREFIXES)) {
    if (iri.startsWith(ns) && ns.length > best.length && /^[\w.-]*$/.test(iri.slice(ns.length))) {
      best = ns;
      bestPrefix = prefix;
    }
  }
  return best ? `${bestPrefix}:${iri.slice(best.length)}` : `<${iri}>`;
}
