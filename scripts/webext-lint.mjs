// `node scripts/webext-lint.mjs [dir]`: Mozilla's add-on linter (`web-ext lint`, installed locally,
// no network) on the Firefox build; fails on any error, prints warnings. Default folder:
// $KAMERLENS_OUT_DIR/firefox-mv3, else .output/firefox-mv3 (build it first: `npm run build:firefox`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function defaultFirefoxBuild() {
  return resolve(process.env.KAMERLENS_OUT_DIR ?? '.output', 'firefox-mv3');
}

/**
 * Lints an unpacked Firefox build. Resolves to the linter's JSON report:
 * `{ summary: { errors, warnings, notices }, errors: [...], warnings: [...], notices: [...] }`.
 * @param {string} dir
 */
export function lintFirefoxBuild(dir) {
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`No Firefox build in ${dir}`);
  const r = spawnSync(
    process.execPath,
    [
      resolve(fileURLToPath(new URL('..', import.meta.url)), 'node_modules/web-ext/bin/web-ext.js'),
      'lint',
      '--source-dir',
      dir,
      '--output',
      'json',
      '--no-config-discovery',
    ],
    {
      encoding: 'utf8',
      // Offline: no update check of web-ext itself.
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1', WEB_EXT_NO_UPDATE_CHECK: '1' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const start = r.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint gave no report:\n${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout.slice(start));
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dir = resolve(process.argv[2] ?? defaultFirefoxBuild());
  let report;
  try {
    report = lintFirefoxBuild(dir);
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(2);
  }
  const line = (m) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;
  for (const w of report.warnings) console.log(`warning${line(w)}`);
  for (const e of report.errors) console.error(`ERROR${line(e)}`);
  const { errors, warnings, notices } = report.summary;
  console.log(`web-ext lint ${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  process.exit(errors > 0 ? 1 : 0);
}
