// `osce-kg export`: the graph in one RDF format, to stdout or a file.
import { formatFromFileName, formatFromName, RDF_FORMATS, type RdfFormat } from '../../rdf/formats';
import { serializeRdf } from '../../rdf/serialize';
import { parseCommand, stringOption, UsageError } from '../args';
import { loadData } from '../data';
import { emit } from '../output';

export async function runExport(argv: string[]): Promise<number> {
  const parsed = parseCommand('export', argv, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
  });
  const out = stringOption(parsed, 'out');
  const format = exportFormat(stringOption(parsed, 'format'), out);
  const quads = await loadData(parsed.positionals);
  const text = await serializeRdf(quads, format);
  await emit(text.endsWith('\n') || text === '' ? text : `${text}\n`, out);
  return 0;
}

function exportFormat(name: string | undefined, out: string | undefined): RdfFormat {
  if (name !== undefined) {
    const format = formatFromName(name);
    if (!format) throw new UsageError(`--format must be one of ttl, nt, nq, trig, jsonld, got "${name}"`, 'export');
    return format;
  }
  const fromOut = out && out !== '-' ? formatFromFileName(out) : undefined;
  if (out && out !== '-' && !fromOut) {
    throw new UsageError(`cannot tell the format from "${out}": give --format (${RDF_FORMATS.join(', ')})`, 'export');
  }
  return fromOut ?? 'turtle';
}
