/**
 * What the acronym finder asks about abbreviations, for one glossary.
 *
 * Made once per glossary, so the functions it hands out are the same from one document to the
 * next. The engine compiles the finder's loops for the functions they call; functions made anew
 * for each document would throw that work away on the second one ("wrong call target"), and the
 * background analyses each page once, so the second document must already run at full speed.
 */
import type { Glossary } from './glossary';
import { isPlainRomanNumeral, isRomanNumeral } from './acronym-shapes';

const NONE: ReadonlyMap<string, unknown> = new Map();

/**
 * A capital and two to four lower-case letters: the shape of `Rtvi`, `Bbz`, and of many words; or a
 * capital and up to four lower-case letters with the law's year glued on, `Wi2021` (164). A lower-case
 * letter may come first, for a `nieuwe` before a law's name: `nieuwe Financiële-verhoudingswet (nFvw)` (1703).
 */
const ONE_CAPITAL_INITIALISM = /^[a-z]?[A-Z](?:[a-z]{2,4}|[a-z]{0,4}(?:19|20)\d{2})$/;

/**
 * A law's short form in lower case after its first word, `(Wet koa)` (468): held to its long form's
 * initials where it is defined (`definitions/spelling-checks.ts`), found elsewhere as a whole word.
 */
export const LOWER_SHORT_FORM = /^[a-z]{2,5}$/;

export class KnownAbbreviations {
  /** The in-text definitions of the document being read (see `reading`); empty between documents. */
  private definitions: ReadonlyMap<string, unknown> = NONE;

  constructor(private readonly glossary: Glossary) {}

  /**
   * May `sf`, in or before parentheses, be a defined short form? Known ones may; otherwise it
   * needs two capitals and at most two more lower-case letters than capitals (`IenW`, not `Lodders`),
   * or be one capital and two to four lower-case letters (`Rtvi`) or a year (`Wi2021`); those, and
   * the shapes of roman numerals (`IIA`), `spelledByInitials` holds to its long form's initials.
   */
  readonly isShortForm = (sf: string): boolean => {
    const { glossary } = this;
    if (glossary.isHidden(sf)) return false;
    if (glossary.has(sf)) return true;
    if (ONE_CAPITAL_INITIALISM.test(sf)) return true;
    // A roman numeral's shape (`IIA`, also a budget chapter) too, but `spelledByInitials` holds it to its
    // long form: `inter-institutioneel akkoord (IIA)` (177) is a definition, `(IIIA)` after a title is not.
    return hasShortFormCase(sf);
  };

  /**
   * Is `sf` a short form only when the initials of its long form spell it? Those that
   * `isShortForm` takes by their one capital: `Regeling tijdelijk verlaten van de inrichting (Rtvi)`
   * (letter 53) is a definition, `het lid Bosma (Bosma)` and `de stad Utrecht (Zuid)` are not; and
   * roman numerals: `inter-institutioneel akkoord (IIA)` (177), not a budget chapter `(IIIA)`.
   */
  readonly spelledByInitials = (sf: string): boolean =>
    this.oneCapital(sf) ||
    // A numeral the glossary knows as a short form (`IV`, informatievoorziening) is still one after a budget's
    // title, `Koninkrijksrelaties (IV)`; one with a letter after it is the glossary's (`IVA`).
    (isRomanNumeral(sf) && (!this.glossary.has(sf) || isPlainRomanNumeral(sf)));

  /**
   * The one-capital short forms among those (`Rtvi`, `Wi2021`): the token finder does not look for
   * them, so their occurrences are added from the text (`withOneCapitalDefinitions`).
   */
  readonly oneCapital = (sf: string): boolean => !this.glossary.has(sf) && ONE_CAPITAL_INITIALISM.test(sf);

  /**
   * The defined short forms whose occurrences are added from the text, since the token finder does not
   * look for them: the one-capital ones, and lower-case ones such as `koa` (see `LOWER_SHORT_FORM`).
   */
  readonly fromTextOnly = (sf: string): boolean =>
    !this.glossary.has(sf) && (ONE_CAPITAL_INITIALISM.test(sf) || LOWER_SHORT_FORM.test(sf));

  /** Has `sf` no meaning in the glossary? (See `findFirstDefinitions`.) */
  readonly meaningless = (sf: string): boolean => !this.glossary.has(sf);

  /** The names the glossary gives `sf` in English (see `NamesElsewhere` in `./definitions`). */
  readonly englishNames = (sf: string): readonly string[] =>
    this.glossary
      .lookup(sf)
      .filter((e) => e.lang === 'en')
      .map((e) => e.expansion);

  /**
   * The Dutch names that the explanations of the glossary's English names of `sf` open with (see `translatedNameBefore`
   * in `./definitions`): the letter may write that one, `Onbemande vliegtuigen (UAV)` (1322) for the unmanned aerial
   * vehicle the glossary explains as `Onbemand luchtvaartuig (drone).`
   */
  readonly dutchGlosses = (sf: string): readonly string[] => {
    const glosses: string[] = [];
    for (const e of this.glossary.lookup(sf)) {
      const gloss = e.lang === 'en' && e.explanation !== undefined ? openingName(e.explanation) : null;
      if (gloss !== null) glosses.push(gloss);
    }
    return glosses;
  };

  /** Every name the glossary gives `sf` (see `beforeTrailingName` in `./definitions`). */
  readonly standardNames = (sf: string): readonly string[] =>
    this.glossary.lookup(sf).map((e) => e.expansion);

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

/** The most words of an explanation's opening that may be a name. */
const MAX_OPENING_NAME_WORDS = 10;

/**
 * The name an explanation opens with, up to its first punctuation: `Openbaredienstverplichting` of `Openbaredienst-
 * verplichting: een vervoerder krijgt …` (PSO), `Het handelsverdrag tussen de EU en haar lidstaten en Canada` (CETA);
 * null when the opening runs longer than a name.
 */
export function openingName(explanation: string): string | null {
  const opening = /^[^.,:;()]+/.exec(explanation)?.[0].trim() ?? '';
  const words = opening.split(/\s+/).length;
  return opening !== '' && words <= MAX_OPENING_NAME_WORDS ? opening : null;
}

const made = new WeakMap<Glossary, KnownAbbreviations>();

/** The `KnownAbbreviations` of a glossary, made on first use. */
export function knownAbbreviations(glossary: Glossary): KnownAbbreviations {
  let known = made.get(glossary);
  if (!known) made.set(glossary, (known = new KnownAbbreviations(glossary)));
  return known;
}

/** Two capitals, and at most two more lower-case letters than capitals: the case of a short form. */
export function hasShortFormCase(s: string): boolean {
  const [caps, lower] = capitalsAndLowerCase(s);
  return caps >= 2 && lower <= caps + 2;
}

/**
 * UTF-16 units of capitals (`\p{Lu}`) and of lower-case letters (`\p{Ll}`) in `s`. ASCII and
 * Latin-1 (`Hübner`, `calorieën`) are counted by code without regexes; from U+0100 on, the
 * Unicode properties decide.
 */
export function capitalsAndLowerCase(s: string): [number, number] {
  let caps = 0;
  let lower = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x100) return [s.replace(/[^\p{Lu}]/gu, '').length, s.replace(/[^\p{Ll}]/gu, '').length];
    if (isLatin1Capital(c)) caps++;
    else if (isLatin1Lower(c)) lower++;
  }
  return [caps, lower];
}

/** `\p{Lu}` for a code below U+0100: A-Z, À–Ö, Ø–Þ. */
export function isLatin1Capital(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** `\p{Ll}` for a code below U+0100: a-z, µ, ß–ö, ø–ÿ. */
export function isLatin1Lower(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 0xb5 || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}
