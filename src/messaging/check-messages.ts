import { parseAnalyzeInput, parsePaperRef, parseTextPart } from './check-analyze-input';
import { parseExportInput } from './check-export-input';
import { isRecord } from './check-values';
import type { BackgroundToContent, ContentToBackground } from './protocol';

/** Every incoming message checked against its direction's protocol (`./protocol`), before any handler sees it. */

/** The longest page address a message may carry (browsers' own limit for an address is about this). */
const MAX_PAGE_URL = 8192;

/** A message with the page's address it says it is on, when that is a string of an address's length. */
function withPageUrl<const M extends object>(message: M, url: unknown): M & { url?: string } {
  return typeof url === 'string' && url.length <= MAX_PAGE_URL ? { ...message, url } : message;
}

/**
 * Checks an incoming message against the content → background protocol; the message in its
 * typed form, or null for anything else (another listener's message, or a malformed one).
 */
export function parseContentToBackground(v: unknown): ContentToBackground | null {
  if (!isRecord(v)) return null;
  switch (v.type) {
    case 'lookup-title': {
      const paper = parsePaperRef(v.paper);
      return paper ? { type: 'lookup-title', paper } : null;
    }
    case 'paper-status': {
      if (typeof v.isPaper !== 'boolean') return null;
      const n = v.findings;
      const findings = typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
      return withPageUrl({ type: 'paper-status', isPaper: v.isPaper, findings }, v.url);
    }
    case 'sidebar-asked':
      return typeof v.waiting === 'boolean' ? { type: 'sidebar-asked', waiting: v.waiting } : null;
    case 'analyze': {
      const input = parseAnalyzeInput(v.input);
      return input ? { type: 'analyze', input } : null;
    }
    case 'analyze-part': {
      const part = parseTextPart(v.part);
      return part ? { type: 'analyze-part', part } : null;
    }
    case 'format-export': {
      const input = parseExportInput(v.input);
      return input ? { type: 'format-export', input } : null;
    }
    case 'warm-up':
      return withPageUrl({ type: 'warm-up' }, v.url);
    case 'page-styles':
      return { type: 'page-styles' };
    case 'page-strings':
      return v.language === 'nl' || v.language === 'en'
        ? { type: 'page-strings', language: v.language }
        : null;
    default:
      return null;
  }
}

/** Checks an incoming message against the background → content protocol. */
export function parseBackgroundToContent(v: unknown): BackgroundToContent | null {
  if (!isRecord(v)) return null;
  switch (v.type) {
    case 'toggle-sidebar':
      return v.via === 'keyboard' ? { type: 'toggle-sidebar', via: 'keyboard' } : { type: 'toggle-sidebar' };
    case 'toggle-marks':
      return { type: 'toggle-marks' };
    default:
      return null;
  }
}
