import { NUMBER_PREFIXES, NUMBER_SUFFIXES, YEAR_CUES } from './lexicon';
import { yearPlacer, yearToMonthPlacer } from './raw';
import { GAP_LINE, GAP_PARA, NONE, NUM, WORD } from './tokens';
import { approximateAfterCue, followedByNumber, inCitationOrNumber, inTitle } from './citation-checks';
import { IN_PLAATS_VAN, MET_INGANG_VAN } from './grammar-words';
import { type Match, NO_DATES, rawDate } from './rule-match';
import { isPlausibleBareYear, MIN_YEAR, type TokenReader, type YearHit } from './token-reader';

/**
 * The rules for years and periods of years: `in 2014`, `2014 en 2015`, `2017–2020`, `2021/22`, `2025 tot en met
 * juni 2028`, and the cues a bare year needs to be a date.
 */

const PERCENT = 37; // %

/** Years and year ranges: `in 2014`, `2014 en 2015`, `2017–2020`, `2021/22`, `vergaderjaar 2024–2025`. */
export function yearExpression(t: TokenReader, i: number): Match | null {
  const y1 = t.yearAt(i, false);
  if (!y1) return null;
  // A range: `2017–2020`, `2020-2021`, `2021/22`, `2017 t/m 2020`, `2017 tot 2020`.
  let y2: YearHit | null = null;
  const slash = t.punct(i + 1, '/') && t.glued(i + 1) && t.glued(i + 2) ? i + 2 : -1;
  // `richtlijn 2004/83/EG` (546), `2013/32/EU`: the number of an EU act, no years.
  if (slash >= 0 && t.kind(slash) === NUM && t.punct(slash + 1, '/') && t.glued(slash + 1)) {
    return { next: slash + 1, dates: NO_DATES };
  }
  // `vanaf 2026 à 2027` (29): `à` between two years gives the span they name, as a dash does.
  const rc =
    slash >= 0
      ? slash
      : t.kind(i + 1) === WORD && t.fullLower(i + 1) === 'à'
        ? i + 2
        : t.rangeConnector(i + 1, i);
  if (rc >= 0) {
    y2 = t.yearAt(rc, true);
    const shortForm = slash >= 0 || (t.isDash(i + 1) && t.glued(rc));
    if (!y2 && shortForm && t.kind(rc) === NUM && t.length(rc) === 2 && t.kind(rc + 1) !== NUM) {
      const year = Math.floor(y1.year / 100) * 100 + t.value(rc);
      y2 = { year, next: rc + 1, end: t.end(rc) };
    }
    if (y2 && (y2.year <= y1.year || y2.year - y1.year > 100)) y2 = null;
    // `voor de periode 2025 tot en met juni 2028` (2767), `tussen 2007 en december 2010` (1313): a period from a
    // year to a later year's month.
    const toMonth = !y2 && slash < 0 ? yearToMonthEnd(t, rc, y1.year) : null;
    if (toMonth) {
      if (inCitationOrNumber(t, i) || inTitle(t, i)) return { next: toMonth.next, dates: NO_DATES };
      t.acceptedYears.add(i);
      const place = yearToMonthPlacer(toMonth.year - y1.year, toMonth.month);
      const raw = rawDate(t.start(i), toMonth.end, { kind: 'explicit', year: y1.year }, place);
      return { next: toMonth.next, dates: [raw] };
    }
    // `richtlijn voor leghennen (1999/74)` (1964): a year, a slash and a number that goes on from no year is the
    // number of an act, as `2004/83/EG` is.
    if (!y2 && slash >= 0 && t.kind(slash) === NUM) return { next: slash + 1, dates: NO_DATES };
  }
  const next = y2 ? y2.next : y1.next;
  // A table's heading stands on a line of its own: the number on the line before is no part of it.
  if (!y2 && isPlausibleBareYear(y1.year) && yearOfTable(t, i, y1.year)) {
    t.acceptedYears.add(i);
    return {
      next,
      dates: [rawDate(t.start(i), y1.end, { kind: 'explicit', year: y1.year }, yearPlacer(null))],
    };
  }
  if (inCitationOrNumber(t, i) || (y2 && followedByNumber(t, next))) return { next, dates: NO_DATES };
  if (inTitle(t, i)) return { next, dates: NO_DATES };
  const nx = t.kind(next);
  if (nx === WORD && NUMBER_SUFFIXES.has(t.lower(next))) return { next, dates: NO_DATES };
  if (t.punctCode(next) === PERCENT) return { next, dates: NO_DATES };
  // `steeg van 1950 naar 2100`: a change of amount, not years, the number after `naar` neither. After `in` the
  // number is a year, and `naar` leads to an amount of the next: `dalend van 39,7 Mton in 2006 naar 39,0 Mton in
  // 2007` (1140).
  if (t.word(next, 'naar') && t.kind(next + 1) === NUM && !t.word(t.previousSignificant(i), 'in')) {
    return { next: next + 2, dates: NO_DATES };
  }
  // `de 2015-1 meting`, `(2014-1: 57%)` (210): a year and one digit make the name of a wave or edition.
  if (!y2 && t.isDash(next) && t.glued(next) && t.kind(next + 1) === NUM && t.glued(next + 1)) {
    if (t.length(next + 1) === 1) return { next: next + 2, dates: NO_DATES };
  }
  if (y2) {
    t.acceptedYears.add(i);
    const raw = rawDate(
      t.start(i),
      y2.end,
      { kind: 'explicit', year: y1.year },
      yearPlacer(y2.year - y1.year),
    );
    return { next, dates: [raw] };
  }
  if (
    !(isPlausibleBareYear(y1.year) || oldYearAfterCue(t, i, y1.year)) ||
    !(bareYearCue(t, i) || yearAsDate(t, next))
  ) {
    return null;
  }
  t.acceptedYears.add(i);
  return {
    next,
    dates: [rawDate(t.start(i), y1.end, { kind: 'explicit', year: y1.year }, yearPlacer(null))],
  };
}

/** A month and its year at `i`, later than `fromYear` (within a hundred years): the end of a period from a year. */
function yearToMonthEnd(
  t: TokenReader,
  i: number,
  fromYear: number,
): { month: number; year: number; end: number; next: number } | null {
  const m = t.monthAt(i, false);
  if (!m) return null;
  const y = t.yearAt(m.next, true);
  if (!y || y.year <= fromYear || y.year - fromYear > 100) return null;
  return { month: m.month, year: y.year, end: y.end, next: y.next };
}

/**
 * A year of the 1800s after `sinds`, `sedert`, `in` or `van`: `Al sinds 1889 wordt er in Nederland zout gewonnen`
 * (1614), `Napoleon Bonaparte stelde per decreet in 1811 al de indeling in arrondissementen vast` (2362), `De
 * Grondwet van 1848 kwam tot stand` (2460). Elsewhere such a number is rather a count (`1850 woningen`), so bare years
 * start at 1900; after `in` and `van` too when a plural follows, which may be the count's noun (`in 1850 gevallen`,
 * `een tekort van 1850 plaatsen`, `van 1850 huishoudens`).
 */
function oldYearAfterCue(t: TokenReader, i: number, year: number): boolean {
  if (year < MIN_YEAR || t.kind(i - 1) !== WORD) return false;
  const cue = t.lower(i - 1);
  if (cue === 'sinds' || cue === 'sedert') return true;
  if (cue !== 'in' && cue !== 'van') return false;
  if (t.kind(i + 1) !== WORD || t.capitalized(i + 1)) return true;
  const after = t.fullLower(i + 1);
  return !after.endsWith('en') && !after.endsWith('s');
}

/** A bare year needs a time word before it, or continues a list of accepted years. */
function bareYearCue(t: TokenReader, i: number): boolean {
  const p = t.previousSignificant(i);
  const kind = t.kind(p);
  if (kind === NONE) return false;
  if (kind === WORD && (YEAR_CUES.has(t.lower(p)) || namesAYear(t, p))) return true;
  if (kind === WORD && approximateAfterCue(t, p)) return true;
  // `de Kamer m.i.v. 1997 elk half jaar … te informeren` (1441): `met ingang van`, whose `van` is a year cue.
  if (t.afterDottedAbbreviation(i, MET_INGANG_VAN) || t.afterDottedAbbreviation(i, IN_PLAATS_VAN))
    return true;
  if ((t.word(p, 'en') || t.word(p, 'of')) && t.acceptedYears.has(p - 1)) return true;
  // `is in 2010 gelijk aan 2009` (691): a year set beside an accepted one is a year too.
  if (t.fullLower(p) === 'aan' && t.fullLower(p - 1) === 'gelijk' && t.acceptedYears.has(p - 2)) return true;
  if (t.punct(p, ',') && t.acceptedYears.has(p - 1)) return true;
  if (t.tm(p - 2) === p + 1 && t.acceptedYears.has(p - 3)) return true;
  // `zich reeds jaren geleden (respectievelijk 2005 en 2000) in referenda uitgesproken` (2110): years in brackets
  // after `respectievelijk`, when nothing but more years stands before the closing bracket (amounts name a unit).
  if (t.word(i - 1, 'respectievelijk') && t.punct(i - 2, '(') && yearsCloseBracket(t, i)) return true;
  // `onderzoek (2019)`: a parenthesised year after a lowercase word.
  if (t.punct(i - 1, '(') && kind === WORD) {
    return !t.capitalized(p) && !NUMBER_PREFIXES.has(t.lower(p));
  }
  return false;
}

/**
 * Is the word at `p` a compound of `jaar` that names the year after it: `voor toeslagjaar 2012 geen recht meer
 * hebben` (1651), `vaccinatiegraad voor verslagjaar 2024` (215), `het verkiezingsjaar 2002`. Read from the text:
 * compounds are not in the vocabulary. Not `vergaderjaar` or `zittingsjaar`, the session of a citation: `(vergaderjaar
 * 1996, 24 054, nr. 27)` (494).
 */
function namesAYear(t: TokenReader, p: number): boolean {
  if (t.length(p) <= 4) return false;
  const word = t.fullLower(p);
  return word.endsWith('jaar') && word !== 'vergaderjaar' && word !== 'zittingsjaar';
}

/**
 * Does `als` and a noun of a date or year follow a bare year at `next`? It then serves as one: `In plaats van de
 * eerder gecommuniceerde 2028 als realisatiedatum` (113), as `2020 als basisjaar` would.
 */
function yearAsDate(t: TokenReader, next: number): boolean {
  if (t.kind(next) !== WORD || t.fullLower(next) !== 'als' || t.kind(next + 1) !== WORD) return false;
  const noun = t.fullLower(next + 1);
  return noun.endsWith('datum') || noun.endsWith('jaar') || noun.endsWith('jaartal');
}

/**
 * Is the year at `i` a table's heading: alone on its line, with the year before or after it alone on a line of its
 * own close by? `In onderstaand overzicht zijn de verplichtingen … opgenomen. Infrastructuurfonds in cijfers` and
 * then the lines `2010` and `2011` (792); `Jaar`, `Bedragen (in €)` and then `2013`, `1.553 mln.`, `2014`, …
 * (568). One number alone on a line may be a count, but consecutive ones are the years of the table's columns or
 * rows.
 */
function yearOfTable(t: TokenReader, i: number, year: number): boolean {
  if (!aloneOnLine(t, i)) return false;
  for (let k = Math.max(0, i - TABLE_REACH); k <= i + TABLE_REACH && k < t.count; k++) {
    if (k === i || t.kind(k) !== NUM || t.length(k) !== 4) continue;
    const other = t.value(k);
    if ((other === year - 1 || other === year + 1) && aloneOnLine(t, k)) return true;
  }
  return false;
}

/** Tokens between neighbouring years of a table: three lines of amounts such as `39.350` (373). */
const TABLE_REACH = 12;

/** Does token `i` stand alone on its line? */
function aloneOnLine(t: TokenReader, i: number): boolean {
  const before = t.gaps[i];
  const after = t.gaps[i + 1];
  return (
    (i === 0 || before === GAP_LINE || before === GAP_PARA) &&
    (i + 1 >= t.count || after === GAP_LINE || after === GAP_PARA)
  );
}

/** Do four-digit numbers joined by `,` or `en` run from `i` to a closing bracket? */
function yearsCloseBracket(t: TokenReader, i: number): boolean {
  for (let j = i; j < i + 12; j++) {
    if (t.kind(j) !== NUM || t.length(j) !== 4) return false;
    j++;
    if (t.punct(j, ')')) return true;
    if (!t.punct(j, ',') && !t.word(j, 'en')) return false;
  }
  return false;
}
