import { KAMERLENS_ATTRIBUTE } from '../extract';
import { CURRENT_HIGHLIGHT, FLASH_HIGHLIGHT, HIGHLIGHT_NAMES, PAGE_STYLE_ID } from './names';

/**
 * Colours: translucent so they read on the sites' white pages and on pages a dark-mode extension
 * recolours; a dotted underline for acronyms and a solid one for citations, so the kinds differ
 * without relying on colour alone. Marks disappear in print.
 */
const COLOURS: Record<'light' | 'dark', Scheme> = {
  light: {
    acronym: { bg: 'rgba(21, 66, 115, 0.07)', line: 'rgba(21, 66, 115, 0.55)' },
    citation: { bg: 'rgba(0, 110, 70, 0.08)', line: 'rgba(0, 110, 70, 0.55)' },
    date: { bg: 'rgba(170, 100, 0, 0.1)', line: 'rgba(170, 100, 0, 0.5)' },
    current: 'rgba(255, 196, 0, 0.45)',
  },
  dark: {
    acronym: { bg: 'rgba(156, 195, 245, 0.14)', line: 'rgba(156, 195, 245, 0.7)' },
    citation: { bg: 'rgba(120, 220, 170, 0.14)', line: 'rgba(120, 220, 170, 0.7)' },
    date: { bg: 'rgba(250, 200, 120, 0.16)', line: 'rgba(250, 200, 120, 0.65)' },
    current: 'rgba(255, 210, 60, 0.35)',
  },
};

interface Scheme {
  acronym: { bg: string; line: string };
  citation: { bg: string; line: string };
  date: { bg: string; line: string };
  current: string;
}

function rules(c: Scheme): string {
  const hl = (name: string) => `::highlight(${name})`;
  const out: string[] = [];
  const styleFor = (cat: 'acronym' | 'citation' | 'date', style: string) => {
    const { bg, line } = c[cat];
    out.push(
      `${hl(HIGHLIGHT_NAMES[cat])} { background-color: ${bg}; text-decoration: underline ${style} ${line}; text-decoration-thickness: 1px; text-underline-offset: 0.2em; }`,
    );
  };
  styleFor('date', 'dashed');
  styleFor('citation', 'solid');
  styleFor('acronym', 'dotted');
  // `current` and the flash come last.
  out.push(`${hl(CURRENT_HIGHLIGHT)} { background-color: ${c.current}; }`);
  out.push(`${hl(FLASH_HIGHLIGHT)} { background-color: ${c.current}; }`);
  return out.join('\n');
}

/** The page stylesheet: highlight colours, in dark mode too, and none in print. */
export function pageStyleText(): string {
  const allHighlights = [...Object.values(HIGHLIGHT_NAMES), CURRENT_HIGHLIGHT, FLASH_HIGHLIGHT];
  return [
    rules(COLOURS.light),
    `@media (prefers-color-scheme: dark) {\n${rules(COLOURS.dark)}\n}`,
    `@media print {\n${allHighlights.map((n) => `::highlight(${n})`).join(', ')} { background-color: transparent; text-decoration: none; }\n}`,
  ].join('\n');
}

/** Adds the page stylesheet once (idempotent: a second reader or a flash reuses it). */
export function ensurePageStyle(doc: Document): HTMLStyleElement | null {
  const existing = doc.querySelector<HTMLStyleElement>(`style[${KAMERLENS_ATTRIBUTE}="${PAGE_STYLE_ID}"]`);
  if (existing) return existing;
  const parent = doc.head ?? doc.documentElement;
  if (!parent) return null;
  const style = doc.createElement('style');
  style.setAttribute(KAMERLENS_ATTRIBUTE, PAGE_STYLE_ID);
  style.textContent = pageStyleText();
  parent.append(style);
  return style;
}

export function removePageStyle(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(`style[${KAMERLENS_ATTRIBUTE}="${PAGE_STYLE_ID}"]`))) {
    el.remove();
  }
}
