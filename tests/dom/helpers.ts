/** Shared loaders: the same HTML in happy-dom (like the browser) and linkedom (like the CLI). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Browser } from 'happy-dom';
import { parseHTML } from 'linkedom';

export type DomName = 'happy-dom' | 'linkedom';
export const DOMS: readonly DomName[] = ['happy-dom', 'linkedom'];

const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

export function readPage(name: string): string {
  return readFileSync(PAGES + name, 'utf8');
}

export function loadDocument(html: string, dom: DomName): Document {
  if (dom === 'linkedom') return parseHTML(html).document as unknown as Document;
  // A page's main document, like a browser tab (a DOMParser document has no working Range in
  // happy-dom). happy-dom runs no page scripts and loads no resources by default.
  const page = new Browser().newPage();
  page.content = html;
  // happy-dom's classes mirror the DOM ones but are separate TypeScript types.
  return page.mainFrame.document as unknown as Document;
}

/** A document whose body holds `bodyHtml`, and the element `#c` in it (or the body). */
export function loadFragment(bodyHtml: string, dom: DomName): { doc: Document; container: Element } {
  const doc = loadDocument(
    `<!DOCTYPE html><html><head><title>t</title></head><body>${bodyHtml}</body></html>`,
    dom,
  );
  const container = doc.querySelector('#c') ?? doc.body;
  return { doc, container };
}

/** Whitespace as the analysis sees it: any run (no-break spaces included) is one space. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}
