// `npm run bench`: how fast Kamerlens is on long papers, as ratios against baselines measured in
// the same run (so a slow or busy machine shifts both sides). Never part of `npm test`.
//
//   node scripts/bench.mjs [--skip-build] [--no-browser] [--full] [--runs N]
//
// Builds the extension into $TMPDIR/kamerlens-bench/ext (or uses $KAMERLENS_OUT_DIR with --skip-build), then:
//   1. the core (`analyze`) in Node on 100 KB, 1 MB and 5 MB letters vs one combined-regex pass;
//   2. the content script's size, gzip;
//   3. in Chromium, a 100 KB and a 1 MB paper (5 MB too with --full): Kamerlens until painted,
//      its longest main-thread task and extra heap, vs mark.js `markRegExp` and a bare regex
//      painted with the CSS Custom Highlight API.
// Prints a table and writes bench/results.json with the machine it ran on.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};

// Scratch outside the repository: builds and bundles never reach lint, format or git.
const OUT = join(tmpdir(), 'kamerlens-bench');
const EXT_OUT =
  flag('--skip-build') && process.env.KAMERLENS_OUT_DIR
    ? resolve(process.env.KAMERLENS_OUT_DIR)
    : join(OUT, 'ext');
// The Chromium helpers read the build folder from the environment when they are imported.
process.env.KAMERLENS_OUT_DIR = EXT_OUT;
const CHROME_DIR = join(EXT_OUT, 'chrome-mv3');
mkdirSync(OUT, { recursive: true });

const GOALS = {
  coreRatio: 10, // core at most 10× one regex pass
  paintRatio: 5, // the 1 MB page painted at least 5× faster than mark.js markRegExp
  longestTaskMs: 50, // no main-thread task over 50 ms
  contentScriptGzipBytes: 40 * 1024, // content script at most 40 KB gzip
};

function buildExtension() {
  console.log(`Building the extension into ${EXT_OUT} …`);
  const r = spawnSync('npx', ['wxt', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, KAMERLENS_OUT_DIR: EXT_OUT, WXT_TELEMETRY: 'false' },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function bundleSizes() {
  const content = readFileSync(join(CHROME_DIR, 'content-scripts/content.js'));
  const glossaryDir = join(CHROME_DIR, 'glossary');
  const glossary = existsSync(glossaryDir)
    ? readdirSync(glossaryDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => readFileSync(join(glossaryDir, f)))
    : [];
  const manifest = JSON.parse(readFileSync(join(CHROME_DIR, 'manifest.json'), 'utf8'));
  const war = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources ?? []);
  // The other script of every paper page: the one at document_start that reserves the sidebar's
  // room, and the extension's stylesheet for the page (highlight colours), which the manifest lists
  // with whichever script imports it. Reported, not in the goal.
  const gz = (file) =>
    existsSync(join(CHROME_DIR, file))
      ? gzipSync(readFileSync(join(CHROME_DIR, file)), { level: 9 }).length
      : 0;
  return {
    contentScriptBytes: content.length,
    contentScriptGzipBytes: gzipSync(content, { level: 9 }).length,
    startScriptGzipBytes:
      gz('content-scripts/reserve.js') +
      // Each stylesheet once: the manifest lists it in more than one entry.
      [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.css ?? []))].reduce(
        (n, f) => n + gz(f),
        0,
      ),
    glossaryInContentScript: content.includes('Noord-Atlantische Verdragsorganisatie'),
    glossaryGzipBytes: glossary.reduce((n, f) => n + gzipSync(f, { level: 9 }).length, 0),
    glossaryWebAccessible: war.some((r) => r.startsWith('glossary/')),
    // Since the analysis moved to the background, the glossary is bundled there.
    glossaryInBackground: readFileSync(join(CHROME_DIR, 'background.js'), 'utf8').includes(
      'Noord-Atlantische Verdragsorganisatie',
    ),
  };
}

function machine(browserVersion) {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: browserVersion,
    date: new Date().toISOString(),
  };
}

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x) => (x === null || x === undefined || Number.isNaN(x) ? '–' : `${x.toFixed(1)} ms`);
// The Long Tasks API reports only tasks over 50 ms: 0 means none was that long.
const longTask = (x) => (x === 0 ? 'none > 50 ms' : ms(x));
const ratio = (x) => `${x.toFixed(1)}×`;
const verdict = (ok) => (ok ? 'ok' : 'MISSED');
const size = (b) => (b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${Math.round(b / 1e3)} KB`);

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((cell, c) => String(cell).padEnd(widths[c])).join('  ')).join('\n');
}

if (!flag('--skip-build')) buildExtension();
if (!existsSync(CHROME_DIR)) {
  console.error(`No Chrome build in ${CHROME_DIR}.`);
  process.exit(1);
}

// Five measured runs per size (medians); the browser part adds one unmeasured first load.
const runs = option('--runs', 5);
const { benchCore } = await import('../bench/core.mjs');
console.log('Core in Node …');
const core = await benchCore({ sizes: [100_000, 1_000_000, 5_000_000], outDir: OUT, runs });
// A reference beside the goal's letters: a real long paper repeats little (see `distinctLetterText`).
const [coreDistinct] = await benchCore({ sizes: [1_000_000], outDir: OUT, runs, distinct: true });
const sizes = bundleSizes();

let browser = null;
let freshBrowser = null;
let browserVersion = null;
if (!flag('--no-browser')) {
  const { findChromium, launchWithExtension } = await import('./lib/chromium.mjs');
  const { startFixtureServer } = await import('./lib/fixture-server.mjs');
  const chromium = findChromium();
  if (!chromium) {
    console.error('Chromium not found: the browser part is left out.');
  } else {
    browserVersion = spawnSync(chromium, ['--version'], { encoding: 'utf8' }).stdout.trim();
    console.log('Chromium …');
    const { benchChromium, benchFreshBrowser } = await import('../bench/chromium.mjs');
    /** A browser with the built extension, the fixture hosts mapped to `port`: for the warm loads and the fresh ones. */
    const launch = (port) => launchWithExtension({ port });
    browser = await benchChromium({
      sizes: flag('--full') ? [100_000, 1_000_000, 5_000_000] : [100_000, 1_000_000],
      runs,
      launch,
      startFixtureServer,
    });
    // A reader's first paper after the browser starts or its worker slept: cold, unlike the loads above.
    freshBrowser = await benchFreshBrowser({
      bytes: 100_000,
      launches: runs,
      launch,
      startFixtureServer,
    });
  }
}

// ---- report ----
const c100 = core[0];
// Time per byte of each larger letter against the 100 KB one: about 1 when growth is linear.
const growth = core
  .slice(1)
  .map((r) => ({ bytes: r.bytes, ratio: r.coreMs / r.bytes / (c100.coreMs / c100.bytes) }));
const out = [['what', 'Kamerlens', 'baseline', 'ratio', 'goal', '']];
for (const r of core) {
  out.push([
    `core analyze, ${size(r.bytes)} letter`,
    ms(r.coreMs),
    `regex pass ${ms(r.regexMs)}`,
    ratio(r.ratio),
    `≤ ${GOALS.coreRatio}×`,
    verdict(r.ratio <= GOALS.coreRatio),
  ]);
}
// Not goals: rows that show what the core's time is made of, each for every size.
const references = [
  // What the regex pass amounts to in plain JavaScript, one read of every character.
  (r) => [
    `  one JS pass reading each character, ${size(r.bytes)}`,
    '',
    ms(r.charPassMs),
    ratio(r.charPassMs / r.regexMs),
  ],
  // The first analysis of each size, before the warm-up (for 100 KB the first the process runs).
  (r) => [
    `  core analyze, first run, ${size(r.bytes)}`,
    ms(r.firstMs),
    `regex pass ${ms(r.regexMs)}`,
    ratio(r.firstMs / r.regexMs),
  ],
  // What one fresh string of the letter costs here (the normalizer makes one when it takes a footnote marker
  // out), and the page faults behind it (see bench/README.md, "What a page fault costs here").
  (r) => [`  one fresh copy of the letter, ${size(r.bytes)}`, '', ms(r.copyMs), ratio(r.copyMs / r.regexMs)],
  (r) => [
    `  minor page faults per run, ${size(r.bytes)}: core, regex, copy`,
    '',
    `${r.coreFaults}, ${r.regexFaults}, ${r.copyFaults}`,
    '',
  ],
];
for (const reference of references) {
  for (const r of core) out.push([...reference(r), '(reference)', '']);
}
out.push([
  `  core analyze, ${size(coreDistinct.bytes)} of paragraphs that all differ`,
  ms(coreDistinct.coreMs),
  `regex pass ${ms(coreDistinct.regexMs)}`,
  ratio(coreDistinct.ratio),
  '(reference)',
  '',
]);
for (const g of growth) {
  out.push([
    `core growth, time per byte ${size(g.bytes)} vs 100 KB`,
    '',
    '',
    ratio(g.ratio),
    '≈ 1× (linear)',
    verdict(g.ratio < 2),
  ]);
}
out.push([
  'content script, gzip',
  kb(sizes.contentScriptGzipBytes),
  sizes.glossaryInContentScript
    ? 'glossary BUNDLED'
    : `glossary ${sizes.glossaryInBackground ? 'in the background' : `${kb(sizes.glossaryGzipBytes)} on papers only`}`,
  '',
  `≤ ${kb(GOALS.contentScriptGzipBytes)}`,
  verdict(sizes.contentScriptGzipBytes <= GOALS.contentScriptGzipBytes && !sizes.glossaryInContentScript),
]);
out.push([
  '  document_start script + page stylesheet, gzip',
  kb(sizes.startScriptGzipBytes),
  'reserves the room, colours the highlights',
  '',
  '(not in the goal)',
  '',
]);
for (const r of browser ?? []) {
  out.push([
    `first screens painted, ${size(r.bytes)} page (${r.paragraphs} paragraphs)`,
    ms(r.firstPaintMs),
    `mark.js ${ms(r.markjsMs)} (${r.markjsHits} marks)`,
    ratio(r.markjsOverFirstPaint),
    `≥ ${GOALS.paintRatio}× faster`,
    verdict(r.markjsOverFirstPaint >= GOALS.paintRatio),
  ]);
  if (r.openingAheadMs != null)
    out.push([
      `  + the opening read ahead at DOMContentLoaded`,
      ms(r.openingAheadMs),
      `first screens with it ${ms(r.markjsMs / r.markjsOverFirstPaintAndAhead)}`,
      ratio(r.markjsOverFirstPaintAndAhead),
      '(reference)',
      '',
    ]);
  out.push([
    `  all painted + sidebar, ${size(r.bytes)}`,
    ms(r.kamerlensMs),
    `mark.js ${ms(r.markjsMs)}`,
    ratio(r.markjsOverKamerlens),
    `≥ ${GOALS.paintRatio}× faster`,
    verdict(r.markjsOverKamerlens >= GOALS.paintRatio),
  ]);
  out.push([
    `  bare regex + Highlight API, ${size(r.bytes)}`,
    '',
    ms(r.bareHighlightMs),
    ratio(r.kamerlensMs / r.bareHighlightMs),
    '(reference)',
    '',
  ]);
  out.push([
    `  longest task, ${size(r.bytes)}`,
    longTask(r.kamerlensLongestTaskMs),
    `mark.js ${longTask(r.markjsLongestTaskMs)}, bare ${longTask(r.bareLongestTaskMs)}`,
    '',
    `≤ ${GOALS.longestTaskMs} ms`,
    verdict(r.kamerlensLongestTaskMs <= GOALS.longestTaskMs),
  ]);
  // Where the tasks over 50 ms were, and whether Chrome's capture ran in them: the goal's misses, attributed.
  out.push([
    `  tasks over ${GOALS.longestTaskMs} ms, ${size(r.bytes)}`,
    `${r.kamerlensLongTasks.length} in ${r.kamerlensSamplesMs.length} loads`,
    r.kamerlensLongTasks
      .map((x) => `${ms(x.durationMs)} from ${ms(x.atMs)}${x.withCapture ? ", Chrome's capture in it" : ''}`)
      .join('; ') || 'none',
    '',
    '(reference)',
    '',
  ]);
  // Chrome's own page-text capture after load (bench/chrome-capture.mjs): in Kamerlens's window on
  // every load, while the baselines run after the page has settled.
  out.push([
    `  of the first screens: Chrome's page-text capture`,
    ms(r.chromeCaptureInFirstScreensMs),
    `per load ${r.chromeCaptureInFirstScreensSamplesMs.join(', ')} ms`,
    '',
    '(reference)',
    '',
  ]);
  out.push([
    `  mark.js started at the load event, ${size(r.bytes)}`,
    ms(r.firstPaintMs),
    `mark.js ${ms(r.markjsAtLoadMs)} (per load ${r.markjsAtLoadSamplesMs.join(', ')} ms)`,
    ratio(r.markjsAtLoadMs / r.firstPaintMs),
    '(reference)',
    '',
  ]);
  out.push([
    `  Chrome's page-text capture, longest`,
    ms(r.chromeCaptureLongestMs),
    'a main-thread task the Long Tasks API reports only at times',
    '',
    '(reference)',
    '',
  ]);
  // Traced loads (bench/chrome-capture.mjs): how long our longest tasks actually ran on the thread.
  out.push([
    `  longest task, traced (${r.tracedLoads} more loads)`,
    ms(r.tracedLongestTaskMs),
    `of it on the thread ${ms(r.tracedLongestTaskThreadMs)}; most on the thread ${ms(r.tracedMostThreadMs)}`,
    '',
    '(reference)',
    '',
  ]);
  // The traced loads again, from the navigation to the load event: what the page costs to load with Kamerlens
  // (its document_start script, the opening read ahead, the content script's compilation) and without.
  if (r.mainThreadToLoadMs != null && r.pageAloneMainThreadToLoadMs != null)
    out.push([
      `  main thread until the load event, ${size(r.bytes)}`,
      ms(r.mainThreadToLoadMs),
      `the page alone ${ms(r.pageAloneMainThreadToLoadMs)}; load event ${ms(r.loadEventMs)} against ${ms(r.pageAloneLoadEventMs)}`,
      ratio(r.mainThreadToLoadMs / r.pageAloneMainThreadToLoadMs),
      '(reference)',
      '',
    ]);
  out.push([
    `  first load of the size (not in the medians)`,
    `first screens ${ms(r.firstLoad.firstPaintMs)}, all ${ms(r.firstLoad.kamerlensMs)}`,
    `mark.js ${ms(r.firstLoad.markjsMs)}`,
    ratio(r.firstLoad.markjsMs / r.firstLoad.firstPaintMs),
    `longest task ${longTask(r.firstLoad.kamerlensLongestTaskMs)}`,
    '',
  ]);
  out.push([
    `  extra heap, ${size(r.bytes)}`,
    kb(r.kamerlensExtraHeapBytes),
    'same page without Kamerlens',
    '',
    '',
    '',
  ]);
  out.push([
    `  painted findings, ${size(r.bytes)}`,
    `${r.kamerlensHighlightRanges} highlight ranges, ${r.kamerlensMarkElements} marks`,
    '',
    '',
    '',
    '',
  ]);
}
if (freshBrowser) {
  out.push([
    `first paper in a fresh browser, ${size(freshBrowser.bytes)} (${freshBrowser.launches} launches)`,
    `first screens ${ms(freshBrowser.firstPaintMs)}`,
    `per launch ${freshBrowser.firstPaintSamplesMs.join(', ')} ms`,
    '',
    '(reference)',
    '',
  ]);
  out.push([
    `  all painted + sidebar, the same launches`,
    ms(freshBrowser.kamerlensMs),
    `per launch ${freshBrowser.kamerlensSamplesMs.join(', ')} ms`,
    '',
    '(reference)',
    '',
  ]);
}
if (!sizes.glossaryWebAccessible && !sizes.glossaryInBackground) {
  console.log(
    '\nNote: the build does not list glossary/*.json as web_accessible_resources, so the content script cannot load the glossary in Chromium (acronyms go unexplained and fewer are found).',
  );
}
const info = machine(browserVersion);
console.log(`\n${table(out)}\n`);
console.log(
  `Machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGb} GB, ${info.os}, Node ${info.node}, ${info.chromium ?? 'no browser'}`,
);
const results = {
  machine: info,
  goals: GOALS,
  core,
  coreDistinct,
  coreGrowth: growth,
  bundle: sizes,
  browser,
  freshBrowser,
};
const { format } = await import('prettier');
writeFileSync(resolve('bench/results.json'), await format(JSON.stringify(results), { parser: 'json' }));
console.log('Results: bench/results.json');
