import { describe, expect, it } from 'vitest';
import { highlightRulesOnRoot, pageHighlightRulesFor } from '../../scripts/lib/highlight-rules.mjs';

describe("the page stylesheet's highlight rules, put on the root in Chromium builds", () => {
  it.each([
    ['a rule', '::highlight(kamerlens-date) {\n  a: b;\n}', ':root::highlight(kamerlens-date) {\n  a: b;\n}'],
    [
      'each selector of a list',
      '::highlight(kamerlens-date),\n::highlight(kamerlens-citation) { a: b; }',
      ':root::highlight(kamerlens-date),\n:root::highlight(kamerlens-citation) { a: b; }',
    ],
    [
      'rules inside @media, minified too',
      '@media print{::highlight(kamerlens-flash),::highlight(kamerlens-current){a:b}}',
      '@media print{:root::highlight(kamerlens-flash),:root::highlight(kamerlens-current){a:b}}',
    ],
    ['a rule already on an element stays as it is', 'p::highlight(x) { a: b; }', 'p::highlight(x) { a: b; }'],
    [
      'other rules stay as they are',
      ':root { --k: 1; }\nkamerlens-root { a: b; }',
      ':root { --k: 1; }\nkamerlens-root { a: b; }',
    ],
  ])('%s', (_what, css, expected) => {
    expect(highlightRulesOnRoot(css)).toBe(expected);
  });

  const transform = (browser: string, id: string, code: string) => {
    const hook = pageHighlightRulesFor(browser).transform as (
      code: string,
      id: string,
    ) => { code: string } | null;
    return hook(code, id)?.code ?? null;
  };
  const PAGE_CSS = '/work/x/src/dom/highlight/page.css';

  it('changes the page stylesheet of the Chrome build only', () => {
    expect(transform('chrome', PAGE_CSS, '::highlight(k){a:b}')).toBe(':root::highlight(k){a:b}');
    // Firefox (ESR 140) has no highlight inheritance: a rule on the root would paint nothing below it.
    expect(transform('firefox', PAGE_CSS, '::highlight(k){a:b}')).toBeNull();
    expect(transform('chrome', '/work/x/src/ui/sidebar/styles.ts', '::highlight(k){a:b}')).toBeNull();
  });
});
