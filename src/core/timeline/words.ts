/**
 * Content words of a label, for comparing two mentions of a date: its lower case split at every run of
 * characters that are neither letters nor digits (`\p{L}`, `\p{N}`), words of three or more UTF-16 units.
 * Read from character codes (one class lookup each) instead of a Unicode regex split, which costs a few
 * times more on the short labels this sees thousands of.
 */

const UNKNOWN = 0;
const WORD_CHAR = 1;
const SEPARATOR = 2;
const WORD_CHAR_RE = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 unit outside the surrogates: is it a letter or a digit? Decided once each, by the regex. */
const classes = new Uint8Array(0x10000);

function classOf(c: number): number {
  let cls = classes[c] as number;
  if (cls === UNKNOWN) {
    cls = WORD_CHAR_RE.test(String.fromCharCode(c)) ? WORD_CHAR : SEPARATOR;
    classes[c] = cls;
  }
  return cls;
}

/**
 * `new Set(label.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3))`, without the words
 * in `ignore`.
 */
export function labelWords(label: string, ignore: ReadonlySet<string> = NONE): Set<string> {
  const lower = label.toLowerCase();
  const out = new Set<string>();
  let start = -1; // start of the current run of word characters, or -1
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0x20;
    // A surrogate pair is one code point to the regex, which a unit table cannot tell: split as before.
    if (c >= 0xd800 && c <= 0xdfff) return splitWords(lower, ignore);
    if (classOf(c) === WORD_CHAR) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start >= 3) {
        const word = lower.slice(start, i);
        if (!ignore.has(word)) out.add(word);
      }
      start = -1;
    }
  }
  return out;
}

function splitWords(lower: string, ignore: ReadonlySet<string>): Set<string> {
  return new Set(lower.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !ignore.has(w)));
}

const NONE: ReadonlySet<string> = new Set();
