// Remote mode (pure): which endpoint the explorer was opened on, read from `?endpoint=` in its URL.
import { ExplorerError } from '../errors';

/** The `?endpoint=` value is not an http(s) URL. */
export class RemoteEndpointError extends ExplorerError {
  override name = 'RemoteEndpointError';
}

/** The URL parameter that switches the explorer to remote mode (`osce-kg serve --endpoint` redirects to it). */
export const ENDPOINT_PARAM = 'endpoint';

/**
 * The endpoint named by `?endpoint=` in `pageUrl`, as an absolute URL (a relative one such as `/sparql`
 * resolves against the page), or null when the parameter is absent or empty: the bundled graph is shown then.
 * Only http and https: `javascript:`, `data:` and `file:` are refused with RemoteEndpointError.
 */
export function endpointFromPageUrl(pageUrl: string): string | null {
  const page = new URL(pageUrl);
  const raw = page.searchParams.get(ENDPOINT_PARAM)?.trim() ?? '';
  if (raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw, page);
  } catch {
    throw new RemoteEndpointError(`"${raw}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RemoteEndpointError(`the endpoint must be an http or https URL, not ${url.protocol}`);
  }
  url.hash = '';
  return url.href;
}

/** endpointFromPageUrl, with a bad value returned rather than thrown (the page reports it once the app is up). */
export function endpointOrError(pageUrl: string): string | null | RemoteEndpointError {
  try {
    return endpointFromPageUrl(pageUrl);
  } catch (error) {
    if (error instanceof RemoteEndpointError) return error;
    throw error;
  }
}
