/** Manifest match patterns (`*://host/path`) read as the browsers read them, for the tests of the manifest's lists. */

/** The scheme (`*` for http and https), the host as written, and the path with `*` for any run of characters. */
const MATCH_PATTERN = /^(\*|https?):\/\/([^/]+)(\/.*)$/;

function parts(pattern: string): { scheme: string; host: string; path: string } {
  const m = MATCH_PATTERN.exec(pattern);
  if (!m) throw new Error(`not a match pattern these tests read: ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  return { scheme, host, path };
}

/** The host a match pattern names (`*://www.tweedekamer.nl/kamerstukken/*` → `www.tweedekamer.nl`). */
export function patternHost(pattern: string): string {
  return parts(pattern).host;
}

/**
 * Does `url` match the manifest match pattern `pattern`, as the browsers read one: the scheme (`*` for http and
 * https), the host as written, and the path with the query (no fragment), `*` standing for any run of characters.
 */
export function matchesPattern(pattern: string, url: URL): boolean {
  const { scheme, host, path } = parts(pattern);
  if (scheme === '*' ? !/^https?:$/.test(url.protocol) : url.protocol !== `${scheme}:`) return false;
  if (url.hostname !== host) return false;
  const glob = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`, 's');
  return glob.test(url.pathname + url.search);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
