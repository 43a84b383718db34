// HTTP authentication for stores (RFC 7616 Digest with MD5 and qop=auth, and Basic), over fetch; Virtuoso needs Digest.
import { createHash, randomBytes } from 'node:crypto';

export interface Credentials {
  user: string;
  password: string;
}

interface DigestChallenge {
  realm: string;
  nonce: string;
  opaque?: string;
  qop?: string;
  algorithm?: string;
}

const md5 = (text: string): string => createHash('md5').update(text).digest('hex');

/** Parses `Digest realm="x", nonce="y", qop="auth"` (quoted or bare values); undefined for other schemes. */
export function parseDigestChallenge(header: string): DigestChallenge | undefined {
  const match = /^\s*Digest\s+(.*)$/i.exec(header);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  const [, list = ''] = match;
  for (const m of list.matchAll(/([a-zA-Z-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g)) {
    // The name always matches, and exactly one of the quoted or the bare value
    const [, name = '', quoted, bare = ''] = m;
    params[name.toLowerCase()] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : bare;
  }
  if (params.realm === undefined || params.nonce === undefined) return undefined;
  return {
    realm: params.realm,
    nonce: params.nonce,
    opaque: params.opaque,
    qop: params.qop,
    algorithm: params.algorithm,
  };
}

/** The Authorization header answering a Digest challenge for one request (`uri` is the path and query). */
export function digestAuthorization(
  challenge: DigestChallenge,
  credentials: Credentials,
  method: string,
  uri: string,
  nc: number,
  cnonce = randomBytes(8).toString('hex'),
): string {
  const algorithm = challenge.algorithm ?? 'MD5';
  let ha1 = md5(`${credentials.user}:${challenge.realm}:${credentials.password}`);
  if (/^MD5-sess$/i.test(algorithm)) ha1 = md5(`${ha1}:${challenge.nonce}:${cnonce}`);
  const ha2 = md5(`${method}:${uri}`);
  // A server may offer "auth,auth-int": auth is the one that does not hash the body.
  const qop = challenge.qop
    ?.split(',')
    .map((s) => s.trim())
    .includes('auth')
    ? 'auth'
    : undefined;
  const ncHex = nc.toString(16).padStart(8, '0');
  const response = qop
    ? md5(`${ha1}:${challenge.nonce}:${ncHex}:${cnonce}:${qop}:${ha2}`)
    : md5(`${ha1}:${challenge.nonce}:${ha2}`);
  const parts = [
    `username="${credentials.user}"`,
    `realm="${challenge.realm}"`,
    `nonce="${challenge.nonce}"`,
    `uri="${uri}"`,
    `algorithm=${algorithm}`,
    `response="${response}"`,
  ];
  if (challenge.opaque !== undefined) parts.push(`opaque="${challenge.opaque}"`);
  if (qop) parts.push(`qop=${qop}`, `nc=${ncHex}`, `cnonce="${cnonce}"`);
  return `Digest ${parts.join(', ')}`;
}

/**
 * A fetch that answers 401 challenges. The last Digest challenge is reused (with a growing nonce count),
 * so a run of requests to one store costs one extra round trip, not one per request. `transport` sends each
 * request (default: the global fetch; the push uses one that follows no redirect and has time limits).
 */
export type Transport = (url: string, init: RequestInit) => Promise<Response>;

export function createAuthFetch(
  credentials: Credentials | undefined,
  transport: Transport = (url, init) => fetch(url, init),
): Transport {
  let challenge: DigestChallenge | undefined;
  let nc = 0;
  const withAuth = (url: string, init: RequestInit, authorization: string): RequestInit => ({
    ...init,
    headers: { ...(init.headers as Record<string, string>), authorization },
  });
  const digestFor = (url: string, init: RequestInit): string => {
    const u = new URL(url);
    nc += 1;
    return digestAuthorization(
      challenge!,
      credentials!,
      (init.method ?? 'GET').toUpperCase(),
      u.pathname + u.search,
      nc,
    );
  };

  return async (url, init = {}) => {
    if (!credentials) return transport(url, init);
    if (challenge) {
      const reused = await transport(url, withAuth(url, init, digestFor(url, init)));
      if (reused.status !== 401) return reused;
      await reused.arrayBuffer();
    }
    const first = challenge ? undefined : await transport(url, init);
    if (first && first.status !== 401) return first;
    const header = first?.headers.get('www-authenticate') ?? '';
    if (first) await first.arrayBuffer();
    if (!first || /^\s*Digest/i.test(header)) {
      const fresh = first ? parseDigestChallenge(header) : await freshChallenge(transport, url, init);
      if (!fresh) return transport(url, init);
      challenge = fresh;
      nc = 0;
      return transport(url, withAuth(url, init, digestFor(url, init)));
    }
    const basic = Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64');
    return transport(url, withAuth(url, init, `Basic ${basic}`));
  };
}

/** Asks for a new challenge (the old nonce went stale) with the same request. */
async function freshChallenge(
  transport: Transport,
  url: string,
  init: RequestInit,
): Promise<DigestChallenge | undefined> {
  const response = await transport(url, init);
  await response.arrayBuffer();
  return parseDigestChallenge(response.headers.get('www-authenticate') ?? '');
}
