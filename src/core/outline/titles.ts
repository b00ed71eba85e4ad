/** Turning a line of the letter into a short sidebar title. */

/** Sidebar titles longer than this are cut at a word boundary. */
export const MAX_TITLE = 80;

/** Collapses white space and cuts long text at a word boundary with an ellipsis. */
export function shorten(text: string, max: number = MAX_TITLE): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  // Keep at least half the budget: a single long word is cut mid-word rather than dropped.
  const base = space > max / 2 ? cut.slice(0, space) : cut;
  return base.replace(/[\s,;:.\-–]+$/, '') + '…';
}

/**
 * A heading line as a title: a footnote marker glued to the last word is dropped
 * (`Voortgang Akkoord Verbetering Productsamenstelling2` → `… Productsamenstelling`). After a word in capitals only
 * when the caller knows the digits are a note (`… bij de IND2`, 2426): `CO2` and `G20` end in digits of their own.
 */
export function headingTitle(text: string, noteAfterCapitals = false): string {
  const title = text.replace(/(\p{Ll})\d{1,2}$/u, '$1');
  return shorten(noteAfterCapitals ? title.replace(/(\p{Lu})\d{1,2}$/u, '$1') : title);
}
