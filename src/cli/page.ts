import type { AnalyzeInput } from '../core/analyze';
import { pageUrl, readPage } from '../reader/page-input';

/**
 * A saved page (HTML) as the core's input: parsed with linkedom and read through the same
 * container rules as the content script (`src/reader/page-input`).
 */
export async function pageToInput(source: string, url: string | undefined): Promise<AnalyzeInput> {
  // A browser's decoder takes a byte-order mark away before the page is parsed; offsets are into
  // the extracted text, which never held it.
  const html = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  // linkedom is a small DOM for Node; loaded only for HTML input.
  const { parseHTML } = await import('linkedom');
  let document = parseHTML(html).document as unknown as Document;
  if (document.documentElement?.localName !== 'html') {
    // A browser puts a fragment, a bare text or nothing at all into a page's body; linkedom
    // builds no html element then (and its `body` throws), or makes the fragment's first
    // element the root with an empty body beside the text. Parse it as the browser would.
    document = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`)
      .document as unknown as Document;
  }
  const page = readPage(document, pageUrl(document, url));
  // A page of a paper site without the paper's container (a news page in the site's chrome, an
  // error page under a paper's address) holds no paper: the extension leaves such a page alone,
  // and the command line reports it as the core reports a text without a paper. Not an error.
  return page ? page.input : { text: '' };
}
