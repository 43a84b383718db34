// Remote mode: which endpoint `?endpoint=` names, and the message shown for each kind of endpoint failure.
import { describe, expect, it } from 'vitest';
import {
  EndpointHttpError,
  EndpointUnreachableError,
  PartialResultError,
  QueryAbortedError,
  QuerySyntaxError,
  QueryTimeoutError,
  TruncatedResponseError,
  UnexpectedMediaTypeError,
} from '../../../src/query/limits';
import { endpointFromPageUrl, endpointOrError, RemoteEndpointError } from '../../../src/explorer/remote/endpoint-param';
import { failureMessage } from '../../../src/explorer/remote/messages';

describe('endpointFromPageUrl', () => {
  it.each([
    ['http://127.0.0.1:3030/', null],
    ['http://127.0.0.1:3030/?endpoint=', null],
    ['http://127.0.0.1:3030/?endpoint=%2Fsparql', 'http://127.0.0.1:3030/sparql'],
    ['http://127.0.0.1:3030/?endpoint=/sparql#sel=x', 'http://127.0.0.1:3030/sparql'],
    [
      'https://explorer.example/app/?endpoint=https%3A%2F%2Fquery.wikidata.org%2Fsparql',
      'https://query.wikidata.org/sparql',
    ],
    [
      'https://explorer.example/?endpoint=https://dbpedia.org/sparql?default-graph-uri=x%23frag',
      'https://dbpedia.org/sparql?default-graph-uri=x',
    ],
  ])('%s → %s', (page, endpoint) => {
    expect(endpointFromPageUrl(page)).toBe(endpoint);
  });

  it.each([
    'http://x/?endpoint=javascript:alert(1)',
    'http://x/?endpoint=data:text/html,hi',
    'http://x/?endpoint=file:///etc/passwd',
    'http://x/?endpoint=http://[bad',
  ])('refuses %s', (page) => {
    expect(() => endpointFromPageUrl(page)).toThrow(RemoteEndpointError);
    expect(endpointOrError(page)).toBeInstanceOf(RemoteEndpointError);
  });
});

describe('failureMessage', () => {
  const E = 'http://127.0.0.1:3030/sparql';
  it.each([
    ['timeout', new QueryTimeoutError(15_000), /did not answer within 15 s/],
    ['unreachable', new EndpointUnreachableError(E, new Error('ECONNREFUSED')), /cannot be reached/],
    ['HTTP 206', new PartialResultError('partial'), /partial result \(HTTP 206\)/],
    ['an HTML page', new UnexpectedMediaTypeError('text/html', '<html>'), /text\/html .*not SPARQL results/],
    ['cut off', new TruncatedResponseError('ended early'), /was cut off/],
    ['HTTP 500', new EndpointHttpError(500, 'Internal Server Error', 'boom'), /answered HTTP 500 \(boom\)/],
    [
      'the proxy reporting its endpoint',
      new EndpointHttpError(
        502,
        'Bad Gateway',
        'the SPARQL endpoint http://v/sparql answered text/html, not SPARQL results',
      ),
      /failed: the SPARQL endpoint http:\/\/v\/sparql answered text\/html, not SPARQL results \(reported by http:\/\/127\.0\.0\.1:3030\/sparql\)/,
    ],
    [
      'the proxy failing without a reason',
      new EndpointHttpError(502, 'Bad Gateway', ''),
      /the endpoint behind .* failed \(HTTP 502\)/,
    ],
    [
      'the proxy timing out',
      new EndpointHttpError(503, 'Service Unavailable', 'query timed out after 10000 ms'),
      /took too long .*timed out after 10000 ms/,
    ],
    ['syntax', new QuerySyntaxError('bad', 1, 2), /rejected the query/],
    ['cancelled', new QueryAbortedError('aborted'), /was cancelled/],
    ['anything else', new TypeError('odd'), /failed: TypeError: odd/],
  ])('%s', (_name, error, expected) => {
    const message = failureMessage(error, E, 'Search');
    expect(message).toMatch(/^Search /);
    expect(message).toMatch(expected);
    expect(message).toMatch(/The graph shown is unchanged\.$/);
  });

  it('cuts a long body to one short line', () => {
    const message = failureMessage(new EndpointHttpError(500, 'x', `${'line\n'.repeat(400)}`), E, 'Search');
    expect(message.length).toBeLessThan(400);
    expect(message).not.toContain('\n');
  });
});
