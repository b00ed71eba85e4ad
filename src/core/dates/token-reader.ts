import { MONTH_ABBREVIATIONS, MONTHS } from './lexicon';
import { GAP_NONE, NONE, NUM, PUNCT, type Tokens, WORD, wordId } from './tokens';
import { DE_DATO, type Literal, VOCABULARY } from './grammar-words';

/**
 * The date grammar's view of the tokens: their kinds and text, the tests every rule makes (a word, a glued
 * stop, a connector), and the atoms a date is built of (a day, a month, a year). One reader per parse is
 * handed to every rule, which is a function of it, so that the rules can be grouped in modules by what they
 * read; it also holds the little a parse remembers between rules (the years accepted so far, the years
 * taken from a line).
 */

/** Tokens that may be glued right before a day number (`(12 maart`, `30-31`). */
const DAY_OPENERS = charCodes(['(', '[', '«', '"', '“', '‘', "'", '-', '–', '—', '‐', '‑', '−']);
/**
 * Words a day follows, after which a page may have lost the space: `het commissiedebat op15 juni 2022` (2050),
 * `is de Wtl per dE1 januari 2017 ingevoerd` (665, `de` with a stray capital). A footnote marker, the other number
 * glued to a word, ends a noun or a sentence, never one of these.
 */
const LOST_SPACE_BEFORE_DAY: ReadonlySet<string> = new Set([
  'op',
  'per',
  'de',
  'van',
  'sinds',
  'vanaf',
  'tot',
]);
const DASHES = charCodes(['-', '–', '—', '‐', '‑', '−']);

export function charCodes(chars: readonly string[]): ReadonlySet<number> {
  return new Set(chars.map((c) => c.charCodeAt(0)));
}

export const PERIOD = 46; // .
const COMMA = 44; // ,
const COLON = 58; // :
const SLASH = 47; // /

export const MIN_YEAR = 1800;
export const MAX_YEAR = 2199;
/** A bare year: 1900 to 2100, the horizon of the climate scenarios (`een stijging van … graden Celsius in 2100`, 2415). */
export const isPlausibleBareYear = (y: number): boolean => y >= 1900 && y <= 2100;

export interface YearHit {
  year: number;
  next: number;
  /** Char end: shorter than the token when a footnote digit is glued on (`20211`). */
  end: number;
}

export class TokenReader {
  /** Token indexes of years accepted so far: a later `en 2015` continues such a list. */
  readonly acceptedYears = new Set<number>();
  /** The first token of each date given a year from its line (`lineYearBefore`), and that year. */
  readonly lineYears = new Map<number, number>();
  readonly text: string;
  readonly count: number;
  readonly kinds: Uint8Array;
  readonly gaps: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;

  constructor(readonly tokens: Tokens) {
    this.text = tokens.text;
    this.count = tokens.count;
    this.kinds = tokens.kinds;
    this.gaps = tokens.gaps;
    this.starts = tokens.starts;
    this.ends = tokens.ends;
  }

  // ---- token access (an index outside the list is a token of kind NONE) ----

  exists(i: number): boolean {
    return i >= 0 && i < this.count;
  }

  kind(i: number): number {
    return i >= 0 && i < this.count ? (this.kinds[i] as number) : NONE;
  }

  start(i: number): number {
    return this.starts[i] as number;
  }

  end(i: number): number {
    return this.ends[i] as number;
  }

  length(i: number): number {
    return (this.ends[i] as number) - (this.starts[i] as number);
  }

  /** The lower case of a vocabulary word; '' for any other token (no rule compares with those). */
  lower(i: number): string {
    const id = this.kind(i) === WORD ? wordId(this.tokens, i) : -1;
    return id < 0 ? '' : (VOCABULARY.words[id] as string);
  }

  /** The value of a digit run's first `digits` digits. */
  value(i: number, digits = this.length(i)): number {
    let v = 0;
    const s = this.start(i);
    for (let k = 0; k < digits; k++) v = v * 10 + (this.text.charCodeAt(s + k) - 48);
    return v;
  }

  /** Is token `i` a word of the vocabulary (one a rule may compare with)? */
  vocabularyWord(i: number): boolean {
    return this.kind(i) === WORD && wordId(this.tokens, i) >= 0;
  }

  /** Is the word at `i` written with a capital (its first character changes in lower case)? */
  capitalized(i: number): boolean {
    const c = this.text.charCodeAt(this.start(i));
    if (c < 128) return c >= 65 && c <= 90;
    const initial = this.text[this.start(i)] as string;
    return initial !== initial.toLowerCase();
  }

  // ---- token tests ----

  word(i: number, w: Literal): boolean {
    return this.kind(i) === WORD && this.lower(i) === w;
  }

  /** A one-character punctuation token; `p` is one character. */
  punct(i: number, p: string): boolean {
    return this.punctCode(i) === p.charCodeAt(0);
  }

  /** The character of a one-character punctuation token, or -1. */
  punctCode(i: number): number {
    if (this.kind(i) !== PUNCT || this.length(i) !== 1) return -1;
    return this.text.charCodeAt(this.start(i));
  }

  glued(i: number): boolean {
    return this.exists(i) && this.gaps[i] === GAP_NONE;
  }

  isDash(i: number): boolean {
    return DASHES.has(this.punctCode(i));
  }

  /** Char end of the token before `i`. */
  endBefore(i: number): number {
    return this.exists(i - 1) ? this.end(i - 1) : 0;
  }

  /** A word with an optional glued period: `jl.`, `jl`. Returns the next index or -1. */
  dotted(i: number, w: Literal, requireDot = false): number {
    if (!this.word(i, w)) return -1;
    if (this.punct(i + 1, '.') && this.glued(i + 1)) return i + 2;
    return requireDot ? -1 : i + 1;
  }

  /** Letters joined by glued periods: `j.l.`, `a.s.`, `d.d.`. */
  abbreviation(i: number, letters: readonly Literal[]): number {
    if (!this.word(i, letters[0] as Literal)) return -1;
    let k = i + 1;
    for (let x = 1; x < letters.length; x++) {
      if (!(
        this.punct(k, '.') &&
        this.glued(k) &&
        this.word(k + 1, letters[x] as Literal) &&
        this.glued(k + 1)
      )) {
        return -1;
      }
      k += 2;
    }
    if (this.punct(k, '.') && this.glued(k)) k++;
    return k;
  }

  /** `t/m` (tot en met). */
  tm(i: number): number {
    return this.word(i, 't') &&
      this.punct(i + 1, '/') &&
      this.glued(i + 1) &&
      this.word(i + 2, 'm') &&
      this.glued(i + 2)
      ? i + 3
      : -1;
  }

  /**
   * Range connectors: a dash, `t/m`, `tot en met`, `tot`; and `en` when `tussen` stands before the first
   * date, which starts at token `first`.
   */
  rangeConnector(i: number, first = -1): number {
    if (this.isDash(i)) return i + 1;
    const tm = this.tm(i);
    if (tm >= 0) return tm;
    if (this.word(i, 'tot')) return this.word(i + 1, 'en') && this.word(i + 2, 'met') ? i + 3 : i + 1;
    // `tussen 2017 en 2020` (507), `tussen december 2023 en december 2024` (407): a period, as `2017–2020`.
    if (first >= 0 && this.word(i, 'en') && this.word(first - 1, 'tussen')) return i + 1;
    return -1;
  }

  /** List connectors: `,`, `en`, `of`, `, en`. */
  listConnector(i: number): number {
    if (this.punct(i, ',')) return this.word(i + 1, 'en') ? i + 2 : i + 1;
    if (this.word(i, 'en') || this.word(i, 'of')) return i + 1;
    return -1;
  }

  /** The token before `i`, skipping an opening bracket and an abbreviation's period (`nr.`, `Stcrt.`). */
  previousSignificant(i: number): number {
    let k = i - 1;
    if (this.punct(k, '(') || this.punct(k, '«')) k--;
    if (this.punct(k, '.') && this.gaps[k] === GAP_NONE && this.kind(k - 1) === WORD) k--;
    return k;
  }

  /** The token of the word before `i`, past an article: the cue of `voor de zomer`. */
  cueBefore(i: number): number {
    return this.word(i - 1, 'de') || this.word(i - 1, 'het') ? i - 2 : i - 1;
  }

  /** The word before `i`, skipping an article ('' for a word outside the vocabulary). */
  previousWordSkippingArticle(i: number): string | null {
    const k = this.cueBefore(i);
    return this.kind(k) === WORD ? this.lower(k) : null;
  }

  /** The lower case of any word, also one outside the vocabulary (`Kamerstukkenlijst`). */
  fullLower(i: number): string {
    return this.text.slice(this.start(i), this.end(i)).toLowerCase();
  }

  // ---- atoms ----

  /** `Vastgesteld16 april 2010` (72): the day of a verslag's date line with its space lost. */
  afterVastgesteld(i: number): boolean {
    return this.kind(i - 1) === WORD && this.fullLower(i - 1) === 'vastgesteld';
  }

  /**
   * Does an abbreviation written with full stops, its `letters` (`d.d.`, `m.i.v.`), end right before token `i`? Its
   * letters and stops glued together; the token may be glued to the last stop: `brief d.d.16 juni 1999` (592).
   */
  afterDottedAbbreviation(i: number, letters: readonly Literal[]): boolean {
    let k = i - 1;
    for (let n = letters.length - 1; n >= 0; n--) {
      if (!this.punct(k, '.') || !this.glued(k) || !this.word(k - 1, letters[n] as Literal)) return false;
      if (n > 0 && !this.glued(k - 1)) return false;
      k -= 2;
    }
    return true;
  }

  dayAt(i: number): number | null {
    if (this.kind(i) !== NUM || this.length(i) > 2) return null;
    const v = this.value(i);
    if (v < 1 || v > 31) return null;
    if (this.gluedToWordBefore(i) && !this.afterVastgesteld(i) && !this.afterDottedAbbreviation(i, DE_DATO))
      return null;
    if (this.glued(i + 1)) {
      const nx = this.kind(i + 1);
      const nc = this.punctCode(i + 1);
      // `9oktober 2023` (132): a day whose space was lost before its month's full name.
      if (nx === WORD && MONTHS.has(this.lower(i + 1)) && this.lower(i + 1).length >= 3) return v;
      if (nx === WORD || nx === NUM || nc === SLASH) return null;
      // `14.01 uur`, `1,5`, `10:30`: a decimal or a time, not a day.
      if ((nc === PERIOD || nc === COMMA || nc === COLON) && this.kind(i + 2) === NUM && this.glued(i + 2)) {
        return null;
      }
    }
    return v;
  }

  /**
   * Is the number at `i` glued to what stands before it, other than a mark a day may follow (`(12 maart`), a comma
   * after a word (`Den Haag,13 juli 2018`, 1933; not the decimal comma of `1,5`) or a word a date follows, its space
   * lost (see LOST_SPACE_BEFORE_DAY)?
   */
  gluedToWordBefore(i: number): boolean {
    if (this.gaps[i] !== GAP_NONE || i === 0) return false;
    const before = this.punctCode(i - 1);
    if (before >= 0) return !DAY_OPENERS.has(before) && !(before === COMMA && this.kind(i - 2) === WORD);
    return !(this.kind(i - 1) === WORD && LOST_SPACE_BEFORE_DAY.has(this.lower(i - 1)));
  }

  monthAt(i: number, allowAbbreviation: boolean): { month: number; next: number } | null {
    if (this.kind(i) !== WORD) return null;
    const lower = this.lower(i);
    const full = MONTHS.get(lower);
    if (full !== undefined) return { month: full, next: i + 1 };
    if (!allowAbbreviation) return null;
    const short = MONTH_ABBREVIATIONS.get(lower);
    if (short === undefined) return null;
    return { month: short, next: this.punct(i + 1, '.') && this.glued(i + 1) ? i + 2 : i + 1 };
  }

  /**
   * A four-digit year. With `footnote`, also a year with a footnote marker glued on (`10 december 20211`):
   * the year is the first four digits and the span stops before the marker. A five-digit year never exists.
   */
  yearAt(i: number, footnote: boolean): YearHit | null {
    if (this.kind(i) !== NUM) return null;
    if (this.gaps[i] === GAP_NONE && i > 0 && this.kind(i - 1) !== PUNCT) return null;
    const length = this.length(i);
    let end = this.end(i);
    if (length !== 4) {
      if (!footnote || length < 5 || length > 6) return null;
      end = this.start(i) + 4;
    }
    const year = this.value(i, 4);
    if (year < MIN_YEAR || year > MAX_YEAR) return null;
    if (this.glued(i + 1)) {
      const nx = this.kind(i + 1);
      // `de defensiesamenwerking in 2014vragen de leden` (2164): a page that lost the space before a lower-case word
      // of four letters or more; shorter ones may name a part or an edition (`2019a`, `1990s`).
      if (nx === NUM || (nx === WORD && (this.capitalized(i + 1) || this.length(i + 1) < 4))) return null;
      const nc = this.punctCode(i + 1);
      if ((nc === PERIOD || nc === COMMA) && this.kind(i + 2) === NUM && this.glued(i + 2)) {
        // `2021–2027.3`: a footnote after a sentence period is fine; `2021,5` or `2021.50` is a number. After a
        // day and month (`footnote`) no number follows: `van 28 november 2022,1 waarin` (740) has its note after
        // the comma.
        const third = this.kind(i + 3);
        const footnoteAfter =
          (nc === PERIOD || (footnote && this.length(i + 2) === 1)) &&
          this.length(i + 2) <= 2 &&
          !(this.glued(i + 3) && (third === NUM || third === WORD));
        if (!footnoteAfter) return null;
      }
    }
    return { year, next: i + 1, end };
  }
}
