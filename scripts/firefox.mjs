// Firefox for the end-to-end tests: Debian's firefox-esr driven over WebDriver BiDi with
// puppeteer-core, the Firefox build installed as a temporary add-on. Firefox has no host-resolver
// switch, so a tiny local HTTP proxy (set through the `network.proxy.*` prefs) sends the real host
// names to the fixture server, as Chromium's --host-resolver-rules do.
import { createServer, request } from 'node:http';
import { resolve } from 'node:path';
import { findBinary } from './lib/find-binary.mjs';

export const FIREFOX_INSTALL_HINT =
  'Firefox not found: install it with `sudo apt-get install firefox-esr` or set FIREFOX_PATH.';

/** The browser: $FIREFOX_PATH, else firefox-esr or firefox on PATH; null when none. */
export function findFirefox() {
  return findBinary([process.env.FIREFOX_PATH], ['firefox-esr', 'firefox']);
}

/** The unpacked Firefox build of the extension. */
export function firefoxExtensionDir() {
  return resolve(process.env.KAMERLENS_OUT_DIR ?? '.output', 'firefox-mv3');
}

/**
 * A forward HTTP proxy on 127.0.0.1 that sends every plain-http request to the fixture server
 * (keeping the Host header, so it serves the page for that host) and refuses everything else
 * (CONNECT for https, other ports): the browser can reach no real site. Resolves to { port, close }.
 * @param {number} fixturePort
 */
export function startFixtureProxy(fixturePort) {
  const server = createServer((req, res) => {
    let target;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('not a proxy request');
      return;
    }
    const upstream = request(
      {
        host: '127.0.0.1',
        port: fixturePort,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end('fixture server unreachable'));
    req.pipe(upstream);
  });
  // https (CONNECT) goes nowhere: the fixtures are plain http, and nothing may leave the machine.
  server.on('connect', (_req, socket) => socket.end('HTTP/1.1 403 Forbidden\r\n\r\n'));
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({
        port: typeof address === 'object' && address ? address.port : 0,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections?.();
            server.close(() => r(undefined));
          }),
      });
    });
  });
}

/**
 * Launches headless Firefox over WebDriver BiDi with every request going through the fixture
 * proxy, and installs the Firefox build as a temporary add-on.
 * @param {{ proxyPort: number, extensionDir?: string, executablePath?: string, headless?: boolean, prefs?: Record<string, unknown> }} options
 * @returns {Promise<{ browser: import('puppeteer-core').Browser, extensionId: string }>}
 */
export async function launchFirefoxWithExtension({
  proxyPort,
  extensionDir = firefoxExtensionDir(),
  executablePath,
  headless = true,
  prefs = {},
}) {
  const { default: puppeteer } = await import('puppeteer-core');
  const path = executablePath ?? findFirefox();
  if (!path) throw new Error(FIREFOX_INSTALL_HINT);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: path,
    headless,
    // A window wide enough for the sidebar beside the text, set at launch: emulating a viewport per page
    // (puppeteer's default, 800 × 600) sends a BiDi command Firefox ESR 140 refuses, and left some
    // pages at 800 pixels.
    defaultViewport: null,
    args: ['--width=1400', '--height=900'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disableIPv6': true,
      // Fixture pages are plain http under real names: no upgrade to https.
      'dom.security.https_only_mode': false,
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
      // The interface language the reader follows.
      'intl.accept_languages': 'nl-NL, nl',
      'intl.locale.requested': 'nl-NL',
      ...prefs,
    },
  });
  const extensionId = await browser.installExtension(extensionDir);
  return { browser, extensionId };
}
