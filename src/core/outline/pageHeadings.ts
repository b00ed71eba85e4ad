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
 * Levels are relative: the highest level among the section headings outside the head becomes level 1. The head's
 * own headings do not count: officielebekendmakingen prints the dossier and the paper's title as `<h1>` and the
 * sections under them as `<h2 class="tussenkop">`, where tweedekamer.nl prints the same letter's sections as plain
 * paragraphs that the text rules find at level 1 (the NAVO letter, `obk-kst-navo.html` and `tk-brief-navo.html`); a
 * reader sees the same outline on both.
 */
export function pageHeadingEntries(
  original: string,
  headings: readonly PageHeading[],
  head: Span | null,
): PageHeadingEntry[] {
  const sections: { heading: PageHeading; title: string }[] = [];
  const entries: PageHeadingEntry[] = [];
  for (const h of headings) {
    if (
      !Number.isFinite(h.start) ||
      !Number.isFinite(h.end) ||
      h.start < 0 ||
      h.end <= h.start ||
      h.start >= original.length
    ) {
      continue;
    }
    if (head && h.start >= head.start && h.start < head.end) continue;
    const title = shorten(original.slice(h.start, Math.min(h.end, original.length)));
    if (title === '') continue;
    if (NOTES_LABEL.test(title)) {
      entries.push({ level: 1, kind: 'footnotes', title: 'Noten', start: h.start, end: h.end });
      continue;
    }
    sections.push({ heading: h, title });
  }
  let minLevel = Infinity;
  for (const { heading } of sections) {
    if (Number.isFinite(heading.level)) minLevel = Math.min(minLevel, heading.level);
  }
  for (const { heading: h, title } of sections) {
    const level = Number.isFinite(h.level) ? Math.max(1, Math.round(h.level - minLevel) + 1) : 1;
    entries.push({ level, kind: 'heading', title, start: h.start, end: h.end });
  }
  return entries;
}
