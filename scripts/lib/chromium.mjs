// Finding and launching Chromium with the built extension, for the end-to-end tests and the demo.
// Uses Debian's chromium through playwright-core: never a browser download.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findBinary } from './find-binary.mjs';

/** Host names the fixture server answers for, under their real names. */
export const FIXTURE_HOSTS = [
  'zoek.officielebekendmakingen.nl',
  'www.officielebekendmakingen.nl',
  'www.tweedekamer.nl',
  'tweedekamer.nl',
];

export const INSTALL_HINT =
  'Chromium not found: install it with `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROME_PATH to a Chrome/Chromium binary.';

/** The browser: $CHROME_PATH, /usr/bin/chromium, google-chrome or chromium-browser on PATH; null when none. */
export function findChromium() {
  return findBinary(
    [process.env.CHROME_PATH, '/usr/bin/chromium'],
    ['chromium', 'google-chrome', 'google-chrome-stable', 'chromium-browser'],
  );
}

/** The unpacked Chrome build of the extension. */
export const EXTENSION_DIR = resolve(process.env.KAMERLENS_OUT_DIR ?? '.output', 'chrome-mv3');

/**
 * Launches a persistent Chromium context with the extension loaded and the fixture hosts mapped to
 * 127.0.0.1:port, so fixture pages are served under the real host names.
 * @param {{ port: number, headless?: boolean, executablePath?: string, colorScheme?: 'light'|'dark', locale?: string }} options
 */
export async function launchWithExtension({ port, headless = true, executablePath, colorScheme, locale }) {
  const { chromium } = await import('playwright-core');
  const browserPath = executablePath ?? findChromium();
  if (!browserPath) throw new Error(INSTALL_HINT);
  const rules = FIXTURE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  const profile = mkdtempSync(join(tmpdir(), 'kamerlens-profile-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless,
    viewport: { width: 1280, height: 900 },
    colorScheme,
    locale: locale ?? 'nl-NL',
    args: [
      `--load-extension=${EXTENSION_DIR}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--host-resolver-rules=${rules}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      // The interface language follows the browser's: Dutch unless asked otherwise.
      `--lang=${locale ?? 'nl-NL'}`,
      // Fixture pages are plain http under real names: no automatic upgrade to https.
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
    ],
  });
}
