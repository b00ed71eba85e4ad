// Compiles the command line (and the eval runner) from TypeScript into dist/, so that
// `npx kamerlens` works on Node 20 right after `npm install` (it runs as `prepare`).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = [
  ['src/cli/main.ts', 'dist/cli.mjs'],
  ['src/cli/eval.ts', 'dist/eval.mjs'],
].filter(([src]) => existsSync(src));

for (const [entry, outfile] of entries) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    // The DOM implementation for saved pages is loaded at run time, only for `.html` input.
    external: ['linkedom'],
    banner: {
      js: "import { createRequire as __kl_cr } from 'node:module'; const require = __kl_cr(import.meta.url);",
    },
    logLevel: 'warning',
  });
}
