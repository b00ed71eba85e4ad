// Build step for Chromium: the page stylesheet's highlight rules (`src/dom/highlight/page.css`) are
// written `::highlight(kamerlens-…)`, which is `*::highlight(…)`: a rule for every element of the
// page. Once a document has such a rule, Chromium computes highlight styles for each element on
// every full style recalculation, highlights registered or not: on the 1 MB bench paper 20-27 ms
// instead of 6 ms, on 100 KB 3.6 instead of 1.1 ms (measured in Chromium 150 by forcing a full
// recalculation with each stylesheet). Chromium has given custom highlights highlight inheritance
// (CSS Pseudo 4) since it shipped them (105, the version the marks need): each element's highlight
// styles take every property, inherited or not, from its parent's. So the same rules on the root
// alone, `:root::highlight(…)`, paint every element's text the same: screenshots of four fixture
// pages (`tests/fixtures/pages`) with marks of all five names were identical to the pixel. On the
// root the rules cost 8 ms of that recalculation on 1 MB and 1.5 ms on 100 KB.
//
// Firefox (ESR 140) has no highlight inheritance: a rule on the root paints nothing below it. Its
// build keeps the rules as written, which are right in every browser.

/** `css` with each `::highlight(` selector that has no element before it put on the root. */
export function highlightRulesOnRoot(css) {
  return css.replace(/(^|[\s,{}])::highlight\(/g, '$1:root::highlight(');
}

/** Vite plugin: applies `highlightRulesOnRoot` to the page stylesheet in Chromium builds. */
export function pageHighlightRulesFor(browser) {
  return {
    name: 'kamerlens-page-highlight-rules',
    // Before Vite's own CSS plugin, on the file as written.
    enforce: 'pre',
    transform(code, id) {
      if (browser === 'firefox' || !/[\\/]src[\\/]dom[\\/]highlight[\\/]page\.css$/.test(id)) return null;
      return { code: highlightRulesOnRoot(code), map: null };
    },
  };
}
