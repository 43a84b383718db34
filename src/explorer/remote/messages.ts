// Remote mode (pure): what the user reads when an endpoint fails, one clear sentence per kind of failure.
import {
  EndpointHttpError,
  EndpointUnreachableError,
  PartialResultError,
  QueryAbortedError,
  QuerySyntaxError,
  QueryTimeoutError,
  TruncatedResponseError,
  UnexpectedMediaTypeError,
} from '../../query/limits';

/** First line of a body, cut short: enough to say what an endpoint or proxy complained about. */
function gist(text: string, max = 200): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * The message shown for a failed request to `endpoint`, ending with what the explorer still holds.
 * `action` says what was being done ("Search", "Loading the neighbours of ODIHR").
 */
export function failureMessage(error: unknown, endpoint: string, action: string): string {
  const kept = 'The graph shown is unchanged.';
  if (error instanceof QueryTimeoutError)
    return `${action} took too long: ${endpoint} did not answer within ${error.timeoutMs / 1000} s. ${kept}`;
  if (error instanceof EndpointUnreachableError) return `${action} failed: ${endpoint} cannot be reached. ${kept}`;
  if (error instanceof PartialResultError)
    return `${action} failed: ${endpoint} sent only a partial result (HTTP 206), which is not shown. ${kept}`;
  if (error instanceof UnexpectedMediaTypeError) {
    return `${action} failed: ${endpoint} answered with ${error.mediaType || 'an unknown type'} (a web page?), not SPARQL results. ${kept}`;
  }
  if (error instanceof TruncatedResponseError)
    return `${action} failed: the answer from ${endpoint} was cut off. ${kept}`;
  if (error instanceof EndpointHttpError) {
    // The project's server (`serve --endpoint`) answers 502/503/504 with the reason the endpoint behind it failed.
    const reason = gist(error.body);
    if (error.status === 502 || error.status === 504) {
      return `${action} failed: ${reason ? reason.replace(/\.$/, '') : `the endpoint behind ${endpoint} failed (HTTP ${error.status})`} (reported by ${endpoint}). ${kept}`;
    }
    if (error.status === 503)
      return `${action} took too long or the endpoint is busy (${reason || 'HTTP 503'}). ${kept}`;
    return `${action} failed: ${endpoint} answered HTTP ${error.status}${reason ? ` (${reason})` : ''}. ${kept}`;
  }
  if (error instanceof QuerySyntaxError)
    return `${action} failed: ${endpoint} rejected the query (${gist(error.message)}). ${kept}`;
  if (error instanceof QueryAbortedError) return `${action} was cancelled. ${kept}`;
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `${action} failed: ${gist(text)}. ${kept}`;
}
