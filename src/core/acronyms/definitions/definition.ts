/**
 * What an in-text definition is made of, shared by every reader in this folder: the definition itself, the short
 * and long forms it is built from, the questions the finder's caller answers (`IsCandidate`, `SpelledByInitials`,
 * `NamesElsewhere`), the cache of long forms found per document, and the limits that keep a document's search linear.
 */

export interface InTextDefinition {
  abbr: string;
  /** The long form, cleaned: line breaks and line-end hyphens undone, spaces collapsed. */
  expansion: string;
  /** Span of the long form in the searched text. */
  longStart: number;
  longEnd: number;
  /** Span of the short form in the searched text. */
  shortStart: number;
  shortEnd: number;
}

/** Is this parenthesized (or preceding) token a plausible short form? */
export type IsCandidate = (shortForm: string) => boolean;

/**
 * Is this candidate a short form only when the initials of its long form's words spell it? For
 * short forms with one capital (`Regeling tijdelijk verlaten van de inrichting (Rtvi)`), which have
 * the shape of many ordinary words, unlike `NAVO` or `IenW`.
 */
export type SpelledByInitials = (shortForm: string) => boolean;

/** Upper bound on parentheses examined per document, so adversarial input stays linear. */
export const MAX_PARENS = 20000;
/** The most characters of the words before a parenthesis that its long form is looked for in (`windowBefore`). */
export const MAX_WINDOW_CHARS = 220;

/**
 * The long forms found so far in one document, relative to the text they were found in, keyed by short form and that
 * text: the same parentheses after the same words recur in a letter (a party after the same name, a passage quoted
 * again), and aligning is the costly part, above all in the first document, before the engine has compiled it. What
 * `defineBefore` finds depends only on the short form, the window before the parenthesis and two flags of the brackets
 * (see `longFormInWindow`; the edition's years after the window, which `defineBeforeEdition` reads, are read anew each
 * time), what `defineInside` finds only on the short form and the parentheses' content, so a repeat gets the same
 * answer shifted to where it stands. Bounded by MAX_PARENS entries each.
 */
export interface Alignments {
  /** Two flags, `sf + ' ' + window`: the long form in the window (`longFormInWindow`), or null. */
  readonly before: Map<string, LongForm | null>;
  /** `sf + ' ' + inside`: the long form in the parentheses (offsets from `open + 1`), or null. */
  readonly inside: Map<string, LongForm | null>;
}

/** A long form at `start`–`end` of the text it was found in, and its cleaned expansion. */
export interface LongForm {
  readonly start: number;
  readonly end: number;
  readonly expansion: string;
}

export function newAlignments(): Alignments {
  return { before: new Map(), inside: new Map() };
}

/** A short form candidate and where it starts in the searched text. */
export interface ShortForm {
  sf: string;
  start: number;
  /** The number after the short form in `(SVP 2022)`, which the long form must end with too. */
  tag?: string;
  /** The noun after the short form in `(LC-fregatten)`, which the long form's last word ends with. */
  head?: string;
  /** Introduced as another language's short form (`Engelse afkorting:`): the long form need not spell it. */
  translated?: true;
  /** The word before the short form in `(Besluit FTK)`, which the name before starts with and the short form spells not. */
  lead?: string;
  /** A law's short form in lower case after its first word, `(Wet koa)`: its long form's initials must spell it. */
  lowerAfterLead?: true;
  /** The lead word is a noun in lower case, `(toets IMS)`: the words before repeat it right before the long form. */
  repeatedLead?: true;
  /** Where the long form of `(VTH-stelsel)` starts: after `het stelsel van` before it (325). */
  ofHeadStart?: number;
  /** `(EA-maatregelen)` with no noun before to end the long form: its initials must spell the short form. */
  gluedNoun?: true;
  /** The name after the short form in `(ROAZ-Euregio)`, which the words before end with as a word of its own. */
  name?: string;
}

/**
 * The definition of `short` by `long`, whose offsets are relative to `offset` in the text. SHORT_FORM
 * holds no spaces: `short.sf` is trimmed already.
 */
export function definitionOf(short: ShortForm, long: LongForm, offset: number): InTextDefinition {
  return {
    abbr: short.sf,
    expansion: long.expansion,
    longStart: offset + long.start,
    longEnd: offset + long.end,
    shortStart: short.start,
    shortEnd: short.start + short.sf.length,
  };
}

/**
 * The names the glossary gives `sf` in another language than the letter's (`Recovery and Resilience
 * Facility` for `RRF`): a Dutch name before the parenthesis, which does not spell the short form, may
 * still be its definition when it shares a word's stem with one of them (see `translatedNameBefore`).
 */
export type NamesElsewhere = (sf: string) => readonly string[];
export const NO_NAMES: NamesElsewhere = () => [];

/** Undo line breaks and line-end hyphenation, collapse spaces. */
export function cleanExpansion(raw: string): string {
  return raw
    .replace(/(\p{Ll})-[ \t]*\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/-[ \t]*\n\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;]+$/, '')
    .trim();
}

/** Is `expansion` long enough to be the long form of `sf`, and no repetition of it? */
export function plausible(sf: string, expansion: string): boolean {
  if (!expansion) return false;
  const lettersSf = sf.replace(/[^\p{L}\p{N}]/gu, '').length;
  const lettersLf = expansion.replace(/[^\p{L}\p{N}]/gu, '').length;
  if (lettersLf < lettersSf + 2) return false;
  // The short form standing inside its own long form is a repetition, not a definition.
  return !expansion.split(/[\s-]+/).some((w) => w === sf);
}
