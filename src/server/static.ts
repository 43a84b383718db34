// Serves the built explorer (dist/): known MIME types, no path out of the root (nor through a symlink), no dotfiles, a
// CSP.
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, sendBody } from './http-util';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ttl': 'text/turtle; charset=utf-8',
  '.trig': 'application/trig; charset=utf-8',
  '.nt': 'application/n-triples; charset=utf-8',
  '.nq': 'application/n-quads; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * No inline script; WebAssembly (Oxigraph) may compile; workers and scripts only from this origin;
 * `connect-src *` because the explorer may query any SPARQL endpoint the user names.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  'connect-src *',
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Maps a URL path to a file under `root`, or throws 400/403 for anything that tries to leave it. */
export function resolveStaticPath(root: string, urlPath: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new HttpError(400, 'malformed percent-encoding in path');
  }
  if (decoded.includes('\0')) throw new HttpError(400, 'NUL byte in path');
  const segments = decoded.split(/[\\/]+/);
  if (segments.some((s) => s === '..')) throw new HttpError(403, 'path traversal refused');
  // Dotfiles (.env, .git/, .htpasswd) are never served; answered as absent, so their existence is not revealed
  if (segments.some((s) => s.startsWith('.'))) throw new HttpError(404, `not found: ${urlPath}`);
  const base = resolve(root);
  const full = resolve(base, `.${sep}${segments.filter(Boolean).join(sep)}`);
  if (full !== base && !full.startsWith(base + sep)) throw new HttpError(403, 'path traversal refused');
  return full;
}

async function insideRoot(root: string, file: string): Promise<boolean> {
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file).catch(() => undefined)]);
  return realFile !== undefined && realFile.startsWith(realRoot + sep);
}

export interface StaticOptions {
  /**
   * Leave out index.html's preload of the bundled graph: an explorer in front of a remote store never loads it,
   * and the browser would download it for nothing.
   */
  withoutBundledGraph?: boolean;
}

const BUNDLED_GRAPH_PRELOAD = /[ \t]*<link rel="preload" as="fetch" href="[^"]*bundled-graph[^"]*\.json"[^>]*>\n?/g;

/** Answers GET/HEAD for a static file; directories serve their index.html. */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  urlPath: string,
  options: StaticOptions = {},
): Promise<void> {
  let file = resolveStaticPath(root, urlPath);
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  // A symbolic link inside the root may point anywhere: what is read must still lie inside the root
  if (info && !(await insideRoot(root, file)))
    throw new HttpError(403, 'path leaves the static root through a symbolic link');
  if (!info?.isFile()) {
    const hint = urlPath === '/' ? ' (the explorer is not built: run "npm run build")' : '';
    throw new HttpError(404, `not found: ${urlPath}${hint}`);
  }
  const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string> = {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'referrer-policy': 'no-referrer',
    // Vite's hashed assets never change; everything else is revalidated.
    'cache-control': urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  let body: Buffer | string = await readFile(file);
  if (options.withoutBundledGraph && file.endsWith('.html'))
    body = body.toString('utf8').replace(BUNDLED_GRAPH_PRELOAD, '');
  sendBody(res, 200, body, type, headers, req.method === 'HEAD');
}
