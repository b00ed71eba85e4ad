/**
 * The first thing Kamerlens does on a page, at `document_start`, on an address that is a paper by
 * its URL alone (anything else: nothing at all): add the highlight stylesheet, whose rules paint
 * nothing until highlights are registered, while the page has no body yet (added after load, it
 * would make the browser recompute the style of every element of a long paper); and, with the
 * sidebar set to open on that site, reserve the sidebar's room before the page is laid out (see
 * `src/dom/reserved-space.ts`).
 */
import { ensurePageStyle } from '../dom/highlight/page-style';
import { reserveSpace, sideBySideWidth } from '../dom/reserved-space';
import { decideActivation } from './activation';

export interface ReserveDeps {
  /** Is the sidebar set to open on this site? */
  sidebarOpen(site: string): Promise<boolean>;
  /** The sidebar's stored width. */
  sidebarWidth(): Promise<number>;
}

/**
 * Null at once on an address that is not a paper by its URL (nothing was done); else the page
 * style is added and the promise resolves to the width reserved, or null when no room is.
 */
export function reserveAtStart(doc: Document, deps: ReserveDeps): Promise<number | null> | null {
  // No head metadata yet: only addresses that are papers by their URL alone pass.
  const activation = decideActivation(doc.location.href, () => ({}));
  if (!activation) return null;
  ensurePageStyle(doc);
  // The window's width now, while the page has no body: reading `innerWidth` makes Chromium lay
  // out what has been parsed, and after the wait for the settings that can be most of a long
  // paper (a 246 ms forced layout of the 1 MB benchmark page in a trace).
  const windowWidth = doc.defaultView?.innerWidth ?? 0;
  return reserveRoom(doc, activation.site.id, windowWidth, deps);
}

async function reserveRoom(
  doc: Document,
  site: string,
  windowWidth: number,
  deps: ReserveDeps,
): Promise<number | null> {
  const [open, stored] = await Promise.all([deps.sidebarOpen(site), deps.sidebarWidth()]);
  const width = sideBySideWidth(windowWidth, stored);
  if (!open || width === null) return null;
  reserveSpace(doc, width);
  return width;
}
