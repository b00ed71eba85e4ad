import { FLASH_HIGHLIGHT } from '../dom/highlight/names';
import type { RangeIndex } from '../dom/range-index';
import type { Site } from '../sites/types';

const FLASH_MS = 1600;

/** Is the element rendered (not inside a closed modal or `display: none`)? */
function isShown(el: Element): boolean {
  return typeof el.getClientRects !== 'function' || el.getClientRects().length > 0;
}

/**
 * Opens the site's document modal when the text sits in one that is closed (tweedekamer.nl), by
 * clicking the page's own "Open document" button so the page's scripts stay in charge of it.
 */
export async function openModalIfNeeded(site: Site | null, container: Element): Promise<void> {
  if (!site?.modal || isShown(container)) return;
  const button = document.querySelector<HTMLElement>(site.modal.openButton);
  button?.click();
  // Give the page a frame to open and lay out the modal before we measure or scroll.
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
}

/**
 * Scrolls the text at `start` (core offset) into view and flashes its line (at most 200 characters,
 * cut after a whole word), painted with the CSS Custom Highlight API so the page's DOM is not touched.
 */
export async function revealOffset(
  index: RangeIndex,
  text: string,
  start: number,
  site: Site | null,
  container: Element,
): Promise<Range | null> {
  const found = text.indexOf('\n', start);
  const lineEnd = found === -1 ? text.length : found;
  let end = Math.min(lineEnd, start + 200);
  const cut = end < lineEnd ? text.lastIndexOf(' ', end) : -1;
  if (cut > start) end = cut;
  return revealSpan(index, start, Math.min(Math.max(start + 1, end), text.length), site, container);
}

/**
 * Scrolls the span `[start, end)` (core offsets) into view, centred, and flashes exactly it. Returns its
 * range, or null when the text is no longer there.
 */
export async function revealSpan(
  index: RangeIndex,
  start: number,
  end: number,
  site: Site | null,
  container: Element,
): Promise<Range | null> {
  await openModalIfNeeded(site, container);
  const range = index.toRange(start, end, document);
  if (!range) return null;
  scrollRangeIntoView(range, 'center');
  flash(range);
  return range;
}

/**
 * Brings a range into view: `center` always centres it (a jump from the sidebar), `if-needed`
 * scrolls only when it is not already fully visible (stepping through findings).
 */
export function scrollRangeIntoView(range: Range, mode: 'center' | 'if-needed'): void {
  if (mode === 'if-needed') {
    const r = range.getBoundingClientRect?.();
    const vh = range.startContainer.ownerDocument?.defaultView?.innerHeight ?? 0;
    if (r && r.height > 0 && r.top >= 0 && r.bottom <= vh) return;
  }
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
}

function flash(range: Range): void {
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightCtor) return;
  const highlight = new HighlightCtor(range);
  registry.set(FLASH_HIGHLIGHT, highlight);
  setTimeout(() => {
    // A later flash replaced this one: leave it to its own timer.
    if (registry.get(FLASH_HIGHLIGHT) === highlight) registry.delete(FLASH_HIGHLIGHT);
  }, FLASH_MS);
}
