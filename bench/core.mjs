// The core alone in Node: `analyze` on generated letters of 100 KB to 5 MB, against one pass of a
// single combined regex over the same text in the same run.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMBINED_SOURCE, distinctLetterText, letterText } from './generate.mjs';

/** The core bundled into each `outDir`: the runs of one benchmark share one build. */
const loaded = new Map();

/** Bundles the core for Node (as the CLI is built) into `outDir` and imports it, once per `outDir`. */
function loadCore(outDir) {
  if (!loaded.has(outDir)) loaded.set(outDir, buildCore(outDir));
  return loaded.get(outDir);
}

async function buildCore(outDir) {
  mkdirSync(outDir, { recursive: true });
  const outfile = resolve(outDir, 'core.mjs');
  await build({
    entryPoints: ['src/core/analyze.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  // Our own freshly built bundle, not a value from outside.
  // eslint-disable-next-line no-unsanitized/method
  return import(pathToFileURL(outfile).href);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall time of `fn` over `runs` runs (after one warm-up run), in ms. */
function time(fn, runs) {
  fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/**
 * One plain JavaScript pass that reads every character code of the text and does nothing else: what
 * any finder written as a loop costs at the least. A reference beside the regex pass (not a goal), to
 * show the ≤ 10× budget in passes over the text.
 */
function charPass(text) {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

function regexPass(text) {
  const re = new RegExp(COMBINED_SOURCE, 'g');
  let hits = 0;
  while (re.exec(text)) hits++;
  return hits;
}

/**
 * @param {{ sizes: number[], outDir: string, runs?: number, distinct?: boolean }} options `distinct`: the letter
 *   of paragraphs that all differ (`distinctLetterText`), not the cycled one
 * @returns per size: bytes, core ms, regex ms, ratio, one character pass's ms, findings and regex hits
 */
export async function benchCore({ sizes, outDir, runs = 5, distinct = false }) {
  const { analyze } = await loadCore(outDir);
  const rows = [];
  for (const bytes of sizes) {
    const text = distinct ? distinctLetterText(bytes) : letterText(bytes);
    const result = analyze({ text });
    if (!result.isParliamentary) throw new Error('the generated letter is not seen as a paper');
    const sizeRuns = bytes >= 4_000_000 ? Math.max(1, Math.ceil(runs / 2)) : runs;
    const coreMs = time(() => analyze({ text }), sizeRuns);
    const regexMs = time(() => regexPass(text), sizeRuns);
    const charPassMs = time(() => charPass(text), sizeRuns);
    rows.push({
      bytes: text.length,
      coreMs,
      regexMs,
      ratio: coreMs / regexMs,
      charPassMs,
      acronymOccurrences: result.acronyms.reduce((n, a) => n + a.occurrences.length, 0),
      citations: result.citations.length,
      dates: result.dates.length,
      regexHits: regexPass(text),
    });
  }
  return rows;
}
