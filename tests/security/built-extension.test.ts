/**
 * The built extension, Chrome and Firefox: it asks for exactly the minimal permissions, passes
 * Mozilla's add-on linter without errors, and every address in its code is an https government
 * host. Builds both into a temporary folder (or uses $KAMERLENS_OUT_DIR with KAMERLENS_SKIP_BUILD=1).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintFirefoxBuild } from '../../scripts/webext-lint.mjs';
import { CURRENT_HIGHLIGHT, FLASH_HIGHLIGHT, HIGHLIGHT_NAMES } from '../../src/dom/highlight/names';
import { PAPER_ADDRESS_MATCHES, SERIES_SUBPAGE_MATCHES, SITE_EXCLUDES } from '../../src/sites/matches';
import { patternHost } from '../helpers/match-patterns';

const SITES = [
  '*://zoek.officielebekendmakingen.nl/*',
  '*://www.officielebekendmakingen.nl/*',
  '*://www.tweedekamer.nl/*',
  '*://tweedekamer.nl/*',
];
const API_HOSTS = ['https://gegevensmagazijn.tweedekamer.nl/*', 'https://repository.overheid.nl/*'];

/** Hosts an address in the code may name: where papers live, and the two open-data APIs. */
const GOVERNMENT_HOSTS = new Set([
  'zoek.officielebekendmakingen.nl',
  'www.officielebekendmakingen.nl',
  'officielebekendmakingen.nl',
  'www.tweedekamer.nl',
  'tweedekamer.nl',
  'www.eerstekamer.nl',
  'eerstekamer.nl',
  'gegevensmagazijn.tweedekamer.nl',
  'repository.overheid.nl',
]);
/** Strings that look like addresses but are never fetched or linked: XML namespace names, and
 * documentation links inside the messages of WXT's own development errors. */
const NOT_LINKS = [
  /^http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace)$/,
  /^https:\/\/(wxt\.dev|github\.com\/wxt-dev)\//,
];

let outDir = '';
beforeAll(() => {
  if (process.env.KAMERLENS_SKIP_BUILD && process.env.KAMERLENS_OUT_DIR) {
    outDir = process.env.KAMERLENS_OUT_DIR;
    return;
  }
  outDir = mkdtempSync(join(tmpdir(), 'kamerlens-security-'));
  for (const args of [['build'], ['build', '-b', 'firefox', '--mv3']]) {
    const r = spawnSync('npx', ['wxt', ...args], {
      env: { ...process.env, KAMERLENS_OUT_DIR: outDir, WXT_TELEMETRY: 'false' },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`wxt ${args.join(' ')} failed:\n${r.stderr}`);
  }
}, 240_000);

const BUILDS = [
  ['Chrome', 'chrome-mv3'],
  ['Firefox', 'firefox-mv3'],
] as const;

function manifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(outDir, dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

function scripts(dir: string): string[] {
  const root = join(outDir, dir);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (/\.(js|html)$/.test(e.name)) out.push(join(d, e.name));
    }
  };
  walk(root);
  return out;
}

describe.each(BUILDS)('the %s build', (_browser, dir) => {
  it('asks for storage, the two sites and the two API hosts: nothing more', () => {
    const m = manifest(dir);
    expect(m.permissions).toEqual(['storage']);
    expect([...(m.host_permissions as string[])].sort()).toEqual([...SITES, ...API_HOSTS].sort());
    for (const key of [
      'optional_permissions',
      'optional_host_permissions',
      'externally_connectable',
      'content_security_policy',
    ])
      expect(m[key], key).toBeUndefined();
  });

  it('runs its content script on the two sites only, and exposes only glossary data to them', () => {
    const m = manifest(dir);
    const contentScripts = m.content_scripts as {
      js?: string[];
      css?: string[];
      matches: string[];
      exclude_matches?: string[];
      run_at?: string;
    }[];
    // The reader's script on the two sites; the document_start script where an address may be a paper by its URL
    // alone; the page stylesheet on the two sites at document_start (src/sites/matches.ts, wxt.config.ts). Each
    // leaves out the addresses that are no paper by their address alone, and has a second entry for the pages
    // below a series' page that those take in.
    const sorted = (xs: readonly string[] | undefined) => [...(xs ?? [])].sort();
    const entries = contentScripts.map((cs) => ({
      js: sorted(cs.js),
      css: sorted(cs.css),
      runAt: cs.run_at,
      matches: sorted(cs.matches),
      excludes: sorted(cs.exclude_matches),
    }));
    const reader = { js: ['content-scripts/content.js'], css: [], runAt: 'document_idle' };
    const start = { js: ['content-scripts/reserve.js'], css: [], runAt: 'document_start' };
    const stylesheet = { js: [], css: ['content-scripts/reserve.css'], runAt: 'document_start' };
    const excludes = sorted(SITE_EXCLUDES);
    const below = { matches: sorted(SERIES_SUBPAGE_MATCHES), excludes: [] };
    expect(entries).toEqual(
      expect.arrayContaining([
        { ...reader, matches: sorted(SITES), excludes },
        { ...start, matches: sorted(PAPER_ADDRESS_MATCHES), excludes },
        { ...stylesheet, matches: sorted(SITES), excludes },
        { ...reader, ...below },
        { ...start, ...below },
        { ...stylesheet, ...below },
      ]),
    );
    expect(entries).toHaveLength(6);
    // Every address an entry matches is on one of the two sites.
    const siteHosts = SITES.map(patternHost);
    for (const e of entries) for (const p of e.matches) expect(siteHosts, p).toContain(patternHost(p));
    for (const war of (m.web_accessible_resources ?? []) as { resources: string[]; matches: string[] }[]) {
      for (const r of war.resources) expect(r).toMatch(/^glossary\/[\w*-]+\.json$/);
      for (const match of war.matches) expect(SITES).toContain(match);
    }
  });

  it("paints the marks from the page stylesheet's highlight rules, in Chromium on the root alone", () => {
    // scripts/lib/highlight-rules.mjs: Chromium inherits highlight styles from the root, and a rule
    // for every element made each style recalculation of a page compute them for every element.
    // Firefox has no highlight inheritance and takes the rules as written.
    const css = readFileSync(join(outDir, dir, 'content-scripts', 'reserve.css'), 'utf8');
    const selectors = [...css.matchAll(/([^\s,{}]*)::highlight\(([\w-]+)\)/g)];
    expect(new Set(selectors.map((m) => m[2]))).toEqual(
      new Set([...Object.values(HIGHLIGHT_NAMES), CURRENT_HIGHLIGHT, FLASH_HIGHLIGHT]),
    );
    for (const [selector, before] of selectors)
      expect(before, selector).toBe(dir === 'chrome-mv3' ? ':root' : '');
  });

  it('names no address but https government hosts in its code', () => {
    const found: string[] = [];
    for (const file of scripts(dir)) {
      const code = readFileSync(file, 'utf8');
      for (const [url] of code.matchAll(/\bhttps?:\/\/[^\s"'`)\\]+|javascript:[^\s"'`]*/g)) {
        if (NOT_LINKS.some((re) => re.test(url))) continue;
        let ok = false;
        try {
          const u = new URL(url.replace(/\$\{[^}]*\}?/g, 'x'));
          ok = u.protocol === 'https:' && GOVERNMENT_HOSTS.has(u.hostname);
        } catch {
          ok = false;
        }
        if (!ok) found.push(`${file.slice(outDir.length)}: ${url}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('wraps each content script in brackets, which V8 compiles at once instead of pre-parsing it all first', () => {
    for (const file of scripts(dir).filter((f) => f.includes('content-scripts') && f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      expect(/^var \w+=\(function\(\)\{/.test(code), file).toBe(true);
    }
  });

  it("tells the pages nothing: its content scripts post no message to the page's window", () => {
    const contentScripts = scripts(dir).filter((f) => f.includes('content-scripts'));
    expect(contentScripts.length).toBeGreaterThanOrEqual(2);
    for (const file of contentScripts) {
      const code = readFileSync(file, 'utf8');
      // WXT's own context announced each start, with the extension's id, to any listener of the page.
      expect(code.includes('content-script-started'), file).toBe(false);
      // A message for any origin (`postMessage(…, "*")`); a MessageChannel port of our own takes no origin.
      expect(/postMessage\([^)]*,\s*["'`]\*["'`]/.test(code), file).toBe(false);
    }
  });
});

describe('web-ext lint on the Firefox build', () => {
  it('reports no errors', { timeout: 120_000 }, () => {
    expect(existsSync(join(outDir, 'firefox-mv3', 'manifest.json'))).toBe(true);
    const report = lintFirefoxBuild(join(outDir, 'firefox-mv3'));
    expect(report.errors).toEqual([]);
  });
});
