// Starts and stops the HTTP server (SPARQL endpoint + dataset + explorer) on a host and port.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRouter, type RouterOptions } from './router';

export interface ServerOptions extends RouterOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** A client must send its headers within this time (default 15 s). */
  headersTimeoutMs?: number;
  /** A client must send its whole request within this time (default 30 s). */
  requestTimeoutMs?: number;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:3030 */
  url: string;
  server: Server;
  close(): Promise<void>;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const headersTimeout = options.headersTimeoutMs ?? 15_000;
  const requestTimeout = Math.max(options.requestTimeoutMs ?? 30_000, headersTimeout);
  // Slow or idle clients must not hold the server. Node checks these timeouts only every
  // connectionsCheckingInterval (30 s by default), so check at a fraction of the headers timeout.
  const server = createServer(
    { headersTimeout, requestTimeout, connectionsCheckingInterval: Math.max(100, Math.min(5_000, headersTimeout / 4)) },
    createRouter(options),
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
