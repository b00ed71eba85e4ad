/**
 * Cheap prefilter (eyecite's habit): a parser runs only when its literal keywords occur, so a page
 * without `Handelingen` never pays for that pattern. One lower-casing pass, then `includes`.
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

export function scanKeywords(text: string): CitationKeywords {
  const lower = text.toLowerCase();
  return {
    kamerstuk: lower.includes('kamerstuk') || lower.includes('kamer-\nstuk'),
    handelingen: lower.includes('handelingen'),
    publication:
      lower.includes('stcrt') ||
      lower.includes('staatscourant') ||
      lower.includes('stb') ||
      lower.includes('staatsblad'),
    kst: lower.includes('kst-'),
    nr: lower.includes('nr'),
    bare: lower.includes('nr') || lower.includes('('),
    compact: /\d{5}[-–]/.test(text),
    shortForm:
      lower.includes('genoemde') ||
      lower.includes('voornoemde') ||
      lower.includes('voormelde') ||
      lower.includes('idem') ||
      lower.includes('ibid'),
  };
}
