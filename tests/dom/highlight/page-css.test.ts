import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_HIGHLIGHT, FLASH_HIGHLIGHT, HIGHLIGHT_NAMES } from '../../../src/dom/highlight/names';
import { INSTALLED_PROPERTY } from '../../../src/dom/reserved-space';
import { POPOVER_HOST_TAG } from '../../../src/reader/host-element';
import { HOST_TAG } from '../../../src/reader/sidebar-controller';

/** The extension's own stylesheet for the sites' pages, without its comments. */
const CSS = readFileSync('src/dom/highlight/page.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The body of the `@media` block whose condition is `condition`, or '' (blocks hold plain rules only). */
function mediaBlock(condition: string): string {
  const start = CSS.indexOf(`@media ${condition} {`);
  if (start < 0) return '';
  const end = CSS.indexOf('\n}', start);
  return CSS.slice(start, end);
}

/** Everything outside `@media` blocks. */
const TOP = CSS.replace(/@media[^{]*\{[\s\S]*?\n\}/g, '');

/** The declarations of the rule whose selector list includes `selector`, in `css`. */
function declarations(css: string, selector: string): string {
  for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = (m[1] ?? '').split(',').map((s) => s.trim());
    if (selectors.includes(selector)) return (m[2] ?? '').replace(/\s+/g, ' ').trim();
  }
  return '';
}

/** WCAG relative luminance of an sRGB colour (0-255 channels). */
function luminance(rgb: number[]): number {
  const [r = 0, g = 0, b = 0] = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const PAINTED = [...Object.values(HIGHLIGHT_NAMES), CURRENT_HIGHLIGHT, FLASH_HIGHLIGHT];

describe("the extension's stylesheet for the sites' pages (page.css)", () => {
  it.each(PAINTED)('colours ::highlight(%s) the same whatever the system theme, and not in print', (name) => {
    const selector = `::highlight(${name})`;
    expect(declarations(TOP, selector)).toMatch(/background-color: rgba\(/);
    expect(declarations(mediaBlock('print'), selector)).toBe(
      'background-color: transparent; text-decoration: none;',
    );
  });

  it("does not follow the system's theme: under a dark one the sites' pages stay white", () => {
    // A dark-theme palette made the underlines 1.5:1 on the white pages (audit s30, 4).
    expect(CSS).not.toContain('prefers-color-scheme');
  });

  // WCAG 1.4.11: a visual indicator needs 3:1 against what is next to it, here the page. The
  // underline is composited over each background as the browser would (alpha, if any).
  it.each(Object.values(HIGHLIGHT_NAMES))(
    'underlines ::highlight(%s) with at least 3:1 against a white page and a black one',
    (name) => {
      const m = /underline \w+ rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)/.exec(
        declarations(TOP, `::highlight(${name})`),
      );
      expect(m).not.toBeNull();
      const [r, g, b] = [1, 2, 3].map((i) => Number(m?.[i]));
      const alpha = m?.[4] === undefined ? 1 : Number(m[4]);
      for (const page of [255, 0]) {
        const line = [r, g, b].map((c) => (c ?? 0) * alpha + page * (1 - alpha));
        expect(contrast(line, [page, page, page])).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it('underlines each kind of finding in a style of its own, so colour is not the only difference', () => {
    const line = (name: string) => /underline (\w+)/.exec(declarations(TOP, `::highlight(${name})`))?.[1];
    const styles = Object.values(HIGHLIGHT_NAMES).map(line);
    expect(styles).toEqual(['dotted', 'solid', 'dashed']);
  });

  it.each([HOST_TAG, POPOVER_HOST_TAG])(
    "shows the %s host, which is created hidden, out of the page's selection and copy",
    (tag) => {
      expect(declarations(TOP, tag)).toBe('display: inline !important; user-select: none !important;');
    },
  );

  it('sets the switch the room for the sidebar is multiplied by (reserved-space.ts), off in print', () => {
    expect(declarations(TOP, ':root')).toBe(`${INSTALLED_PROPERTY}: 1;`);
    // The sidebar does not print: the page prints at its full width.
    expect(declarations(mediaBlock('print'), ':root')).toBe(`${INSTALLED_PROPERTY}: 0;`);
  });

  it('touches nothing of the page: every rule is about its own highlights, hosts and switch', () => {
    for (const m of CSS.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
      for (const selector of (m[1] ?? '').split(',').map((s) => s.trim())) {
        expect(selector).toMatch(/^(::highlight\(kamerlens-[a-z]+\)|kamerlens-[a-z]+|:root)$/);
        // On the page's root: only our own custom property.
        if (selector === ':root') expect((m[2] ?? '').trim()).toMatch(/^--kamerlens-[a-z]+: [01];$/);
      }
    }
  });
});
