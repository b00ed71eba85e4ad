import type { RangeIndex } from '../dom/range-index';
import type { Site } from '../sites/types';

const FLASH = 'kamerlens-flash';
const FLASH_MS = 1600;

/** Is the element rendered (not inside a closed modal or `display: none`)? */
function isShown(el: Element): boolean {
  return el.getClientRects().length > 0;
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
 * Scrolls the text at `start` (core offset) into view and flashes its line, painted with the CSS
 * Custom Highlight API so the page's DOM is not touched.
 */
export async function revealOffset(
  index: RangeIndex,
  text: string,
  start: number,
  site: Site | null,
  container: Element,
): Promise<void> {
  await openModalIfNeeded(site, container);
  const lineEnd = text.indexOf('\n', start);
  const end = Math.max(start + 1, Math.min(lineEnd === -1 ? text.length : lineEnd, start + 200));
  const range = index.toRange(start, Math.min(end, text.length), document);
  if (!range) return;
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  flash(range);
}

function flash(range: Range): void {
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightCtor) return;
  ensureFlashStyle();
  registry.set(FLASH, new HighlightCtor(range));
  setTimeout(() => registry.delete(FLASH), FLASH_MS);
}

/** The one style Kamerlens adds to a paper's page: the colour of the flash highlight. */
function ensureFlashStyle(): void {
  if (document.querySelector('style[data-kamerlens="flash"]')) return;
  const style = document.createElement('style');
  style.setAttribute('data-kamerlens', 'flash');
  style.textContent = `::highlight(${FLASH}) { background-color: rgba(255, 200, 0, 0.45); }
@media print { ::highlight(${FLASH}) { background-color: transparent; } }`;
  document.head.append(style);
}
