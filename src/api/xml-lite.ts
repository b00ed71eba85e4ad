/**
 * Just enough XML reading for SRU answers, without DOMParser (the MV3 background service worker
 * has none): well-known elements by local name, whatever their namespace prefix.
 *
 * Every scan is linear in the answer's length, also on malformed answers: an answer is not ours,
 * and the background that reads it also analyses the pages. (A lazy `<record>…</record>` regex took
 * quadratic time on a body of unclosed `<record>` tags: 0.3 s for 128 KB, minutes for the 4 MB an
 * answer may have.)
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const CDATA_OPEN = '<![CDATA[';
const CDATA_CLOSE = ']]>';

/** Text content: CDATA kept, nested tags dropped, entities decoded, whitespace collapsed. */
export function xmlText(inner: string): string {
  const parts: string[] = [];
  let last = 0;
  for (let open = inner.indexOf(CDATA_OPEN); open >= 0; open = inner.indexOf(CDATA_OPEN, last)) {
    const close = inner.indexOf(CDATA_CLOSE, open + CDATA_OPEN.length);
    // An unclosed section is text like the rest (nothing after it can close it).
    if (close < 0) break;
    parts.push(decode(stripTags(inner.slice(last, open))), inner.slice(open + CDATA_OPEN.length, close));
    last = close + CDATA_CLOSE.length;
  }
  parts.push(decode(stripTags(inner.slice(last))));
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Tags out. A tag ends at its `>` and holds no `<`, so a stray `<` is passed once, not read to the end. */
function stripTags(s: string): string {
  return s.replace(/<[^<>]*>/g, '');
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

interface TagPatterns {
  /** `<prefix:name …>` (or unprefixed): an opening tag. */
  open: RegExp;
  /** `</prefix:name>`: a closing tag. */
  close: RegExp;
}

const cache = new Map<string, TagPatterns>();

/** The tags of one local name, which must be a plain word. */
function tagPatterns(localName: string): TagPatterns {
  let made = cache.get(localName);
  if (!made) {
    made = {
      open: new RegExp(`<(?:[\\w.-]+:)?${localName}(?:\\s[^<>]*)?>`, 'g'),
      close: new RegExp(`</(?:[\\w.-]+:)?${localName}\\s*>`, 'g'),
    };
    cache.set(localName, made);
  }
  return made;
}

/**
 * Inner XML of every element with this local name: from each opening tag to the first closing tag
 * after it. An opening tag without one ends the search: no later opening tag has one either.
 */
export function elements(xml: string, localName: string): string[] {
  const { open, close } = tagPatterns(localName);
  const out: string[] = [];
  open.lastIndex = 0;
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    close.lastIndex = open.lastIndex;
    const end = close.exec(xml);
    if (!end) break;
    out.push(xml.slice(open.lastIndex, end.index));
    open.lastIndex = close.lastIndex;
  }
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
