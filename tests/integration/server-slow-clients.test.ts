// Slow clients (slowloris-style) are cut off at the headers/request timeouts while other clients are served.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Socket } from 'node:net';
import { Parser } from 'n3';
import { startServer, type RunningServer } from '../../src/server/server';
import { createOxigraphEngine } from '../../src/query/oxigraph-engine';
import oxigraph from 'oxigraph';
import { stopStarted } from '../helpers/stop-started';

const DATA = '<http://example.org/a> <http://example.org/p> <http://example.org/b> .\n';

let running: RunningServer;

beforeAll(async () => {
  const quads = new Parser({ format: 'N-Triples' }).parse(DATA);
  const engine = createOxigraphEngine(oxigraph, quads);
  running = await startServer({
    host: '127.0.0.1',
    port: 0,
    quads,
    engine,
    timeoutMs: 5_000,
    rowLimit: 100,
    bodyLimit: 1024,
    allowService: false,
    headersTimeoutMs: 1_000,
    requestTimeoutMs: 2_000,
  });
});

afterAll(async () => {
  await stopStarted(running);
});

/** Opens a raw connection and resolves with what the server sent when it closes the connection. */
function slowClient(write: (socket: Socket) => void): Promise<{ data: string; closedAfterMs: number }> {
  const { port } = new URL(running.url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(Number(port), '127.0.0.1', () => write(socket));
    let data = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => {
      data += chunk;
    });
    socket.on('error', reject);
    socket.on('close', () => resolve({ data, closedAfterMs: Date.now() - started }));
    setTimeout(() => {
      socket.destroy();
      reject(new Error('the server kept the slow connection open for 15 s'));
    }, 15_000);
  });
}

describe('slow clients', () => {
  it('cuts off a client that never finishes its headers, and keeps serving others meanwhile', async () => {
    const slow = slowClient((socket) => socket.write('GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n'));
    const response = await fetch(`${running.url}/sparql?query=${encodeURIComponent('ASK {}')}`, {
      headers: { accept: 'application/sparql-results+json' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ boolean: true });
    const { data, closedAfterMs } = await slow;
    expect(closedAfterMs).toBeLessThan(10_000);
    expect(data).toMatch(/^HTTP\/1\.1 408|^$/);
  });

  it('cuts off a client that sends its body too slowly', async () => {
    const { closedAfterMs, data } = await slowClient((socket) => {
      socket.write(
        'POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 100\r\n\r\nASK',
      );
    });
    expect(closedAfterMs).toBeLessThan(10_000);
    expect(data).not.toMatch(/^HTTP\/1\.1 200/);
  });
});
