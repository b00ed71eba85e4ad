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

/**
 * Median wall time of `fn` over `runs` runs (after one warm-up run), in ms, and the median number of minor
 * page faults a run took: memory the process touched for the first time (or again after giving it back).
 * On the VMs this project is benchmarked on, each costs about 11 µs, so a run that grows the heap is slow for
 * that alone (see bench/README.md, "What a page fault costs here").
 */
function measure(fn, runs) {
  warmUp(fn);
  const samples = [];
  const faults = [];
  for (let i = 0; i < runs; i++) {
    const f0 = process.resourceUsage().minorPageFault;
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
    faults.push(process.resourceUsage().minorPageFault - f0);
  }
  return { ms: median(samples), faults: median(faults) };
}

const time = (fn, runs) => measure(fn, runs).ms;

/**
 * Runs `fn` until V8 has had the time to optimize what it runs: at least ten runs and one second (at most fifty
 * runs). One warm-up run was too few: the first size measured (100 KB) then ran largely unoptimized code, three
 * to four times slower than once compiled (33 ms against 8 ms), and its ratio and the growth rows said more about
 * the compiler than about the core. What a reader's first paper costs is reported apart (`firstMs`).
 */
function warmUp(fn) {
  const t0 = performance.now();
  for (let i = 0; i < 50 && (i < 10 || performance.now() - t0 < 1000); i++) fn();
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

/**
 * One fresh copy of the text as a new flat string (two halves joined), and nothing else: what the normalizer
 * pays at the least when it takes one footnote marker out of a letter. A reference beside the regex pass, which
 * allocates nothing.
 */
function copyPass(text) {
  const half = text.length >> 1;
  return [text.slice(0, half), text.slice(half)].join('').length;
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
 * @returns per size: bytes, core ms, regex ms, ratio, the first analysis's ms (before any warm-up), one character
 *   pass's ms, one copy's ms, the minor page faults
 *   of a core run, a regex pass and a copy, findings and regex hits
 */
export async function benchCore({ sizes, outDir, runs = 5, distinct = false }) {
  const { analyze } = await loadCore(outDir);
  const rows = [];
  for (const bytes of sizes) {
    const text = distinct ? distinctLetterText(bytes) : letterText(bytes);
    const t0 = performance.now();
    const result = analyze({ text });
    const firstMs = performance.now() - t0;
    if (!result.isParliamentary) throw new Error('the generated letter is not seen as a paper');
    const sizeRuns = bytes >= 4_000_000 ? Math.max(1, Math.ceil(runs / 2)) : runs;
    const core = measure(() => analyze({ text }), sizeRuns);
    const regex = measure(() => regexPass(text), sizeRuns);
    const charPassMs = time(() => charPass(text), sizeRuns);
    const copy = measure(() => copyPass(text), sizeRuns);
    rows.push({
      bytes: text.length,
      coreMs: core.ms,
      regexMs: regex.ms,
      ratio: core.ms / regex.ms,
      firstMs,
      charPassMs,
      copyMs: copy.ms,
      coreFaults: core.faults,
      regexFaults: regex.faults,
      copyFaults: copy.faults,
      acronymOccurrences: result.acronyms.reduce((n, a) => n + a.occurrences.length, 0),
      citations: result.citations.length,
      dates: result.dates.length,
      regexHits: regexPass(text),
    });
  }
  return rows;
}
