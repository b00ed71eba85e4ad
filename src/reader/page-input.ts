import type { AnalyzeInput } from '../core/analyze';
import {
  extractText,
  extractTextInSlices,
  extractTextPrefix,
  type ExtractedText,
  type SliceOptions,
} from '../dom/extract';
import { findContainer, readMeta } from '../dom/page-context';
import { SITES, siteForUrl } from '../sites';
import type { Site } from '../sites/types';

/** A page read for analysis: what the core gets, and what the DOM layer needs to map findings back. */
export interface PageInput {
  input: AnalyzeInput;
  extracted: ExtractedText;
  container: Element;
  site: Site | null;
}

/** Generic containers for saved pages whose site is unknown: the text of any KOOP or TK template, else the body. */
const FALLBACK_SELECTORS = ['main', 'article'];

/**
 * The page's address: the one given, else the canonical link or the KOOP identifier in its head
 * (saved pages keep those), else undefined.
 */
export function pageUrl(doc: Document, given: string | undefined): string | undefined {
  if (given) return given;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  if (/^https?:\/\//i.test(canonical)) return canonical;
  const meta = readMeta(doc);
  const id = meta['dcterms.identifier'] ?? meta['dc.identifier'];
  if (id && /^(kst|ah|h|stcrt|stb|kv)-[\w-]+$/i.test(id))
    return `https://zoek.officielebekendmakingen.nl/${id}.html`;
  return undefined;
}

/**
 * Reads a page (live in the content script, or parsed by the CLI) into the core's input.
 * Only the paper's container is read; null when the page has no container at all.
 */
export function readPage(doc: Document, url: string | undefined): PageInput | null {
  const found = locate(doc, url);
  if (!found) return null;
  return pageInput(doc, url, found, extractText(found.container, { skip: found.site?.skipSelectors ?? [] }));
}

/**
 * `readPage` for the live page: the text is read in slices that give the main thread back in
 * between (see `extractTextInSlices`), so a long paper never blocks the page while it is read.
 */
export async function readPageInSlices(
  doc: Document,
  url: string | undefined,
  slices: SliceOptions = {},
): Promise<PageInput | null> {
  const found = locate(doc, url);
  if (!found) return null;
  const skip = found.site?.skipSelectors ?? [];
  return pageInput(doc, url, found, await extractTextInSlices(found.container, { skip }, slices));
}

/** The opening of a page as `readPagePrefix` read it: the reader's input, and whether it was all of the text. */
export interface PagePrefix {
  page: PageInput;
  /** The prefix was all of the page's text. */
  complete: boolean;
}

/**
 * The opening of the paper, about `maxChars` characters, read at once: a long paper's first
 * screens are analysed and painted while the rest is read. `complete`: that was all of it.
 */
export function readPagePrefix(doc: Document, url: string | undefined, maxChars: number): PagePrefix | null {
  const found = locate(doc, url);
  if (!found) return null;
  const skip = found.site?.skipSelectors ?? [];
  const { extracted, complete } = extractTextPrefix(found.container, { skip }, maxChars);
  return { page: pageInput(doc, url, found, extracted), complete };
}

/** The site of the address and the paper's container on the page. */
export function locate(
  doc: Document,
  url: string | undefined,
): { site: Site | null; container: Element } | null {
  const site = url ? siteForUrl(url) : null;
  const selectors = site
    ? site.containerSelectors
    : [...SITES.flatMap((s) => s.containerSelectors), ...FALLBACK_SELECTORS];
  const container = findContainer(doc, selectors) ?? (site ? null : doc.body);
  return container ? { site, container } : null;
}

function pageInput(
  doc: Document,
  url: string | undefined,
  { site, container }: { site: Site | null; container: Element },
  extracted: ExtractedText,
): PageInput {
  return {
    container,
    site,
    extracted,
    input: {
      text: extracted.text,
      page: {
        url,
        meta: readMeta(doc),
        siteFacts:
          (site ?? SITES.find((s) => findContainer(doc, s.containerSelectors)))?.readFacts(doc) ?? {},
        headings: extracted.headings,
      },
    },
  };
}
