// `serve --endpoint URL`: the option checked — an http(s) URL, and no local data beside it.
import { UsageError, stringOption, type Parsed } from '../args';

/** The endpoint to proxy, or undefined to serve local data; bad use is a UsageError (exit 2). */
export function endpointOption(parsed: Parsed, dataFiles: number): string | undefined {
  const raw = stringOption(parsed, 'endpoint');
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--endpoint: "${raw}" is not a URL`, 'serve');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`--endpoint: must be an http or https URL, not ${url.protocol}`, 'serve');
  if (dataFiles > 0) throw new UsageError('--endpoint serves a remote store: give no data files with it', 'serve');
  return url.href;
}
