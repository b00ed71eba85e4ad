import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local HTTP server on 127.0.0.1 (random port) that records every request it gets. */
export interface LocalServer {
  url: string;
  requests: string[];
  /** Replace the handler between tests. */
  handle(handler: (req: IncomingMessage, res: ServerResponse) => void): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<LocalServer> {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const requests: string[] = [];
  const open = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    open.add(res);
    res.on('close', () => open.delete(res));
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle: (h) => {
      handler = h;
    },
    close: () =>
      new Promise<void>((resolve) => {
        // Hanging responses (the timeout test) would keep the server open.
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL on which nothing listens: bind a port, then free it. */
export async function closedPortUrl(): Promise<string> {
  const s = await startServer();
  const url = s.url;
  await s.close();
  return url;
}

export function reply(status: number, body: string, type = 'application/json') {
  return (_req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(status, { 'Content-Type': type });
    res.end(body);
  };
}

/** Never answers: the client must give up on its own. */
export function hang() {
  return (): void => {};
}
