/**
 * Room for the sidebar, reserved before the page is first laid out. Narrowing a long paper after
 * load makes the browser lay out all of its text again (on a megabyte paper a long task of its
 * own, and the text jumps under the reader's eyes); a rule in place from the page's first layout
 * costs nothing. The reservation is one `<style data-kamerlens="reserve">`: the side-by-side layout
 * puts the same width on the root's inline style when the sidebar opens and leaves the reservation
 * in place under it (removing a stylesheet makes the browser restyle and lay out the whole page,
 * even when nothing ends up different); every other outcome (not a paper after all, the sidebar
 * closed, the reader stopped) removes it.
 */
import { KAMERLENS_ATTRIBUTE } from './extract';

export const RESERVE_STYLE_ID = 'reserve';

/**
 * The custom property the extension's own stylesheet (`src/dom/highlight/page.css`, injected by the
 * manifest) sets to 1 on the root while the extension is installed. Every width Kamerlens adds to a
 * page's margins is multiplied by it, so the page gets its width back when Firefox takes that
 * stylesheet out of an open page (the extension removed or updated), which it does without letting
 * the content script clean up.
 */
export const INSTALLED_PROPERTY = '--kamerlens-installed';

/** A margin of `base` px plus `width` px that holds only while the extension is installed. */
export function marginWithRoom(base: number, width: number): string {
  const room = `${Math.round(width)}px * var(${INSTALLED_PROPERTY}, 0)`;
  return base === 0 ? `calc(${room})` : `calc(${Math.round(base)}px + ${room})`;
}

/**
 * The widest the sidebar may be in this viewport: 60 % of the window, and no wider than leaves the page its
 * `MIN_PAGE_WIDTH`, never under its 320 px minimum. So in a window too narrow for the reader's chosen width
 * (an 800 px window, 150 % zoom, a wide sidebar in a half-screen window) the sidebar narrows to sit beside
 * the page instead of covering part of its text; only under 800 px does it cover the page.
 */
export function widestSidebar(viewportWidth: number): number {
  return Math.max(320, Math.min(Math.floor(viewportWidth * 0.6), viewportWidth - MIN_PAGE_WIDTH));
}

/** The width the page is narrowed by for a sidebar of `width` in this viewport, or null: overlay. */
export function sideBySideWidth(viewportWidth: number, width: number): number | null {
  // The page keeps at least 480 px.
  const w = Math.min(width, widestSidebar(viewportWidth));
  return viewportWidth - w >= MIN_PAGE_WIDTH ? w : null;
}

/** Below this many px left for the page, narrowing would make it unreadable: the sidebar overlays instead. */
export const MIN_PAGE_WIDTH = 480;

/** Reserves `width` px on the right of the page's root element (idempotent). */
export function reserveSpace(doc: Document, width: number): void {
  if (doc.querySelector(`style[${KAMERLENS_ATTRIBUTE}="${RESERVE_STYLE_ID}"]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(KAMERLENS_ATTRIBUTE, RESERVE_STYLE_ID);
  style.setAttribute(WIDTH_ATTRIBUTE, String(Math.round(width)));
  // Same specificity and priority as the side-by-side layout's inline margin, which replaces it.
  style.textContent = `html { margin-right: ${marginWithRoom(0, width)} !important; }`;
  (doc.head ?? doc.documentElement).append(style);
}

const WIDTH_ATTRIBUTE = 'data-width';

/** The width reserved on the root element, in px (0 when none). */
export function reservedWidth(doc: Document): number {
  const style = doc.querySelector(`style[${KAMERLENS_ATTRIBUTE}="${RESERVE_STYLE_ID}"]`);
  const width = Number(style?.getAttribute(WIDTH_ATTRIBUTE));
  return Number.isFinite(width) ? width : 0;
}

/** Removes the reservation, if any. */
export function releaseSpace(doc: Document): void {
  doc.querySelector(`style[${KAMERLENS_ATTRIBUTE}="${RESERVE_STYLE_ID}"]`)?.remove();
}
