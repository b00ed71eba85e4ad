/** Two short forms in one pair of brackets (`BSB/KMar`, `AP V-RTC`), each defined by its own long form before them. */

import { isLetter } from '../../text/chars';
import { capitalsAndLowerCase } from '../known';
import {
  definitionOf,
  type InTextDefinition,
  type IsCandidate,
  type LongForm,
  type ShortForm,
  type SpelledByInitials,
} from './definition';
import { isShortFormShape } from './short-form-shape';
import { longFormBefore, windowBefore } from './long-form-before';
import { kept } from './spelling-checks';

/** Two short forms in one pair of brackets, joined by a slash or a space: `BSB/KMar`, `AP V-RTC`. */
const PAIR_OF_SHORT_FORMS = /^(\S{2,12}?)(?:[ \t]*\/[ \t]*| )(\S{2,12})$/;

/** The most characters a pair of short forms in brackets takes, spaces around a slash included. */
const PAIR_MAX = 28;

/**
 * The two short forms of `(BSB/KMar)` (2523), `(EZK/LNV)`, `(AP V-RTC)` (2462), each a candidate with two
 * capitals, where they start in the text; or null. Such a pair says what the words before name and what they
 * belong to, or names two bodies; `findDefinitions` takes a pair written with a space as one short form first
 * (`SV WoZ`), when the words before spell it whole.
 */
export function pairInside(
  text: string,
  open: number,
  close: number,
  isCandidate: IsCandidate,
): [ShortForm, ShortForm] | null {
  if (close - open - 1 > PAIR_MAX) return null;
  const inside = text.slice(open + 1, close);
  const m = PAIR_OF_SHORT_FORMS.exec(inside);
  if (!m) return null;
  const a = m[1] as string;
  const b = m[2] as string;
  for (const sf of [a, b]) {
    // A letter first: `(MPP 2024-II)` (1024) names an edition, no second short form.
    if (!isLetter(sf.charCodeAt(0)) || !isShortFormShape(sf) || !isCandidate(sf)) return null;
    if (capitalsAndLowerCase(sf)[0] < 2) return null;
  }
  return [
    { sf: a, start: open + 1 },
    { sf: b, start: open + 1 + inside.lastIndexOf(b) },
  ];
}

/** Words that join the names of two short forms written as a pair: `… Beveiligingsopdrachten van Koninklijke Marechaussee`. */
const PAIR_JOINERS = new Set(['van', 'en', 'of', 'voor', 'der', 'de', 'het', 'bij', 'and', 'for']);

/**
 * What the words before a pair of short forms define (see `pairInside`), each by its own long form:
 * - two names parted by a slash, each short form's: `vaste commissie voor Economische Zaken en Klimaat / Landbouw,
 *   Natuur en Voedselkwaliteit (EZK/LNV)`, `Immigratie & Asiel / JBZ-raad (I&A/JBZ)` (1274, whose `JBZ-raad`
 *   spells nothing);
 * - the second short form's long form right before the brackets, and the first's before that and a joiner:
 *   `klokkenluider Brigade Speciale Beveiligingsopdrachten van Koninklijke Marechaussee (BSB/KMar)` (2523), not the
 *   glossary's `Bodemsanering van in gebruik zijnde bedrijfsterreinen`;
 * - else the first short form's long form right before the brackets, the second naming what it belongs to:
 *   `het aangevuld presidium (AP V-RTC)` (2462), not the `Autoriteit Persoonsgegevens`.
 */
export function definePair(
  text: string,
  open: number,
  pair: readonly [ShortForm, ShortForm],
  initialsOnly: SpelledByInitials,
): InTextDefinition[] {
  const [a, b] = pair;
  const window = windowBefore(text, open, `${a.sf}${b.sf}`);
  if (!window) return [];
  const out: InTextDefinition[] = [];
  const add = (short: ShortForm, long: LongForm | null, offset: number) => {
    const def = long ? kept(definitionOf(short, long, offset), initialsOnly) : null;
    if (def) out.push(def);
  };
  const slash = window.text.lastIndexOf('/');
  if (slash >= 0) {
    const right = window.text.slice(slash + 1);
    const from = slash + 1 + (right.length - right.trimStart().length);
    const second = longFormBefore(b.sf, right.trim());
    // The second name may be written with its own short form: `JBZ-raad`.
    const named = right.trim().startsWith(`${b.sf}-`);
    if (!named && (!second || second.start !== 0)) return [];
    add(a, longFormBefore(a.sf, window.text.slice(0, slash).trimEnd()), window.start);
    if (!named) add(b, second, window.start + from);
    return out;
  }
  const second = longFormBefore(b.sf, window.text);
  if (!second) {
    add(a, longFormBefore(a.sf, window.text), window.start);
    return out;
  }
  const words = [...window.text.slice(0, second.start).matchAll(/\S+/g)];
  const joiner = words[words.length - 1];
  if (joiner && PAIR_JOINERS.has(joiner[0].toLowerCase()))
    add(a, longFormBefore(a.sf, window.text.slice(0, joiner.index).trimEnd()), window.start);
  add(b, second, window.start);
  return out;
}
