import { isDigit, isUpper } from '../text/chars';
import { isDutchMonth } from '../text/dutch-months';
import { FORMAL_SUBJECT, endsClause } from './label-chars';
import { isDay, wordEnd } from './tidy-words';

/**
 * Where a label cut at its start starts readably: not inside a name, a number with its unit, a date or a fixed phrase.
 */

/** Lower-case words inside a name (`Van der Staaij`, `Raad van State`), between capitalised words. */
const NAME_PARTICLES = new Set(['van', 'der', 'den', 'de', 'het', "'t", 'ter', 'ten', 'voor', 'en']);

/**
 * Where a left part cut at `from` (a word start in `s`) should start instead, so that it does not misread:
 * - not after a `)` whose `(` was cut off: `…Zaken en Koninkrijksrelaties), mede namens …` (13) starts
 *   at `mede`; a `)` inside a word (`(lucht)havens`) takes its word with it;
 * - not at an `en` or `of` that joins a name to the one before it: `In reactie op de ontwikkelingen in
 *   Rusland en Oekraïne heeft de Noord-Atlantische Raad (NAR) …` (NAVO letter) gave `…en Oekraïne heeft
 *   de …`, which makes Oekraïne the subject. The name after it goes too (capitalised words, the particles
 *   between them, a bracket after it): `…heeft de Noord-Atlantische Raad (NAR) …`.
 * - not inside a number or a date the cut split: `…819 Invoering van een verhuurderheffing` (1505, of `33 819`),
 *   `…2023 haar leden gelegenheid gegeven` (153, of `17 juli 2023`), `…095, nr. 539 van de leden` (1487, of
 *   `35 095, nr. 539`) start after them (see `pastNumberCut`).
 * Returns `from` when the start reads well, else the start of a later word (or `s.length`).
 */
export function readableStart(s: string, from: number): number {
  // A number or date may follow the words skipped too: `…en Energieverkenning 2020 het doel` (2795) starts at `het`.
  return pastNumberCut(s, readableStartOfWords(s, from));
}

/**
 * The start after the rest of a number or date whose first part was cut off before `from`: a word that begins
 * with a digit after a word that ends with one (a grouped number, `33 819`) or after a month name (the year of
 * `17 juli 2023`); a dossier's paper number after it goes too (`35 095, nr. 539`). A date whose day or preposition was
 * cut off goes whole, another date than the entry's, which the part would read as its own: a month with its year
 * (`…april 2017 inzake het verslag`, 805, of `26 april 2017`; `…november 2024 een onderzoek afgerond`, 1446, of `in
 * november 2024`), a year (`…2016 geleidelijk wordt verhoogd`, 2072, of `vanaf 2016`), a whole date (`…18 oktober 2018
 * heb ik uw Kamer toegezegd`, 1175, of `Op 18 oktober 2018`). So does a formal subject marker after it (see
 * `pastSubject`): `…het verslag van de informele Raad voor Concurrentievermogen`, the label of the Raad's day, read as
 * if the letter of 26 april were the date; `…21 januari 2011 inzake de geannoteerde agenda van de Raad Buitenlandse
 * Zaken` (1207, the label of the Raad's 31 januari) starts at `de geannoteerde agenda`. Else `from`.
 */
function pastNumberCut(s: string, from: number): number {
  if (from < 2 || from >= s.length) return from;
  const end = wordEnd(s, from);
  const previous = s.slice(s.lastIndexOf(' ', from - 2) + 1, from - 1);
  // A month, its day cut off or its preposition: `…april 2017 inzake` (805), `…november 2024 een onderzoek afgerond`
  // (1446, of `in november 2024`).
  if (isDutchMonth(s.slice(from, end))) return pastSubject(s, pastYear(s, Math.min(s.length, end + 1)));
  // The `jl.` or `a.s.` of a date whose month was cut off: `In reactie op uw brief van 19 september jl. en onder
  // verwijzing naar mijn brief …` (358) gave `…jl. en onder verwijzing naar mijn brief bericht ik u`.
  if (DATE_TAIL_WORD.test(s.slice(from, end)) && (isDutchMonth(previous) || YEAR_WORD.test(previous)))
    return pastSubject(s, Math.min(s.length, end + 1));
  if (!isDigit(s.charCodeAt(from)))
    return s.startsWith('d.d. ', from) ? pastLetterDate(s, from, end + 1) : from;
  if (isDutchMonth(previous)) return pastSubject(s, Math.min(s.length, end + 1));
  if (!isDigit(s.charCodeAt(from - 2))) {
    // A year whose preposition or name was cut off: `…2016 geleidelijk wordt verhoogd` (2072, of `vanaf 2016`).
    if (YEAR_WORD.test(s.slice(from, end))) return pastSubject(s, Math.min(s.length, end + 1));
    return pastLetterDate(s, from, from);
  }
  if (s.charCodeAt(end - 1) === 0x2c && s.startsWith('nr. ', end + 1) && isDigit(s.charCodeAt(end + 5))) {
    return Math.min(s.length, wordEnd(s, end + 5) + 1);
  }
  return Math.min(s.length, end + 1);
}

/** After a year (`2017`, `2017,`) or `jl.` that starts at `at` (a word start), else `at`. */
function pastYear(s: string, at: number): number {
  const end = wordEnd(s, at);
  return YEAR_OR_JL.test(s.slice(at, end)) ? Math.min(s.length, end + 1) : at;
}

const YEAR_OR_JL = /^(?:\d{4},?|jl\.?|j\.l\.|jongstleden)$/;

/** `jl.` or `a.s.` after a date, as a word. */
const DATE_TAIL_WORD = /^(?:jl\.?|j\.l\.|jongstleden|a\.s\.|aanstaande)$/;

/**
 * After a word that marks a letter's subject (`inzake`, `houdende`, `ter aanbieding van`, …) that starts at `at`, else
 * `at`. Not `over` or `met`, which are prepositions too: `…over de gewelddadigheden in Amsterdam is toegezegd` (1054,
 * of a debate `van 7 en 8 november 2024`) would lose what the debate was about.
 */
function pastSubject(s: string, at: number): number {
  const marker = FORMAL_SUBJECT.exec(s.slice(at, at + SUBJECT_MARKER_REACH));
  if (marker) return at + marker[0].length;
  // Nor at the `en` or `of` that joined the date to what follows: `…mijn brief aan uw Kamer over het juridisch kader`
  // (1413), not `…en mijn brief`, of `in … 2012 en mijn brief`.
  const conjunction = CONJUNCTION_WORD.exec(s.slice(at, at + 3));
  return conjunction ? at + conjunction[0].length : at;
}

const CONJUNCTION_WORD = /^(?:en|of)(?: |$)/;

/** The longest marker (`met betrekking tot`) and a space. */
const SUBJECT_MARKER_REACH = 24;

/**
 * A year, or a span of years, as a word: `2016`, `2008–2013`. Not one a comma follows, which ends a name's year more
 * often than a date's: `…1997, brief van de staatssecretaris` (2161, of `rapportage wapenexportbeleid 1997`).
 */
const YEAR_WORD = /^(?:1[89]|20)\d\d(?:[–-](?:(?:1[89]|20)\d\d|\d\d))?$/;

/**
 * After a whole date at `at` (a day and a month, a year if any) and the subject marker after it, where `from` (the
 * part's start, `at` or a `d.d.` before it) starts a date: a letter's with its subject (`…21 januari 2011 inzake de
 * geannoteerde agenda`, 1207), or one whose preposition was cut off (`…18 oktober 2018 heb ik uw Kamer toegezegd`,
 * 1175, of `Op 18 oktober 2018`); else `from`.
 */
function pastLetterDate(s: string, from: number, at: number): number {
  const dayEnd = wordEnd(s, at);
  if (!isDay(s.slice(at, dayEnd)) || dayEnd >= s.length) return from;
  const monthEnd = wordEnd(s, dayEnd + 1);
  if (!isDutchMonth(s.slice(dayEnd + 1, monthEnd))) return from;
  return pastSubject(s, pastYear(s, Math.min(s.length, monthEnd + 1)));
}

function readableStartOfWords(s: string, from: number): number {
  let at = pastUnmatchedClose(s, from);
  const end = wordEnd(s, at);
  const first = s.slice(at, end);
  if ((first === 'en' || first === 'of') && end < s.length && isUpper(s.charCodeAt(end + 1))) {
    // The name after it: capitalised words, particles followed by one, and a bracket group.
    let k = end + 1;
    while (k < s.length) {
      const e = wordEnd(s, k);
      const c = s.charCodeAt(k);
      const word = s.slice(k, e);
      const next = e + 1 < s.length ? s.charCodeAt(e + 1) : 0;
      if (isUpper(c) || c === 0x28 || (NAME_PARTICLES.has(word) && isUpper(next))) {
        k = e + 1;
        // A word that ends the name's clause (`Sport),`) ends the name.
        if (endsClause(word)) break;
      } else break;
    }
    // A name that ends inside a group in brackets, at its clause mark, leaves the group's `)` after it: `…en Saba
    // (hierna: BES-eilanden) dat` (2463) started at `BES-eilanden)`.
    at = pastUnmatchedClose(s, Math.min(k, s.length));
  }
  return at === from ? pastCutPhrase(s, from) : at;
}

/** The start of the word after the last `)` without its `(` in s[from, …), or `from` when there is none. */
function pastUnmatchedClose(s: string, from: number): number {
  let depth = 0;
  let unmatched = -1;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29) {
      if (depth > 0) depth--;
      else unmatched = i;
    }
  }
  if (unmatched < 0) return from;
  const space = s.indexOf(' ', unmatched);
  return space < 0 ? s.length : space + 1;
}

/**
 * Prepositions of several words (the test reference reads this list too). A left part that starts inside one reads as
 * if its last words began the phrase: `…aanleiding van mijn deelname aan de Ministeriële Raad van de OVSE in Vilnius`
 * (743, of `Naar aanleiding van`), `…kader van de organisatieontwikkeling` (2700, of `In het kader van`), `…van de
 * antwoorden` (1114).
 */
export const CUT_PHRASE_LIST: readonly string[] = [
  'naar aanleiding van',
  'in antwoord op',
  'in aansluiting op',
  'in verband met',
  'in het kader van',
  'in navolging van',
  'in vervolg op',
  'in reactie op',
  'als reactie op',
  'ten behoeve van',
  'ter voorbereiding op',
  'ter voorbereiding van',
];
/** CUT_PHRASE_LIST cut after each of a phrase's words but the last: the words before the cut (`head`), those after it (`tail`). */
const CUT_PHRASES: readonly { head: string; tail: string }[] = CUT_PHRASE_LIST.flatMap((phrase) => {
  const words = phrase.split(' ');
  return words.slice(1).map((_, k) => ({
    head: words.slice(0, k + 1).join(' '),
    tail: words.slice(k + 1).join(' '),
  }));
});

/**
 * After the rest of a preposition of several words (see `CUT_PHRASES`) whose first words were cut off before `from`
 * (a word start in `s`), else `from`. The whole phrase does not fit where it was cut: the window stopped at its first
 * word, so the part starts after it, the room it frees going to the words after the date.
 */
function pastCutPhrase(s: string, from: number): number {
  if (from < 2) return from;
  for (const { head, tail } of CUT_PHRASES) {
    const tailEnd = from + tail.length;
    if (!s.startsWith(tail, from) || (tailEnd < s.length && s.charCodeAt(tailEnd) !== 0x20)) continue;
    const headStart = from - 1 - head.length;
    if (headStart < 0 || (headStart > 0 && s.charCodeAt(headStart - 1) !== 0x20)) continue;
    if (s.slice(headStart, from - 1).toLowerCase() === head) return Math.min(s.length, tailEnd + 1);
  }
  return from;
}
