// Starts and stops the HTTP server (SPARQL endpoint + dataset + explorer) on a host and port.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRouter, type RouterOptions } from './router';

export interface ServerOptions extends RouterOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:3030 */
  url: string;
  server: Server;
  close(): Promise<void>;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const server = createServer(createRouter(options));
  // Slow or idle clients must not hold the server: whole requests within 30 s.
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
        server,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
