/**
 * Developer/test hook: other base URLs for the title lookups, so an end-to-end test (or a developer
 * with a local mirror) can point the real background at a local server. The background reads it from
 * `browser.storage.local` under `DEV_API_BASE_URLS_KEY`; nothing in the product writes it.
 *
 * Only extension contexts can write that storage, but a content script is one of them, so the
 * values are validated as if hostile: http(s) only, plain http only for the loopback host (a
 * local test server), no credentials. A wrong field is ignored (that service keeps its real URL).
 */

export const DEV_API_BASE_URLS_KEY = 'devApiBaseUrls';

export interface DevApiBaseUrls {
  /** Replaces the Tweede Kamer OData base (`…/OData/v4/2.0`). */
  tkOData?: string;
  /** Replaces the KOOP SRU endpoint (`…/sru`). */
  sru?: string;
  /** Gives up on each request after this long (tests of the timeout path keep it small). */
  timeoutMs?: number;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const MAX_URL = 500;
const MIN_TIMEOUT_MS = 50;
const MAX_TIMEOUT_MS = 60_000;

/** Is this a base URL the lookups may be pointed at? https anywhere; http only on the loopback host. */
export function isAllowedApiBaseUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_URL) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

/** The validated override, or null when the stored value holds nothing usable. */
export function parseDevApiBaseUrls(raw: unknown): DevApiBaseUrls | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const out: DevApiBaseUrls = {};
  if (isAllowedApiBaseUrl(r.tkOData)) out.tkOData = r.tkOData;
  if (isAllowedApiBaseUrl(r.sru)) out.sru = r.sru;
  const t = r.timeoutMs;
  if (typeof t === 'number' && Number.isFinite(t) && t >= MIN_TIMEOUT_MS && t <= MAX_TIMEOUT_MS)
    out.timeoutMs = Math.round(t);
  return out.tkOData || out.sru || out.timeoutMs ? out : null;
}
