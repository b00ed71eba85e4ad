// A local HTTP server that serves fixture pages under the real host names (Chromium maps those
// hosts to it with --host-resolver-rules). Routes: host + path (query ignored) → file.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const PAGES_DIR = resolve('tests/fixtures/pages');

/** Which fixture page stands for which real address. */
export const ROUTES = {
  'zoek.officielebekendmakingen.nl/kst-28676-409.html': 'obk-kst-navo.html',
  // KOOP also shows a paper below the page of a Staatsblad that names it (in the corpus:
  // `/stb-2022-270.html/kst-31765-92.html`): the NAVO paper at such an address.
  'zoek.officielebekendmakingen.nl/stb-2022-270.html/kst-28676-409.html': 'obk-kst-navo.html',
  'zoek.officielebekendmakingen.nl/stcrt-2013-10981.html': 'stcrt-2013-10981.html',
  'zoek.officielebekendmakingen.nl/h-tk-20222023-10-5.html': 'h-tk-handelingen.html',
  'www.tweedekamer.nl/kamerstukken/brieven_regering/detail': 'tk-brief-navo.html',
  'www.tweedekamer.nl/kamerstukken/kamervragen/detail': 'tk-kamervragen-answer.html',
  'www.tweedekamer.nl/nieuws/kamernieuws/navo-ministers': 'tk-nieuws.html',
};

/** The addresses the tests open, by role. */
export const PAGES = {
  obkPaper: 'http://zoek.officielebekendmakingen.nl/kst-28676-409.html',
  tkPaper: 'http://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z18970&did=2022D39633',
  tkAnswers: 'http://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2021Z07250&did=2021D26707',
  tkNews: 'http://www.tweedekamer.nl/nieuws/kamernieuws/navo-ministers',
  obkPaperBelowSeries: 'http://zoek.officielebekendmakingen.nl/stb-2022-270.html/kst-28676-409.html',
  stcrt: 'http://zoek.officielebekendmakingen.nl/stcrt-2013-10981.html',
  handelingen: 'http://zoek.officielebekendmakingen.nl/h-tk-20222023-10-5.html',
};

/**
 * Starts the server on 127.0.0.1 (a free port unless given). `extraRoutes` maps `host/path` to a
 * handler for API stubs. Resolves to { port, close }.
 */
export function startFixtureServer({ port = 0, extraRoutes = {} } = {}) {
  const server = createServer(async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0];
    const key = `${host}${path}`;
    try {
      const handler = extraRoutes[key];
      if (handler) return void (await handler(req, res));
      // `/raw/<file>` on 127.0.0.1 serves a fixture where the extension does not run: the baseline.
      const raw = /^\/raw\/([\w.-]+\.html)$/.exec(path);
      const file = ROUTES[key] ?? (raw && host === '127.0.0.1' ? raw[1] : undefined);
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        return void res.end('not a fixture page');
      }
      const body = await readFile(join(PAGES_DIR, file));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({
        port: typeof address === 'object' && address ? address.port : port,
        close: () => new Promise((r) => server.close(() => r(undefined))),
      });
    });
  });
}
