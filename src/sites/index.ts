import { officieleBekendmakingen } from './officielebekendmakingen';
import { tweedeKamer } from './tweedekamer';
import type { Site } from './types';

/** All sites Kamerlens works on, one file each. */
export const SITES: readonly Site[] = [officieleBekendmakingen, tweedeKamer];

/** The site a URL belongs to, or null. */
export function siteForUrl(url: URL | string): Site | null {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  return SITES.find((s) => s.hosts.includes(host)) ?? null;
}
