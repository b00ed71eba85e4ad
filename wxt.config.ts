import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { pageHighlightRulesFor } from './scripts/lib/highlight-rules.mjs';
import { minifyCssStrings } from './scripts/lib/minify-css.mjs';
import { SERIES_SUBPAGE_MATCHES, SITE_EXCLUDES, SITE_MATCHES } from './src/sites/matches';

// The two open-data API hosts the background may ask for titles (the sites: src/sites/matches.ts).
const API_HOSTS = ['https://gegevensmagazijn.tweedekamer.nl/*', 'https://repository.overheid.nl/*'];

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'extension',
  publicDir: 'assets',
  // Parallel builds (several e2e runs on one machine) each get their own output folder.
  outDir: process.env.KAMERLENS_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: ({ browser }) => ({
    // In Chromium the page stylesheet's highlight rules go on the root alone (scripts/lib/highlight-rules.mjs).
    plugins: [preact(), minifyCssStrings(), pageHighlightRulesFor(browser)],
    // WXT's content script context posts the extension's id to every page it runs on; ours tells
    // the page nothing (see src/reader/content-script-context.ts).
    resolve: {
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./src/reader/content-script-context.ts', import.meta.url)),
        },
      ],
    },
    // Terser, two passes: 1.5 KB less gzip than esbuild's minifier on the content script, which
    // every paper loads (its budget is 40 KB). The content scripts are one function called at once,
    // `var content=function(){…}()`: V8 took it for one to call later, pre-parsed all 114 KB, then
    // parsed it again when it was called. In brackets (`wrap_iife`) V8 compiles it at once: the
    // reader's script took 17.6–20.7 ms to evaluate on a tweedekamer.nl news page instead of
    // 26.8–30.7 ms, the document_start script 6.8–7.0 instead of 9.8–11.2 ms (traced, bench host).
    build: { minify: 'terser', terserOptions: { compress: { passes: 2 }, format: { wrap_iife: true } } },
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // The page stylesheet (imported by the document_start script) in an entry of its own, on all of the two
      // sites at document_start: the reader's script may find a paper by its metadata or after a client-side
      // navigation where the document_start script does not run, and Firefox injects an entry's stylesheets when
      // it injects its scripts (at document_idle the reserved room would have come after the first layout).
      type Entry = NonNullable<typeof manifest.content_scripts>[number];
      const entries = (manifest.content_scripts ?? []).flatMap(({ css, ...entry }): Entry[] => {
        if (!css?.length) return [entry];
        const stylesheet: Entry = {
          matches: [...SITE_MATCHES],
          exclude_matches: [...SITE_EXCLUDES],
          css,
          run_at: 'document_start',
        };
        return [entry, stylesheet];
      });
      // Each entry leaves out the addresses that are no paper by their address alone (SITE_EXCLUDES), among them
      // the pages below a series' page, which hold papers: a second entry of the same files matches those
      // (SERIES_SUBPAGE_MATCHES), as a match pattern cannot say "no slash".
      manifest.content_scripts = [
        ...entries,
        ...entries.map(({ exclude_matches: _excluded, ...entry }) => ({
          ...entry,
          matches: [...SERIES_SUBPAGE_MATCHES],
        })),
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Kamerlens',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage'],
    host_permissions: [...SITE_MATCHES, ...API_HOSTS],
    // No web_accessible_resources: the glossary is bundled into the background, which analyses
    // the pages, so no file of the package is exposed to the sites.
    action: { default_title: 'Kamerlens' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandToggleSidebar__',
      },
      'toggle-marks': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandToggleMarks__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'kamerlens@kamerlens.nl', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
});
