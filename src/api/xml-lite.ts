/**
 * Just enough XML reading for SRU answers, without DOMParser (the MV3 background service worker
 * has none): well-known elements by local name, whatever their namespace prefix.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text content: CDATA kept, nested tags dropped, entities decoded, whitespace collapsed. */
export function xmlText(inner: string): string {
  const parts: string[] = [];
  const cdata = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  let last = 0;
  for (let m = cdata.exec(inner); m; m = cdata.exec(inner)) {
    parts.push(decode(stripTags(inner.slice(last, m.index))), m[1] as string);
    last = m.index + m[0].length;
  }
  parts.push(decode(stripTags(inner.slice(last))));
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function stripTags(s: string): string {
  return s.replace(/<[^>]*>/g, '');
}

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,4});/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

const cache = new Map<string, RegExp>();

/** Matches `<prefix:name …>…</prefix:name>` (or unprefixed); the local name must be a plain word. */
function elementRe(localName: string): RegExp {
  let re = cache.get(localName);
  if (!re) {
    re = new RegExp(
      `<(?:[\\w.-]+:)?${localName}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w.-]+:)?${localName}\\s*>`,
      'g',
    );
    cache.set(localName, re);
  }
  return re;
}

/** Inner XML of every element with this local name. */
export function elements(xml: string, localName: string): string[] {
  const re = elementRe(localName);
  re.lastIndex = 0;
  const out: string[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] as string);
  return out;
}

/** Text of the first element with this local name that has any, else null. */
export function firstText(xml: string, localName: string): string | null {
  for (const inner of elements(xml, localName)) {
    const t = xmlText(inner);
    if (t) return t;
  }
  return null;
}
