import { isDigit, isLetter, isLower, isSpace, isUpper, superscriptDigit } from './chars';
import {
  MONTHS,
  endsCapitalHeading,
  endsDateAbbreviation,
  endsWordOrQuote,
  followsLikeMarker,
  followsLikeSentenceEnd,
  isCovid,
  isDocumentYear,
  isMonthAfter,
  isYear,
  letterRunBefore,
  startsEerstekamerHeading,
} from './marker-context';
import { afterSlashList, continuesMarkerList, isNextNote, plausibleLabel } from './marker-lists';

/**
 * Footnote markers glued to the text: page text keeps the note number of a `<sup>` as plain digits right
 * after the word, period or year it belongs to. Each rule below is written from a real case (file names are in
 * `tests/fixtures/letters/letters/`, "NAVO letter" is `tests/fixtures/navo-defensieministers-2022-09-30.txt`).
 *
 * A marker is 1–3 digits without a leading zero (1–2 after a number), and must be followed by the end of the
 * text, white space, or `, ; : ? ! ) ] » ” "` or a sentence-final `.` (never by a digit, `-` or `/`, and by a
 * letter only where the note glues two words, see `gluesTwoWords`).
 *
 * - After a lowercase word: `productsamenstelling1 waarmee` (01), `bijlage1 bij` (02), `afspraken4 tussen` (05),
 *   `toestuur2.` (07), `kabinetsperiode1,` (10), `Holman-Vedder1 die` (11), `krijgsmacht1.` (12), `staat3,` (13),
 *   `politie2?` (14), `MFK-verordening2`. Not after units and formulas written in lowercase (`m2`, `km2`, `co2`)
 *   and never after a capital, so `D66`, `A27`, `CO2`, `G20`, `Q1 2026` (12) stay; not before `.pdf`-like
 *   extensions (`bijlage1.pdf`).
 * - After a sentence period: `uitwerking.1 Alle` (NAVO letter), `havenemplacementen.3 ProRail` (09),
 *   `Kinderopvangtoeslag.5 Het` (07), `ontvangen.2` at a line end (10), `(STRAIIK-D).2` (12), `nemen.1Ik grijp` (13, the next sentence glued). Only when a capital,
 *   a line break or the end follows, and not after abbreviations that take a number (`nr.3`, `art.13`, `p.4`)
 *   or inside abbreviations (`d.d.17`).
 * - After a number and a period: only after a year or a range of years (`2021–2027.3`, `2020–2025.2.` (09)),
 *   or a letter-hyphen-number name (`CAF-11.3 In` (07)). So `2.3`, `14.01 uur` (15), `1.247` stay.
 * - A year after a month name that carries the marker: `10 december 20211` (09) → `10 december 2021` + note 1.
 *   Also a year range glued the same way: `2020–20252`, and a session year with a slash: `2021/20222` (2336).
 *   After another word only the note that follows the one before: `Regeldruk 20082.` after note 1 (297); with
 *   no note before, a low one after a word that makes the number a year, where a clause ends: `in 20182.` (2813).
 * - After `)`, `»` or `”`: `«Alle kinderen kansrijk»1,` (05), `staan»1,` (14), `(STRAIIK-D)2`.
 * - After the `?` or `!` of a word or quote, as after a sentence period: `toelichten?1` (45), `Ter Apel»?1` (67).
 * - After `HERDRUK`, the one capital word with a note (why the paper was reprinted): `Nr. 7 HERDRUK1` (47).
 * - At the end of an all-caps heading line, after its last word: `… COLLEGES VAN STAAT1` (54), also after a
 *   reprint's note in that line (`B HERDRUK1 … EN JUSTITIE2`, 30); after an Eerste Kamer paper's letter at a
 *   line start, before its kind (`H1 BRIEF VAN DE MINISTER`, 71).
 * - After `covid-19`: `maatregelen covid-192 heeft` (71) is `covid-19` + note 2.
 * - After a code of capitals and digits and its period at a paragraph end: `nr. TO3357.5` (71).
 * - A list of markers: `»1,2`, also when a line break split it: `kansrijk»1,\n2 heb ik` (05); after a sentence
 *   period also joined by slashes, `zenden.2/3 Dit` (53).
 * - After `jl.`, `j.l.` or `a.s.` that close a date, also in mid-sentence: `van 3 april jl.5 heb ik` (85).
 * - Superscript digits (`¹²³`) glued to anything but a unit (`m²`, `km³`).
 *
 * Digits not glued to a word (`artikel 13`, `nr. 446`, `Nordstream 1 en 2`, `€ 100`, `1. Inleiding`) are
 * never markers.
 */

/** A marker found in the scanned string: [start, end) are the digits to remove. */
export interface MarkerMatch {
  start: number;
  end: number;
  /** The marker number in ASCII digits. */
  label: string;
}

/** Lowercase letter groups that carry a digit as part of a unit or formula. */
const DIGIT_TOKENS = new Set([
  'm',
  'km',
  'cm',
  'mm',
  'dm',
  'co',
  'no',
  'so',
  'nh',
  'ch',
  'h',
  'covid',
  'mp',
  'pm',
  'doc', // `Doc29`, the ECAC noise model (138)
  'nm', // `12 miljard Nm3 aardgas`, normal cubic metres (973)
]);

/** Abbreviations that a number follows (`nr.3`), so `.N` after them is not a marker. */
const NUMBER_ABBREVIATIONS = new Set([
  'nr',
  'nrs',
  'art',
  'artt',
  'blz',
  'p',
  'pp',
  'pag',
  'par',
  'hfst',
  'hst',
  'bijl',
  'no',
  'vol',
  'sub',
  'lid',
  'fig',
  'tab',
]);

/** Words after which a number is a year: `voorjaar van 2015`, `in 2015`, `sinds 2015`, `het jaar 2000`. */
const YEAR_WORDS = new Set([
  'van',
  'in',
  'sinds',
  'vanaf',
  'na',
  'voor',
  'vóór',
  'medio',
  'begin',
  'eind',
  'per',
  'jaar', // `de dummy-begroting over het jaar 20001.` (680)
]);

/** Does a clause end at `j`: `.`, `,`, `;` or `:` right after, then white space or the text's end? */
function endsClause(s: string, j: number): boolean {
  const c = s.charCodeAt(j);
  if (c !== 0x2e && c !== 0x2c && c !== 0x3b && c !== 0x3a) return false;
  return j + 1 >= s.length || isSpace(s.charCodeAt(j + 1)) || s.charCodeAt(j + 1) === 0x0a;
}

/**
 * Does s[…, dot] end with an abbreviation and its full stop at `dot`: a word of two or more capitals (`KLM`, `NLOG`) with
 * white space or a bracket before it, or `c.s.`?
 */
function endsAbbreviation(s: string, dot: number): boolean {
  if (s.endsWith('c.s', dot)) return dot < 4 || !isLetter(s.charCodeAt(dot - 4));
  let k = dot;
  while (k > 0 && dot - k < 8 && isUpper(s.charCodeAt(k - 1))) k--;
  if (dot - k < 2) return false;
  return (
    k === 0 || isSpace(s.charCodeAt(k - 1)) || s.charCodeAt(k - 1) === 0x0a || s.charCodeAt(k - 1) === 0x28
  );
}

/** The whole digit run s[i, j) as a marker (a module function: no closure per run). */
function wholeRun(s: string, i: number, j: number): MarkerMatch {
  return { start: i, end: j, label: s.slice(i, j) };
}

/**
 * A note glued between two words, its space lost with the superscript: `toegezegd3om` (188), `Waterstaat1heeft` (2032),
 * `Belhaj4en` (2217). A digit between letters is as often part of a name or code (`mp3speler`, a URL's
 * `vmqtf141wdrz&`), so only the note next in the count, or the text's first note `1`, and only before a lowercase word
 * that ends like a word.
 */
function gluesTwoWords(s: string, j: number, label: string, previous: MarkerMatch | null): boolean {
  if (!(previous ? isNextNote(label, previous) : label === '1')) return false;
  let k = j;
  while (k < s.length && isLower(s.charCodeAt(k))) k++;
  return k - j >= 2 && followsLikeMarker(s, k);
}

/**
 * The marker in the digit run s[i, j) (s[i-1] is not a digit, s[j] is not a digit), or null when the digits
 * belong to the text. See the rules above.
 */
export function findMarkerInDigitRun(
  s: string,
  i: number,
  j: number,
  previous: MarkerMatch | null = null,
): MarkerMatch | null {
  if (i === 0) return null;
  const prev = s.charCodeAt(i - 1);
  if (previous && continuesMarkerList(s, i, j, previous)) return wholeRun(s, i, j);

  if (prev === 0x2d && j - i >= 3 && j - i <= 4 && s.startsWith('19', i) && isCovid(s, i - 1)) {
    // The note of the name that ends in a number: `Tijdelijke wet maatregelen covid-192 heeft` (71).
    if (!plausibleLabel(s, i + 2, j, 2) || !followsLikeMarker(s, j)) return null;
    return { start: i + 2, end: j, label: s.slice(i + 2, j) };
  }

  if (isLower(prev)) {
    const word = letterRunBefore(s, i);
    const before = i - word.length - 1;
    if (word.length < 2 || DIGIT_TOKENS.has(word.toLowerCase())) return null;
    if (before >= 0 && isDigit(s.charCodeAt(before))) return null; // `4kw1`: a code, not a word
    if (!plausibleLabel(s, i, j, 3)) return null;
    if (!followsLikeMarker(s, j))
      return gluesTwoWords(s, j, s.slice(i, j), previous) ? wholeRun(s, i, j) : null;
    // `Vastgesteld16 april 2010` (72): a day with its space lost, not a note.
    if (j - i <= 2 && isMonthAfter(s, j)) return null;
    // A text's first note is a low one: `«18aa, eerste lid19, vierde en vijfde lid,»` (1086) lost the comma
    // and space before an article's number. (No letter of the corpus opens its notes above 3.)
    if (!previous && j - i >= 2) return null;
    return wholeRun(s, i, j);
  }

  if (prev === 0x29 || prev === 0xbb || prev === 0x201d) {
    // `)`, `»`, `”`
    if (!plausibleLabel(s, i, j, 3) || !followsLikeMarker(s, j)) return null;
    if (prev === 0x29 && isDocumentYear(s, i - 1)) return null; // `COM(2016)723` (122): an EU document number
    return wholeRun(s, i, j);
  }

  if (prev === 0x2c && previous && i >= 2 && isLower(s.charCodeAt(i - 2))) {
    // `,` after a word: only the note that comes next, `… van de fiscale loonsom brengen,9 waardoor` (383).
    return isNextNote(s.slice(i, j), previous) && followsLikeMarker(s, j) ? wholeRun(s, i, j) : null;
  }

  if (
    prev === 0x3b &&
    i >= 2 &&
    endsWordOrQuote(s.charCodeAt(i - 2)) &&
    (j === s.length || s.charCodeAt(j) === 0x0a)
  ) {
    // `;` ending an item of a list, the item's note at the line's end: `… (SP);1`, `Systeemanalyse kansspelen;2`
    // (468). The letter's first note, or the next in the count.
    const label = s.slice(i, j);
    return (previous ? isNextNote(label, previous) : label === '1') ? wholeRun(s, i, j) : null;
  }

  if ((prev === 0x3f || prev === 0x21) && i >= 2 && endsWordOrQuote(s.charCodeAt(i - 2))) {
    // `?`, `!` after a word or a quote: a question that ends in its note, `Kunt u uw antwoord
    // toelichten?1` (45), `Kent u het bericht «Rode Kruis trekt handen af van Ter Apel»?1` (67).
    if (!plausibleLabel(s, i, j, 3) || !followsLikeSentenceEnd(s, j)) return null;
    return wholeRun(s, i, j);
  }

  if (isUpper(prev) && letterRunBefore(s, i) === 'HERDRUK') {
    // The one capital word with a note: a reprint says why, `Nr. 7 HERDRUK1` (47), `B HERDRUK1 VOORLOPIG VERSLAG` (30).
    if (!plausibleLabel(s, i, j, 2) || !followsLikeMarker(s, j)) return null;
    return wholeRun(s, i, j);
  }

  if (isUpper(prev) && startsEerstekamerHeading(s, i, j)) {
    // The note of an Eerste Kamer paper's letter, before its kind: `H1 BRIEF VAN DE MINISTER` (71).
    return plausibleLabel(s, i, j, 2) ? wholeRun(s, i, j) : null;
  }

  if (isUpper(prev) && endsCapitalHeading(s, i, j)) {
    // The note of an all-caps heading, at its end: `… COLLEGES VAN STAAT1` (54), `… EN JUSTITIE2` (30).
    return plausibleLabel(s, i, j, 2) ? wholeRun(s, i, j) : null;
  }

  if (prev === 0x2e && i >= 2) {
    const b = s.charCodeAt(i - 2);
    if (isLower(b) && endsDateAbbreviation(s, i - 1)) {
      // A date ends in `jl.` or `a.s.` and its note follows in mid-sentence: `van 3 april jl.5 heb ik` (85).
      if (!plausibleLabel(s, i, j, 2) || !followsLikeMarker(s, j)) return null;
      return wholeRun(s, i, j);
    }
    // After an abbreviation's full stop at a sentence's end, only the note that comes next: `… van de staatsagent bij
    // KLM.3 De leden` (1796), `… gepubliceerd op de site van NLOG.4` (973), `… uitvoering van de motie-Schalk c.s.3`
    // (729). A capital's or a lone letter's full stop is as often a name's or a list's (`Bijlage B.2`, `art. 3.4`).
    if ((isUpper(b) || isLower(b)) && isNextNote(s.slice(i, j), previous) && endsAbbreviation(s, i - 1))
      return followsLikeSentenceEnd(s, j) ? wholeRun(s, i, j) : null;
    if (isLower(b)) {
      const word = letterRunBefore(s, i - 1);
      const before = i - 1 - word.length - 1;
      if (word.length < 2 || NUMBER_ABBREVIATIONS.has(word.toLowerCase())) return null;
      if (before >= 0 && s.charCodeAt(before) === 0x2e) return null; // inside `d.d.`, `o.a.`
      if (!plausibleLabel(s, i, j, 3) || !followsLikeSentenceEnd(s, afterSlashList(s, i, j))) return null;
      return wholeRun(s, i, j);
    }
    if (b === 0x29 || b === 0xbb || b === 0x201d) {
      if (!plausibleLabel(s, i, j, 3) || !followsLikeSentenceEnd(s, j)) return null;
      return wholeRun(s, i, j);
    }
    if (isDigit(b)) {
      let k = i - 2;
      while (k > 0 && i - 1 - k < 8 && isDigit(s.charCodeAt(k - 1))) k--;
      const lead = k > 0 ? s.charCodeAt(k - 1) : 0x20;
      const year = isYear(s, k, i - 1) && lead !== 0x2e && lead !== 0x2c;
      const named = lead === 0x2d && k >= 2 && isLetter(s.charCodeAt(k - 2)); // CAF-11, F-35
      if (!year && !named) {
        // A registration code in capitals and digits ending the paragraph: `geregistreerd onder nr. TO3357.5` (71).
        const code = isUpper(lead) && k >= 2 && isUpper(s.charCodeAt(k - 2)) && i - 1 - k >= 3;
        const atLineEnd = j >= s.length || s.charCodeAt(j) === 0x0a;
        return code && atLineEnd && plausibleLabel(s, i, j, 2) ? wholeRun(s, i, j) : null;
      }
      if (!plausibleLabel(s, i, j, 2) || !followsLikeSentenceEnd(s, j)) return null;
      return wholeRun(s, i, j);
    }
    return null;
  }

  const len = j - i;
  if (len >= 5 && len <= 7 && isYear(s, i, i + 4) && plausibleLabel(s, i + 4, j, 3)) {
    if (!followsLikeMarker(s, j)) return null;
    if ((prev === 0x20 || prev === 0x0a) && i >= 2) {
      // `10 december 20211`: the word before the space (or hard line break) is a month (`dec. 20211` too).
      let e = i - 1;
      if (s.charCodeAt(e - 1) === 0x2e) e--;
      const word = letterRunBefore(s, e);
      const label = s.slice(i + 4, j);
      // `Belevingsmonitor Regeldruk 20082.` (297): after another word, only the note that comes next; or, with no
      // note found before, a low one (a text opens its notes at 1, or at 2 or 3 where an earlier marker stood
      // apart, `in bijlage 21.`) after a word that makes the number a year, where a clause ends: `in het
      // voorjaar van 20151.` (633), `het HSL-aanbod in 20182.` (2813), `over het jaar 20001.` (680).
      return MONTHS.has(word.toLowerCase()) ||
        isNextNote(label, previous) ||
        (previous === null &&
          label.length === 1 &&
          label <= '3' &&
          YEAR_WORDS.has(word.toLowerCase()) &&
          endsClause(s, j))
        ? { start: i + 4, end: j, label }
        : null;
    }
    if ((prev === 0x2013 || prev === 0x2d || prev === 0x2f) && i >= 5) {
      // `2020–20252`: the second year of a range, not earlier than the first. Not in the glued metadata row of
      // an Aanhangsel page, where the range follows the chamber's name and the number follows the range:
      // `Tweede Kamer der Staten-Generaal2017-2018768` (505).
      if (i >= 6 && (isDigit(s.charCodeAt(i - 6)) || isLetter(s.charCodeAt(i - 6)))) return null;
      if (!isYear(s, i - 5, i - 1)) return null;
      const from = Number(s.slice(i - 5, i - 1));
      const to = Number(s.slice(i, i + 4));
      // With a slash only a session or budget year, the next year: `het begrotingsjaar 2021/20222` (2336). An EU
      // act's number is no year after its own: `Verordening (EU) 2017/19393` (2484) stays.
      if (prev === 0x2f ? to !== from + 1 : to < from) return null;
      return { start: i + 4, end: j, label: s.slice(i + 4, j) };
    }
  }
  return null;
}

/** Units that take a superscript power (`m²`), so the superscript is not a note. */
const POWER_UNITS = new Set(['m', 'km', 'cm', 'mm', 'dm']);

/** The superscript digit run s[i, j) as a marker, or null (`m²`, or not glued to anything). */
export function findMarkerInSuperscriptRun(s: string, i: number, j: number): MarkerMatch | null {
  if (i === 0) return null;
  const prev = s.charCodeAt(i - 1);
  if (isSpace(prev) || prev === 0x0a) return null;
  if (POWER_UNITS.has(letterRunBefore(s, i))) return null;
  let label = '';
  for (let k = i; k < j; k++) label += String(superscriptDigit(s.charCodeAt(k)));
  return { start: i, end: j, label };
}
