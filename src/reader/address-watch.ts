/**
 * Client-side navigations, heard without reading the page: a search result opened in place, an
 * app's own links. Used where no reader runs (a page that is not a paper, yet): the reader's own
 * watch (`live-reader.ts`) follows the address once a paper is shown.
 */

/** Where a page's address stops mattering: the fragment only scrolls within the same paper. */
export function addressKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** The part of the Navigation API this watch needs (Chromium 102+, Firefox 147+, Safari 26.2+). */
interface NavigationLike {
  addEventListener(type: 'currententrychange', cb: () => void): void;
  removeEventListener(type: 'currententrychange', cb: () => void): void;
}

/** How often the address is looked at where the Navigation API is missing (Firefox ESR 140). */
export const ADDRESS_POLL_MS = 1000;

/** Calls `check` every `ms` until the returned function is called. */
export type Every = (check: () => void, ms: number) => () => void;

const everyWithTimer: Every = (check, ms) => {
  const id = setInterval(check, ms);
  return () => clearInterval(id);
};

/**
 * Calls `onChange` with the new address each time the page's address changes without a load
 * (fragments aside): the Navigation API's `currententrychange` fires for `history.pushState`,
 * `replaceState` and back/forward alike. One listener, on the page's `navigation` object, none on
 * its document or window. A browser without the API (Chromium before 102, Firefox before 147, so
 * Firefox ESR 140) has the address looked at once a second instead: a string compared, nothing of
 * the document read. Returns the function that stops the watch.
 */
export function watchAddressChanges(
  win: Window,
  onChange: (href: string) => void,
  every: Every = everyWithTimer,
): () => void {
  let last = addressKey(win.location.href);
  const check = () => {
    const href = win.location.href;
    const key = addressKey(href);
    if (key === last) return;
    last = key;
    onChange(href);
  };
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  if (typeof navigation?.addEventListener !== 'function') return every(check, ADDRESS_POLL_MS);
  navigation.addEventListener('currententrychange', check);
  return () => navigation.removeEventListener('currententrychange', check);
}
