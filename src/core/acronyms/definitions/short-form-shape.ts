/**
 * The shape of a short form: letters and digits, joined by `&` or hyphens (`isShortFormShape`), without a plural or
 * possessive ending, or two such parts with a space (`SV WoZ`). Shared by every reader of a short form.
 */

import { capitalsAndLowerCase } from '../known';
import { isAsciiAlnum } from './words';

const POSSESSIVE = /['’](?:s|en|ers|er)$/;
const SHORT_FORM = /^[\p{L}\p{N}](?:[\p{L}\p{N}&]|-(?=[\p{L}\p{N}]))*$/u;

/**
 * Two parts of two to six letters with a space between: `SV WoZ` (219), `BDU CJG` (227); an ampersand may join
 * the letters of a part, `Geïntegreerde Aanwijzing Inlichtingen en Veiligheid (GA I&V)` (2526).
 */
const SPACED_SHORT_FORM = /^([A-Z][A-Za-z&]{1,5}) ([A-Z][A-Za-z&]{1,5})$/;

/** A short form written as two (`SV WoZ`, `BDU CJG`): each part has two capitals and no more lower case. */
export function isSpacedShortForm(sf: string): boolean {
  const m = SPACED_SHORT_FORM.exec(sf);
  return (
    m !== null &&
    hasTwoCapitals(m[1] as string) &&
    hasTwoCapitals(m[2] as string) &&
    !ROMAN_EDITION.test(m[2] as string)
  );
}

export function hasTwoCapitals(part: string): boolean {
  const [caps, lower] = capitalsAndLowerCase(part);
  return caps >= 2 && lower <= caps;
}

/** The roman numeral of an edition, second to tenth (a lone `I` names no later edition). */
export const ROMAN = String.raw`I{2,3}|IV|VI{0,3}|IX|X`;
export const ROMAN_EDITION = new RegExp(`^(?:${ROMAN})$`);

/** `s` without a plural or possessive ending (POSSESSIVE); the pattern only runs when `s` holds an apostrophe. */
export function withoutPossessive(s: string): string {
  return s.includes("'") || s.includes('’') ? s.replace(POSSESSIVE, '') : s;
}

/**
 * `SHORT_FORM.test(sf)`, by character codes when `sf` is plain ASCII, where `\p{L}\p{N}` is exactly
 * A-Z, a-z and 0-9: a letter or digit first, then letters, digits, `&`, and hyphens each followed by a
 * letter or digit. A non-ASCII character sends it to the pattern; an ASCII character the pattern
 * refuses is refused at once, whatever follows.
 */
export function isShortFormShape(sf: string): boolean {
  if (!sf) return false;
  for (let i = 0; i < sf.length; i++) {
    const c = sf.charCodeAt(i);
    if (c >= 128) return SHORT_FORM.test(sf);
    if (isAsciiAlnum(c)) continue;
    if (i === 0) return false; // a letter or digit first
    if (c === 38) continue; // &
    if (c !== 45) return false; // only a hyphen remains, and only before a letter or digit
    const next = sf.charCodeAt(i + 1); // NaN past the end: refused below
    if (next >= 128) return SHORT_FORM.test(sf);
    if (!isAsciiAlnum(next)) return false;
  }
  return true;
}
