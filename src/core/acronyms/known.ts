/**
 * What the acronym finder asks about abbreviations, for one glossary.
 *
 * Made once per glossary, so the functions it hands out are the same from one document to the
 * next. The engine compiles the finder's loops for the functions they call; functions made anew
 * for each document would throw that work away on the second one ("wrong call target"), and the
 * background analyses each page once, so the second document must already run at full speed.
 */
import type { Glossary } from './glossary';
import { isRomanNumeral } from './tokens';

const NONE: ReadonlyMap<string, unknown> = new Map();

export class KnownAbbreviations {
  /** The in-text definitions of the document being read (see `reading`); empty between documents. */
  private definitions: ReadonlyMap<string, unknown> = NONE;

  constructor(private readonly glossary: Glossary) {}

  /**
   * May `sf`, in or before parentheses, be a defined short form? Known ones may; otherwise it
   * needs two capitals and at most two more lower-case letters than capitals (`IenW`, not `Lodders`).
   */
  readonly isShortForm = (sf: string): boolean => {
    const { glossary } = this;
    if (glossary.isHidden(sf)) return false;
    if (glossary.has(sf)) return true;
    if (isRomanNumeral(sf)) return false;
    const [caps, lower] = capitalsAndLowerCase(sf);
    return caps >= 2 && lower <= caps + 2;
  };

  /** Is `abbr` known: defined in the document being read or in the glossary, and not hidden? */
  readonly known = (abbr: string): boolean =>
    !this.glossary.isHidden(abbr) && (this.definitions.has(abbr) || this.glossary.has(abbr));

  /** Runs `read` with `definitions` as the document's own; `known` answers with them meanwhile. */
  reading<T>(definitions: ReadonlyMap<string, unknown>, read: () => T): T {
    this.definitions = definitions;
    try {
      return read();
    } finally {
      this.definitions = NONE;
    }
  }
}

const made = new WeakMap<Glossary, KnownAbbreviations>();

/** The `KnownAbbreviations` of a glossary, made on first use. */
export function knownAbbreviations(glossary: Glossary): KnownAbbreviations {
  let known = made.get(glossary);
  if (!known) made.set(glossary, (known = new KnownAbbreviations(glossary)));
  return known;
}

/** UTF-16 units of capitals and of lower-case letters in `s` (ASCII without regexes). */
export function capitalsAndLowerCase(s: string): [number, number] {
  let caps = 0;
  let lower = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return [s.replace(/[^\p{Lu}]/gu, '').length, s.replace(/[^\p{Ll}]/gu, '').length];
    if (c >= 65 && c <= 90) caps++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return [caps, lower];
}
