/**
 * The stylesheets of the sidebar and of the popovers, as the views in the page read them. The content
 * script carries none (11 KB of CSS, about 2.7 KB of its 40 KB gzip budget): the background sends them
 * (`page-styles`, `src/reader/page-styles.ts`) as it sends the interface strings, and the reader shows
 * nothing before they are here. The texts are the extension's own (`sidebar/styles.ts`,
 * `popover/styles.ts`), never a page's.
 */
export interface PageStyles {
  sidebar: string;
  popover: string;
}

let current: PageStyles = { sidebar: '', popover: '' };

/** Keeps the stylesheets for every view mounted from now on. */
export function registerPageStyles(styles: PageStyles): void {
  current = styles;
}

/** The stylesheets registered (empty before the background's answer). */
export function pageStyles(): PageStyles {
  return current;
}
