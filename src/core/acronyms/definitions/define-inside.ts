/** `SF (long form)`: the definition by the words inside the brackets after a short form. */

import {
  type Alignments,
  cleanExpansion,
  definitionOf,
  type InTextDefinition,
  type LongForm,
  plausible,
  type ShortForm,
} from './definition';
import { matchLongForm, shortFormLetters } from './align';
import { LOWER_SHORT_FORM } from '../known';

/** `SF (long form)`. */
export function defineInside(
  text: string,
  open: number,
  close: number,
  short: ShortForm,
  aligned: Alignments,
): InTextDefinition | null {
  const { sf } = short;
  const inside = text.slice(open + 1, close);
  const key = `${sf} ${inside}`;
  let long = aligned.inside.get(key);
  if (long === undefined) aligned.inside.set(key, (long = longFormInside(sf, inside)));
  if (!long) return null;
  return definitionOf(short, long, open + 1);
}

/**
 * `het zogenoemde`, `de zogenaamde`, `zogeheten` before a name; or `met name` and an article, which single
 * out what is named: `(met name de nationale en regionale partnerschap plannen, hierna: NRPP)` (1720).
 */
const SO_CALLED =
  /^(?:(?:(?:het|de|een)\s+)?(?:zogenoemde|zogenaamde|zogeheten|zogenoemd|zogenaamd)|met\s+name(?:\s+(?:de|het))?)\s+/i;

/** How long one word must be to stand alone for a short form in lower case (as in `compoundSpells`). */
const ONE_COMPOUND_MIN_LENGTH = 14;

/**
 * May one word be the long form of `sf`: a long compound for a short form in lower case, whose parts spell it,
 * `(dekkingstoezeggingen, dtz)` (1303)? The spelling is checked where the definition is kept (`keptFor`); a short
 * form in capitals needs two words at least, as a long form in brackets after it (`NAR (Noord-Atlantische Raad)`).
 */
function oneCompoundFor(sf: string, word: string): boolean {
  return LOWER_SHORT_FORM.test(sf) && word.length >= ONE_COMPOUND_MIN_LENGTH;
}

/** The long form of `sf` spanning `inside`, the content of the parentheses after it (offsets in `inside`), or null. */
function longFormInside(sf: string, inside: string): LongForm | null {
  const words = inside.trim().split(/\s+/);
  if (words.length > 14 || (words.length < 2 && !oneCompoundFor(sf, words[0] as string))) return null;
  let lead = inside.length - inside.trimStart().length;
  let body = inside.trim();
  // `(het zogenoemde Global Biodiversity Framework, hierna: GBF)` (194), `(met name de …, hierna: NRPP)` (1720):
  // what introduces the name is no part of it.
  const so = SO_CALLED.exec(body);
  if (so) {
    lead += so[0].length;
    body = body.slice(so[0].length);
  }
  const letters = shortFormLetters(sf);
  const match = matchLongForm(letters, body, 'whole');
  if (!match) return null;
  const start = lead + match.start;
  const end = lead + match.end;
  const expansion = cleanExpansion(inside.slice(start, end));
  return plausible(sf, expansion) ? { start, end, expansion } : null;
}
