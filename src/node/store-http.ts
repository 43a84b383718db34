// One HTTP request to a triple store, with a connect limit and a whole-request limit, and no redirect followed.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { GraphStoreError } from './errors';

export interface StoreTimeouts {
  /** Until the TCP (and TLS) connection is up. */
  connectTimeoutMs: number;
  /** The whole request: connecting, sending the body, and the complete answer. */
  timeoutMs: number;
}

export const DEFAULT_STORE_TIMEOUTS: StoreTimeouts = { connectTimeoutMs: 10_000, timeoutMs: 300_000 };

/** A store's answer to a Graph Store Protocol request is a status line and a short message: more is not read. */
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

/** Statuses whose Response may carry no body. */
const NULL_BODY = new Set([101, 204, 205, 304]);

function headersOf(message: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}

/**
 * Sends one request and resolves to the complete answer as a `Response` (so `createAuthFetch` can wrap it).
 * Redirects are returned, never followed. Rejects with a `GraphStoreError` naming the URL when the connection
 * cannot be made or takes too long, when the whole exchange takes too long (a store that never answers, or
 * stalls mid-answer), or when the answer is cut off before its end.
 */
export function storeRequest(
  url: string,
  init: RequestInit,
  timeouts: StoreTimeouts = DEFAULT_STORE_TIMEOUTS,
): Promise<Response> {
  const target = new URL(url);
  const body = init.body === undefined || init.body === null ? undefined : Buffer.from(init.body as Uint8Array);
  const headers: Record<string, string> = { ...(init.headers as Record<string, string> | undefined) };
  if (body) headers['content-length'] = String(body.length);
  return new Promise<Response>((resolve, reject) => {
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    // A fresh connection per request: a store's keep-alive socket must not outlive the command
    const req = send(target, { method: init.method ?? 'GET', headers, agent: false });
    let settled = false;
    const finish = (error?: GraphStoreError, response?: Response): void => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      clearTimeout(wholeTimer);
      if (error) {
        req.destroy();
        reject(error);
      } else {
        resolve(response!);
      }
    };
    const connectTimer = setTimeout(
      () =>
        finish(
          new GraphStoreError(
            url,
            0,
            `no connection within ${timeouts.connectTimeoutMs} ms (--connect-timeout)`,
            'timeout',
          ),
        ),
      timeouts.connectTimeoutMs,
    );
    let phase = 'waiting for the answer';
    const wholeTimer = setTimeout(
      () =>
        finish(
          new GraphStoreError(
            url,
            0,
            `no complete answer within ${timeouts.timeoutMs} ms (--timeout) while ${phase}: the store stalled`,
            'timeout',
          ),
        ),
      timeouts.timeoutMs,
    );
    req.on('socket', (socket) => {
      if (!socket.connecting) clearTimeout(connectTimer);
      else socket.once(target.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      finish(new GraphStoreError(url, 0, `cannot connect (${error.code ?? error.message})`, 'connect'));
    });
    req.on('response', (res) => {
      phase = `reading the answer (HTTP ${res.statusCode})`;
      const chunks: Buffer[] = [];
      let received = 0;
      res.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > MAX_ANSWER_BYTES) {
          finish(
            new GraphStoreError(
              url,
              res.statusCode ?? 0,
              `the answer is longer than ${MAX_ANSWER_BYTES} bytes: not a Graph Store Protocol answer`,
              'cut-off',
            ),
          );
        } else {
          chunks.push(chunk);
        }
      });
      res.on('end', () => {
        if (!res.complete) return;
        const status = res.statusCode ?? 0;
        const text = NULL_BODY.has(status) ? null : Buffer.concat(chunks);
        if (status < 200 || status > 599) {
          finish(new GraphStoreError(url, status, `unexpected HTTP status ${status}`, 'status'));
          return;
        }
        finish(undefined, new Response(text, { status, statusText: res.statusMessage, headers: headersOf(res) }));
      });
      // A connection reset mid-body is an 'error' on the answer too; 'close' below reports it
      res.on('error', () => undefined);
      res.on('close', () => {
        if (!res.complete) {
          finish(
            new GraphStoreError(
              url,
              res.statusCode ?? 0,
              `the answer was cut off after ${received} bytes (the connection closed before its end)`,
              'cut-off',
            ),
          );
        }
      });
    });
    req.end(body);
  });
}
