import { KAMERLENS_ATTRIBUTE } from '../dom/extract';

/** The element that hosts the popover's shadow root (and, in forced colours, the marks' underlines). */
export const POPOVER_HOST_TAG = 'kamerlens-popover';

/**
 * The element in the page that holds one of Kamerlens's shadow roots (the sidebar, the popover).
 * It is created hidden (`display: none`, set through the CSSOM so a page's style CSP allows it)
 * and shown by the extension's own stylesheet (`src/dom/highlight/page.css`, injected by the
 * manifest). So it is shown only while the extension is there: Firefox takes that stylesheet out
 * of open pages when the extension is removed or updated, and stops the content script before it
 * can remove the element itself.
 */
export function createHostElement(doc: Document, tag: string, role: string): HTMLElement {
  const host = doc.createElement(tag);
  // Marked as ours: the text extraction skips it.
  host.setAttribute(KAMERLENS_ATTRIBUTE, role);
  host.style.display = 'none';
  return host;
}
