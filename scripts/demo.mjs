// `npm run demo`: builds the extension and opens Chromium with it on the bundled sample letter,
// served locally under its real address. With --headless, or when there is no display, it writes
// screenshots instead and says where.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, INSTALL_HINT, launchWithExtension } from './lib/chromium.mjs';
import { PAGES, startFixtureServer } from './lib/fixture-server.mjs';

const wantsHeadless =
  process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const outDir = resolve('demo-output');

if (!findChromium()) {
  process.stderr.write(`${INSTALL_HINT}\n`);
  process.exit(1);
}

console.log('Building the extension…');
const build = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startFixtureServer();
const context = await launchWithExtension({ port: server.port, headless: wantsHeadless });
const pages = [
  ['officielebekendmakingen', PAGES.obkPaper],
  ['tweedekamer', PAGES.tkPaper],
];

if (wantsHeadless) {
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const [name, url] of pages) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('kamerlens:painted').length > 0, null, {
      timeout: 20_000,
    });
    // Show the letter rather than the site's header: open the tweedekamer.nl modal, scroll to the text.
    await page
      .locator('button[data-modal-toggle="#document-html-modal"]')
      .first()
      .click()
      .catch(() => {});
    await page
      .locator('#broodtekst, .m-modal__content')
      .first()
      .evaluate((el) => el.scrollIntoView());
    const file = resolve(outDir, `${name}.png`);
    await page.screenshot({ path: file });
    written.push(file);
  }
  await context.close();
  await server.close();
  console.log(`Kamerlens ran on the sample letter. Screenshots:\n${written.map((f) => `  ${f}`).join('\n')}`);
} else {
  for (const [, url] of pages) await (await context.newPage()).goto(url);
  console.log(
    'Chromium is open with Kamerlens on the sample letter (both sites). Close the browser to stop.',
  );
  context.on('close', () => void server.close().then(() => process.exit(0)));
}
