// Small HTTP helpers shared by the handlers: plain-text errors, request bodies with a size limit, common headers.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Error answered as `status` with a plain-text message (the handlers throw it; the router answers it). */
export class HttpError extends Error {
  override name = 'HttpError';
  readonly status: number;
  readonly headers: Record<string, string>;

  constructor(status: number, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

/** Headers every answer carries: CORS so a browser app elsewhere can query, and no MIME sniffing. */
export const COMMON_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'content-type, content-length, x-osce-kg-truncated',
  'x-content-type-options': 'nosniff',
};

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  const body = Buffer.from(text.endsWith('\n') ? text : `${text}\n`, 'utf8');
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(body.length),
    ...headers,
  });
  res.end(body);
}

export function sendBody(res: ServerResponse, status: number, body: string | Buffer, contentType: string, headers: Record<string, string> = {}, head = false): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...COMMON_HEADERS, 'content-type': contentType, 'content-length': String(bytes.length), ...headers });
  res.end(head ? undefined : bytes);
}

/** Reads the request body; more than `limit` bytes is a 413 (checked on Content-Length first, then while reading). */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw new HttpError(413, `request body too large: ${declared} bytes (limit ${limit})`, { connection: 'close' });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      req.resume();
      throw new HttpError(413, `request body too large: over ${limit} bytes`, { connection: 'close' });
    }
    chunks.push(chunk as Buffer);
  }
  const body = Buffer.concat(chunks);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new HttpError(400, 'request body is not valid UTF-8');
  }
}
