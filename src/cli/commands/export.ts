// `osce-kg export`: the graph in one RDF format, to stdout or a file; `--void` its VoID/DCAT description instead.
import { stat } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { formatFromFileName, formatFromName, RDF_FORMATS, type RdfFormat } from '../../rdf/formats';
import { serializeRdf } from '../../rdf/serialize';
import { PREFIXES } from '../../rdf/vocab';
import { DESCRIPTION_PREFIXES, describeDataset, type DescriptionOptions } from '../../publish/dataset-description';
import { parseCommand, stringOption, UsageError, type Parsed } from '../args';
import { loadData } from '../data';
import { MAX_INPUT_OPTION, readLimitsOption } from '../input-limit';
import { emit } from '../output';

export async function runExport(argv: string[]): Promise<number> {
  const parsed = parseCommand('export', argv, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    void: { type: 'boolean' },
    'site-url': { type: 'string' },
    sparql: { type: 'string' },
    ...MAX_INPUT_OPTION,
  });
  const description = descriptionOptions(parsed);
  const out = stringOption(parsed, 'out');
  if (out !== undefined && out !== '-') await checkOutPath(out);
  const format = exportFormat(stringOption(parsed, 'format'), out);
  const quads = await loadData(parsed.positionals, readLimitsOption(parsed, 'export'));
  const text = description
    ? await serializeRdf(describeDataset(quads, description), format, {
        prefixes: { ...PREFIXES, ...DESCRIPTION_PREFIXES },
      })
    : await serializeRdf(quads, format);
  await emit(text.endsWith('\n') || text === '' ? text : `${text}\n`, out);
  return 0;
}

/** `--void` and its addresses; the addresses without `--void` are bad usage (they would silently do nothing). */
function descriptionOptions(parsed: Parsed): DescriptionOptions | undefined {
  const url = (name: 'site-url' | 'sparql'): string | undefined => {
    const value = stringOption(parsed, name);
    if (value === undefined) return undefined;
    if (parsed.values.void !== true) throw new UsageError(`--${name} goes with --void`, 'export');
    if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(value))
      throw new UsageError(`--${name} must be an http(s) URL, got "${value}"`, 'export');
    return value;
  };
  const siteUrl = url('site-url');
  const sparqlEndpoint = url('sparql');
  if (parsed.values.void !== true) return undefined;
  return { baseUrl: siteUrl === undefined || siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`, sparqlEndpoint };
}

/** `--out` must name a file in an existing directory: a directory or a missing parent is bad usage (exit 2). */
async function checkOutPath(out: string): Promise<void> {
  const kind = async (path: string): Promise<'directory' | 'other' | 'missing'> => {
    try {
      return (await stat(path)).isDirectory() ? 'directory' : 'other';
    } catch {
      return 'missing';
    }
  };
  if (out.endsWith('/') || out.endsWith(sep) || (await kind(out)) === 'directory') {
    throw new UsageError(
      `--out ${out} is a directory: give a file name (for example ${join(out, 'osce-kg.ttl')})`,
      'export',
    );
  }
  if ((await kind(dirname(out))) !== 'directory')
    throw new UsageError(`--out ${out}: the directory ${dirname(out)} does not exist`, 'export');
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
