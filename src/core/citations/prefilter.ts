/**
 * Cheap prefilter (eyecite's habit): a parser runs only when its literal keywords occur, so a page
 * without `Handelingen` never pays for that pattern. Each test is a case-insensitive regex that stops at
 * the first hit (no lower-cased copy of the text). ASCII-only `i` matching finds what lower-casing plus
 * `includes` found: the only code units that lower-case to ASCII letters are `İ` (to `i` and a combining
 * dot, so never inside a keyword) and the Kelvin sign `K`, which no parser pattern matches either.
 */
export interface CitationKeywords {
  kamerstuk: boolean;
  handelingen: boolean;
  publication: boolean;
  kst: boolean;
  /** `nr`: the metadata line needs it. */
  nr: boolean;
  /** The bare `(28 676, nr. 71)` form needs `nr`, or a parenthesis for `(35 261, B)`. */
  bare: boolean;
  /** A hyphen next to digits is the least a compact `34300-VII-60` needs. */
  compact: boolean;
  shortForm: boolean;
}

const KAMERSTUK = /kamer(?:-\n)?stuk/i;
const HANDELINGEN = /handelingen/i;
const PUBLICATION = /stcrt|staatscourant|stb|staatsblad/i;
const KST = /kst-/i;
const NR = /nr/i;
const COMPACT = /\d{5}[-–]/;
const SHORT_FORM = /genoemde|voornoemde|voormelde|idem|ibid/i;

export function scanKeywords(text: string): CitationKeywords {
  const nr = NR.test(text);
  return {
    kamerstuk: KAMERSTUK.test(text),
    handelingen: HANDELINGEN.test(text),
    publication: PUBLICATION.test(text),
    kst: KST.test(text),
    nr,
    bare: nr || text.includes('('),
    compact: COMPACT.test(text),
    shortForm: SHORT_FORM.test(text),
  };
}
