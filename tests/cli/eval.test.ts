import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
// Built into a folder of its own: cli.test.ts rebuilds dist/ while its commands run.
const EVAL = join(mkdtempSync(join(tmpdir(), 'kamerlens-eval-build-')), 'eval.mjs');
const CORPUS = resolve('tests/fixtures/letters');

async function evaluate(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [EVAL, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  await build({
    entryPoints: ['src/cli/eval.ts'],
    outfile: EVAL,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
});

describe('npm run eval', () => {
  it.each([['--help'], ['no-such-folder']])(
    'answers a folder it cannot read (%s) with its usage',
    async (arg) => {
      const { code, stdout, stderr } = await evaluate([arg]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('Usage: npm run eval');
      expect(stderr).toContain(`"${arg}" does not`);
      expect(stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('scores the letters of a folder against their gold', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kamerlens-eval-'));
    mkdirSync(join(dir, 'gold'));
    mkdirSync(join(dir, 'letters'));
    const slug = '01-vws-2015-productsamenstelling';
    copyFileSync(join(CORPUS, 'gold', `${slug}.json`), join(dir, 'gold', `${slug}.json`));
    copyFileSync(join(CORPUS, 'letters', `${slug}.txt`), join(dir, 'letters', `${slug}.txt`));
    const { code, stdout } = await evaluate([dir]);
    expect(code).toBe(0);
    expect(stdout).toContain('over 1 documents');
    expect(stdout).toMatch(/detection\s+1\.000\s+\(1\/1\)/);
  });
});
