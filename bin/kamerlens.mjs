#!/usr/bin/env node
// Entry point of `kamerlens`: runs the command line compiled into dist/ by `npm install` (prepare).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write(
    'kamerlens: the command line is not built yet; run `npm install` (or `npm run prepare`) first\n',
  );
  process.exit(2);
}
// A literal specifier: the file was checked above, and no path is ever built from input.
await import('../dist/cli.mjs');
