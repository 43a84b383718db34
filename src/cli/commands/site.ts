// `osce-kg site`: writes the whole graph as a static publication (pages, RDF per resource, dumps, VoID, explorer).
import { sep } from 'node:path';
import { readSourceTexts } from '../../node/bundled';
import { projectPath } from '../../node/project-root';
import { writeSite } from '../../publish/write-site';
import { parseCommand, stringOption, UsageError } from '../args';
import { loadData } from '../data';
import { MAX_INPUT_OPTION, readLimitsOption } from '../input-limit';
import { writeStderr } from '../output';

const DEFAULT_SITE_URL = 'http://localhost:8080/';

export async function runSite(argv: string[]): Promise<number> {
  const parsed = parseCommand('site', argv, {
    out: { type: 'string', short: 'o' },
    'site-url': { type: 'string' },
    static: { type: 'string' },
    'no-explorer': { type: 'boolean' },
    quiet: { type: 'boolean' },
    ...MAX_INPUT_OPTION,
  });
  const out = stringOption(parsed, 'out');
  if (!out) throw new UsageError('--out DIR is required', 'site');
  const siteUrl = stringOption(parsed, 'site-url') ?? DEFAULT_SITE_URL;
  if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(siteUrl))
    throw new UsageError(`--site-url must be an http(s) URL, got "${siteUrl}"`, 'site');
  const quiet = parsed.values.quiet === true;
  const started = performance.now();
  const quads = await loadData(parsed.positionals, readLimitsOption(parsed, 'site'));
  const summary = await writeSite(quads, {
    out,
    siteUrl,
    sourceText: await readSourceTexts(quads),
    explorerDir:
      parsed.values['no-explorer'] === true ? undefined : (stringOption(parsed, 'static') ?? projectPath('dist') + sep),
    progress: quiet ? undefined : (message) => writeStderr(`osce-kg site: ${message}`),
  });
  if (!quiet) {
    const mb = (summary.bytes / 1e6).toFixed(1);
    writeStderr(
      `osce-kg site: wrote ${summary.pages} resources, ${summary.files} files (${mb} MB) to ${out} in ${Math.round(performance.now() - started)} ms`,
    );
  }
  return 0;
}
