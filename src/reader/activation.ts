import { siteForUrl } from '../sites';
import type { Site, UrlVerdict } from '../sites/types';

export interface Activation {
  site: Site;
  verdict: UrlVerdict;
}

/** Head metadata that marks a parliamentary paper on a page whose URL alone does not tell (`DC.type`). */
const PAPER_TYPES = /^(kamerstuk|kamervragen|aanhangsel( van de)? handelingen)/i;

/**
 * Should the reader start on this page? Decided from the URL and the head metadata only, before
 * the body is read, so pages that are not papers cost nothing (no element, listener or style).
 */
export function decideActivation(url: string, meta: () => Record<string, string>): Activation | null {
  const site = siteForUrl(url);
  if (!site) return null;
  let verdict: UrlVerdict;
  try {
    verdict = site.classifyUrl(new URL(url));
  } catch {
    return null;
  }
  if (verdict.verdict === 'paper') return { site, verdict };
  if (verdict.verdict === 'not-paper') return null;
  const m = meta();
  const type = m['dc.type'] ?? m['dcterms.type'] ?? '';
  const id = m['dcterms.identifier'] ?? m['dc.identifier'] ?? '';
  return PAPER_TYPES.test(type) || /^(kst|ah-tk|ah-ek|kv-tk)-/i.test(id) ? { site, verdict } : null;
}
