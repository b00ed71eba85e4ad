/**
 * Headings the page's markup gives (`page.headings`, ORIGINAL offsets into the extracted text).
 * When a page has them, they replace the plain-text heading rules: the markup knows better.
 */
import type { OutlineEntry, PageHeading, Span } from '../types';
import { shorten } from './titles';

/** An outline entry with the end of its heading (to see which other entries it covers). */
export interface PageHeadingEntry extends OutlineEntry {
  end: number;
}

/** officielebekendmakingen renders each note under an `<h5>X Noot</h5>`. */
const NOTES_LABEL = /^(?:X\s+)?(?:Noot|Noten|Voetnoot|Voetnoten)$/;

/**
 * Outline entries for the page headings outside the head block (the header entry stands for that).
 * Levels are relative: the page's highest heading level becomes level 1.
 */
export function pageHeadingEntries(
  original: string,
  headings: readonly PageHeading[],
  head: Span | null,
): PageHeadingEntry[] {
  const valid = headings.filter(
    (h) =>
      Number.isFinite(h.start) &&
      Number.isFinite(h.end) &&
      h.start >= 0 &&
      h.end > h.start &&
      h.start < original.length,
  );
  let minLevel = Infinity;
  for (const h of valid) minLevel = Math.min(minLevel, h.level);
  const entries: PageHeadingEntry[] = [];
  for (const h of valid) {
    if (head && h.start >= head.start && h.start < head.end) continue;
    const title = shorten(original.slice(h.start, Math.min(h.end, original.length)));
    if (title === '') continue;
    if (NOTES_LABEL.test(title)) {
      entries.push({ level: 1, kind: 'footnotes', title: 'Noten', start: h.start, end: h.end });
      continue;
    }
    const level = Number.isFinite(h.level) ? Math.max(1, Math.round(h.level - minLevel) + 1) : 1;
    entries.push({ level, kind: 'heading', title, start: h.start, end: h.end });
  }
  return entries;
}
