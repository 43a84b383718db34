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

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  const body = Buffer.from(text.endsWith('\n') ? text : `${text}\n`, 'utf8');
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(body.length),
    ...headers,
  });
  res.end(body);
}

/** Sends a whole body; a string is written as it is (its UTF-8 length counted, no copy into a Buffer first). */
export function sendBody(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  headers: Record<string, string> = {},
  head = false,
): void {
  const length = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length;
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'content-type': contentType,
    'content-length': String(length),
    ...headers,
  });
  if (head) res.end();
  else res.end(body);
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
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > limit) {
        req.resume();
        throw new HttpError(413, `request body too large: over ${limit} bytes`, { connection: 'close' });
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    // The client hung up mid-upload ("aborted", ECONNRESET): its fault, and nobody is left to answer
    throw new HttpError(
      CLIENT_CLOSED_REQUEST,
      `client closed the connection during the upload (${size} bytes received)`,
    );
  }
  if (req.readableAborted)
    throw new HttpError(
      CLIENT_CLOSED_REQUEST,
      `client closed the connection during the upload (${size} bytes received)`,
    );
  return decodeUtf8(Buffer.concat(chunks), 'request body');
}

/** nginx's "client closed request": logged for a request whose client left before the answer. */
export const CLIENT_CLOSED_REQUEST = 499;

function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, `${what} is not valid UTF-8`);
  }
}

/**
 * 400 unless the request target's query string is valid UTF-8 once percent-decoded (URLSearchParams would
 * silently turn bad bytes into U+FFFD, as a POST body is refused). Raw bytes of the request line count too.
 */
export function assertUtf8QueryString(requestTarget: string | undefined): void {
  const at = requestTarget?.indexOf('?') ?? -1;
  if (!requestTarget || at < 0) return;
  const raw = Buffer.from(requestTarget.slice(at + 1), 'latin1');
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const hex = raw[i] === 0x25 ? raw.subarray(i + 1, i + 3).toString('latin1') : '';
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(raw[i]!); // i < raw.length
  }
  decodeUtf8(Uint8Array.from(bytes), 'the query string');
}
