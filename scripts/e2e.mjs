// `npm run test:e2e`: builds the extension (Chrome and Firefox), then runs the real-browser tests
// in tests/e2e against fixture pages served under the real host names.
import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_HINT } from './lib/chromium.mjs';

if (!findChromium()) {
  process.stderr.write(`${INSTALL_HINT}\n`);
  process.exit(1);
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, WXT_TELEMETRY: 'false' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!process.env.KAMERLENS_SKIP_BUILD) {
  run('npx', ['wxt', 'build']);
  run('npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
}
run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']);
