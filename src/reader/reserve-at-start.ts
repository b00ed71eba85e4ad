/**
 * The first thing Kamerlens does on a page, at `document_start`, on an address that is a paper by
 * its URL alone (anything else: nothing at all): with the sidebar set to open on that site,
 * reserve the sidebar's room before the page is laid out (see `src/dom/reserved-space.ts`). The
 * highlight colours need nothing here: they come with the extension's own stylesheet, which the
 * manifest injects before the page is parsed (`src/dom/highlight/page.css`).
 */
import { releaseSpace, reserveSpace, sideBySideWidth } from '../dom/reserved-space';
import { SIDEBAR_DEFAULT_WIDTH } from '../settings/sidebar-width-item';
import { decideActivation } from './activation';

export interface ReserveDeps {
  /** Is the sidebar set to open on this site? */
  sidebarOpen(site: string): Promise<boolean>;
  /** The sidebar's stored width. */
  sidebarWidth(): Promise<number>;
}

/**
 * Null at once on an address that is not a paper by its URL (nothing was done); else the promise
 * resolves to the width reserved, or null when no room is.
 */
export function reserveAtStart(doc: Document, deps: ReserveDeps): Promise<number | null> | null {
  // No head metadata yet: only addresses that are papers by their URL alone pass.
  const activation = decideActivation(doc.location.href, () => ({}));
  if (!activation) return null;
  // The window's width now, while the page has no body: reading `innerWidth` makes Chromium lay
  // out what has been parsed, and after the wait for the settings that can be most of a long
  // paper (a 246 ms forced layout of the 1 MB benchmark page in a trace).
  const windowWidth = doc.defaultView?.innerWidth ?? 0;
  // The room the sidebar takes with the settings as they come (open, default width), reserved at
  // once. The settings are read from storage, and that answer can come after the page has been
  // laid out (on a busy machine, in 1 of 10 loads of the 1 MB bench page): reserving only then
  // made Chromium lay out the whole paper again, a 55–80 ms task. Now only a reader who changed
  // those settings pays for a late answer, as everyone did before.
  const guess = sideBySideWidth(windowWidth, SIDEBAR_DEFAULT_WIDTH);
  if (guess !== null) reserveSpace(doc, guess);
  return reserveRoom(doc, activation.site.id, windowWidth, guess, deps);
}

/** The room the settings ask for, in place of the `guess` reserved before they were read. */
async function reserveRoom(
  doc: Document,
  site: string,
  windowWidth: number,
  guess: number | null,
  deps: ReserveDeps,
): Promise<number | null> {
  const [open, stored] = await Promise.all([deps.sidebarOpen(site), deps.sidebarWidth()]);
  const width = open ? sideBySideWidth(windowWidth, stored) : null;
  if (width === guess) return width;
  releaseSpace(doc);
  if (width !== null) reserveSpace(doc, width);
  return width;
}

/**
 * Takes back all that `reserveAtStart` adds (the sidebar's room), so the page is as it was: on a
 * page that turned out not to be a paper, after an error, or when the extension went away.
 */
export function undoReserveAtStart(doc: Document): void {
  releaseSpace(doc);
}
