import { daysInMonth } from './calendar';
import { DONE_PARTICIPLES, ISSUED_PAPERS, MEETINGS, PARTS, SENDER_BREAKS, WEEKDAYS } from './lexicon';
import { dayPlacer, type RawDate, type YearSpec } from './raw';
import { GAP_LINE, GAP_NONE, GAP_PARA, NUM, PUNCT, WORD } from './tokens';
import { habitualClause, inObservedClause, isPastFiniteVerb, perfectClauseBefore } from './clause-checks';
import { DE_DATO, RELATIVE_PREFIXES } from './grammar-words';
import { type Match, MAX_PERIOD_YEARS, NO_DATES, rawDate } from './rule-match';
import { charCodes, MAX_YEAR, MIN_YEAR, PERIOD, type TokenReader } from './token-reader';
import { defaultYear, PAST, relativeSuffix, SENT } from './year-of-date';

/**
 * The rules for day dates: `30 september 2022`, lists and ranges of days (`12 en 13 oktober`, `28 juni tot en
 * met 2 juli 2022`), numeric dates (`15-10-2022`), and the year of a day written without one.
 */

/** Separators of a numeric date: `15-10-2022`, `15/10/2022`, `15.10.2022`. */
const NUMERIC_SEPARATORS = charCodes(['-', '/', '.']);

const HYPHEN = 45; // -

/** Endings of an ordinal day glued to its number: `2de`, `1ste`, `3e`. */
const ORDINAL_ENDINGS = new Set(['e', 'de', 'ste']);

/** How many days `13/18 december` may span at most: a conference, a week of votes; not `1/30`. */
const MAX_SLASHED_SPAN = 14;

/** How far `reportedBefore` looks back on a day's line for the paper that reports it, in tokens. */
const PAPER_LINE_REACH = 40;

/** How many tokens a paper's sender may run to, `de commissie-Ekkart` (see `paperOfSender`). */
const SENDER_TOKENS = 6;

/**
 * Day dates: `30 september 2022`, `woensdag 17 mei jongstleden`, `12 en 13 oktober`, `14, 15 en 16 maart
 * aanstaande`, `13 en 26 oktober jl.` (two dates), `van 28 tot en met 30 juni`, `20–21 oktober jl.`,
 * `30-31 augustus 2018`, `28 juni tot en met 2 juli 2022`, `3 november van dit jaar`.
 */
export function dayExpression(t: TokenReader, i: number): Match | null {
  let j = i;
  let prefixSpec: YearSpec | null = null;
  if (!t.exists(i)) return null;
  if (t.kind(i) === WORD) {
    const rel = RELATIVE_PREFIXES.get(t.lower(i));
    if (rel && rel.kind !== 'offset') {
      prefixSpec = rel;
      j++;
    }
  }
  let weekday: number | null = null;
  if (t.kind(j) === WORD && WEEKDAYS.has(t.lower(j))) {
    weekday = WEEKDAYS.get(t.lower(j)) as number;
    j++;
    if (t.punct(j, ',')) j++;
  }
  let d1 = t.dayAt(j);
  // `van 22/23 april 1996` (2390): two days that follow each other parted by a slash, as by a dash (a
  // number glued to a slash is no day elsewhere: `15/10/2022` is read as a numeric date).
  const slashedTo = d1 === null ? slashedDays(t, j) : null;
  const slashed = slashedTo !== null;
  if (slashed) d1 = t.value(j);
  // The token after the day: past its ordinal ending in `de 2de februari 2010` (995).
  let afterDay = j + 1;
  if (d1 === null) {
    d1 = ordinalDayAt(t, j);
    if (d1 === null) return null;
    afterDay = j + 2;
  }
  // Most numbers are no day: with neither a connector nor a month after them the loop below would stop
  // at once and find no month, so say so before building anything.
  // `Geannoteerde agenda van de formele JBZ-Raad 13 14 oktober 2025` (2267): a page title that lost the dash
  // between two days that follow each other.
  const lostDash = t.dayAt(afterDay) === d1 + 1 && t.monthAt(afterDay + 1, true) !== null;
  const pair = lostDash || slashed;
  if (
    !pair &&
    t.listConnector(afterDay) < 0 &&
    t.rangeConnector(afterDay) < 0 &&
    !t.monthAt(afterDay, true)
  ) {
    return null;
  }
  const days: { day: number; tok: number }[] = [{ day: d1, tok: j }];
  j = lostDash ? afterDay + 1 : slashed ? afterDay + 2 : afterDay;
  let rangeTo: number | null = slashed ? slashedTo : pair ? d1 + 1 : null;
  for (let guard = 0; guard < 31 && !pair; guard++) {
    const lc = t.listConnector(j);
    if (lc >= 0) {
      const d = t.dayAt(lc);
      if (d !== null) {
        days.push({ day: d, tok: lc });
        j = lc + 1;
        continue;
      }
    }
    const rc = days.length === 1 ? t.rangeConnector(j) : -1;
    if (rc >= 0) {
      const d = t.dayAt(rc);
      if (d !== null && d > d1) {
        rangeTo = d;
        j = rc + 1;
        // `1–2–3 mei 1998` (2250): a chain of consecutive days is one range, to its last day.
        for (let more = t.rangeConnector(j); more >= 0 && t.dayAt(more) === rangeTo + 1;) {
          rangeTo++;
          j = more + 1;
          more = t.rangeConnector(j);
        }
      }
    }
    break;
  }
  const m = t.monthAt(j, true);
  if (!m) return null;
  j = m.next;
  let end = t.endBefore(j);
  let spec: YearSpec | null = null;
  // `sinds 1 januari van 2022` (1656): the year after `van`, as `3 november van dit jaar` has its own.
  const y = t.yearAt(j, true) ?? (t.word(j, 'van') ? t.yearAt(j + 1, true) : null);
  if (y) {
    spec = { kind: 'explicit', year: y.year };
    j = y.next;
    end = y.end;
  } else {
    const rel = relativeSuffix(t, j);
    if (rel) {
      spec = rel.spec;
      j = rel.next;
      end = t.endBefore(j);
    }
  }

  // A range into another month: `28 juni tot en met 2 juli 2022`, `30 juni – 2 juli`, `Tussen 1 juli 2017 en
  // 31 december 2017` (617).
  if (days.length === 1 && rangeTo === null) {
    const rc = t.rangeConnector(j, i);
    const second = rc >= 0 ? (dayMonthYear(t, rc) ?? monthEndWithYear(t, rc)) : null;
    if (second) {
      let fromSpec: YearSpec | null = spec;
      const before = second.month < m.month || (second.month === m.month && second.day < d1);
      let yearDelta = 0;
      if (spec?.kind === 'explicit' && second.spec?.kind === 'explicit') {
        yearDelta = second.spec.year - spec.year;
      } else if (!spec && second.spec?.kind === 'explicit') {
        fromSpec = { kind: 'explicit', year: second.spec.year - (before ? 1 : 0) };
        yearDelta = before ? 1 : 0;
      } else {
        fromSpec = spec ?? second.spec;
        yearDelta = before ? 1 : 0;
      }
      // Both years written, the range may span years: `van 1 januari 2012 tot en met juni 2016` (1847).
      const written = spec?.kind === 'explicit' && second.spec?.kind === 'explicit';
      if (yearDelta >= 0 && (yearDelta <= 1 || written)) {
        const place = dayPlacer(m.month, d1, { month: second.month, day: second.day, yearDelta });
        return {
          next: second.next,
          dates: [rawDate(t.start(i), second.end, fromSpec ?? prefixSpec ?? defaultYear(t, i), place)],
        };
      }
    }
  }

  // `jaarlijks voor 31 december in de WNT-jaarrapportage een overzicht` (2143): every year's 31 December.
  if (!spec && !prefixSpec && habitualClause(t, i, j)) return { next: j, dates: NO_DATES };
  spec = spec ?? prefixSpec ?? yearOfUnwritten(t, i, j, m.month, d1);
  const start = t.start(i);
  if (rangeTo !== null) {
    const place = dayPlacer(m.month, d1, { month: m.month, day: rangeTo, yearDelta: 0 });
    return { next: j, dates: [rawDate(start, end, spec, place, null)] };
  }
  // Consecutive days form one range (`12 en 13 oktober`); others are separate dates (`13 en 26 oktober`).
  const runs: { day: number; tok: number }[][] = [];
  for (const d of days) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && d.day === last.day + 1) run.push(d);
    else runs.push([d]);
  }
  // A loop that pushes, not `runs.map`: the arrays of dates all rules return are then built alike (see
  // NO_DATES), and no closure is made per day date.
  const dates: RawDate[] = [];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] as { day: number; tok: number }[];
    const a = run[0] as { day: number; tok: number };
    const b = run[run.length - 1] as { day: number; tok: number };
    const runStart = r === 0 ? start : t.start(a.tok);
    const runEnd = r === runs.length - 1 ? end : t.end(b.tok);
    const to = run.length > 1 ? { month: m.month, day: b.day, yearDelta: 0 } : null;
    dates.push(
      rawDate(runStart, runEnd, spec, dayPlacer(m.month, a.day, to), days.length === 1 ? weekday : null),
    );
  }
  return { next: j, dates };
}

/**
 * `22/23 april` (2390), `13/18 december 2005` (2631, a conference of six days): a day, a slash and a later day of
 * the same fortnight, glued, before a month's name. Null when there is none; else the later day.
 */
function slashedDays(t: TokenReader, i: number): number | null {
  if (t.kind(i) !== NUM || t.length(i) > 2 || t.gluedToWordBefore(i)) return null;
  const v = t.value(i);
  if (v < 1 || v >= 31 || !t.punct(i + 1, '/') || !t.glued(i + 1) || !t.glued(i + 2)) return null;
  if (t.kind(i + 2) !== NUM || t.length(i + 2) > 2) return null;
  const w = t.value(i + 2);
  if (w <= v || w - v > MAX_SLASHED_SPAN || w > 31) return null;
  return !t.glued(i + 3) && t.monthAt(i + 3, true) !== null ? w : null;
}

/**
 * A day written as an ordinal before a month's full name: `de 2de februari 2010` (995), `1ste maart`,
 * `3e juni`. The number and its ending are two glued tokens; the number stands apart from the word before.
 */
function ordinalDayAt(t: TokenReader, i: number): number | null {
  if (t.kind(i) !== NUM || t.length(i) > 2 || t.kind(i + 1) !== WORD || !t.glued(i + 1)) {
    return null;
  }
  if (t.gluedToWordBefore(i)) return null;
  if (!ORDINAL_ENDINGS.has(t.fullLower(i + 1)) || !t.monthAt(i + 2, false)) return null;
  const v = t.value(i);
  return v >= 1 && v <= 31 ? v : null;
}

/**
 * The end of a period that runs from a day to the end of a month of a written year: `van 23 september tot eind
 * december 2009` (742), `tot december 2009`, or to its middle: `tussen 15 april en medio mei 2021` (2033). Shaped as
 * `dayMonthYear`'s answer, its day the month's last (the 15th for `medio`).
 */
function monthEndWithYear(
  t: TokenReader,
  i: number,
): { day: number; month: number; spec: YearSpec | null; next: number; end: number } | null {
  const part = t.kind(i) === WORD ? PARTS.get(t.lower(i)) : undefined;
  // `in de periode tussen 15 april en medio mei 2021` (2033): to the middle of the month, as `half november`
  // alone is. (`begin mei` says too little of where in May the period ends.)
  const k = part === 'end' || part === 'mid' ? i + 1 : i;
  const m = t.monthAt(k, false);
  if (!m) return null;
  const y = t.yearAt(m.next, true);
  if (!y) return null;
  return {
    day: part === 'mid' ? 15 : daysInMonth(y.year, m.month),
    month: m.month,
    spec: { kind: 'explicit', year: y.year },
    next: y.next,
    end: y.end,
  };
}

/** The second half of a cross-month range: `2 juli 2022`, `2 juli`, `2 juli a.s.`. */
function dayMonthYear(
  t: TokenReader,
  i: number,
): { day: number; month: number; spec: YearSpec | null; next: number; end: number } | null {
  let j = i;
  if (t.kind(j) === WORD && WEEKDAYS.has(t.lower(j))) j++;
  const day = t.dayAt(j);
  if (day === null) return null;
  const m = t.monthAt(j + 1, true);
  if (!m) return null;
  j = m.next;
  const y = t.yearAt(j, true);
  if (y) return { day, month: m.month, spec: { kind: 'explicit', year: y.year }, next: y.next, end: y.end };
  const rel = relativeSuffix(t, j);
  if (rel) return { day, month: m.month, spec: rel.spec, next: rel.next, end: t.endBefore(rel.next) };
  return { day, month: m.month, spec: null, next: j, end: t.endBefore(j) };
}

/**
 * The year of a day written without one, the date's tokens running from `i` to before `next`: the default,
 * except for a day that lies before the text. A paper the text cites by its day was issued before it (see
 * ISSUED_PAPERS): `In de Kamerbrieven van 7 oktober, 4 november …` in a letter of May 2006 are of 2005 (525),
 * as `7 oktober jl.` would be. So was what a perfect clause says was answered or sent on that day: `De vragen 1
 * tot met 16 zijn reeds op 11 december beantwoord` in February 2020 (605). So was a meeting of that day that a past
 * tense tells of (1540). So was what a paper dated earlier on the line reports (`reportedBefore`): the day
 * (`month`, `day`) is of that paper's year, or of the year before when it falls after the paper's day.
 */
function yearOfUnwritten(t: TokenReader, i: number, next: number, month: number, day: number): YearSpec {
  const spec = defaultYear(t, i);
  if (spec.kind !== 'default') return spec;
  if (inObservedClause(t, i)) return PAST;
  const reported = reportedBefore(t, i, month, day);
  if (reported !== null) return reported;
  if (t.word(i - 1, 'van')) {
    if (ISSUED_PAPERS.has(t.lower(i - 2)) || paperOfSender(t, i - 2)) return SENT;
    // `Tijdens het algemeen overleg van 30 september heb ik u geïnformeerd` in a letter of January 2016 (1540):
    // a meeting that the past tense right after it tells of was held before the letter.
    return MEETINGS.has(t.lower(i - 2)) && isPastFiniteVerb(t, next) ? PAST : spec;
  }
  if (t.word(i - 1, 'op') && DONE_PARTICIPLES.has(t.lower(next)) && perfectClauseBefore(t, i - 2)) {
    return PAST;
  }
  return spec;
}

/**
 * The year of a day without one at `i` in what a paper dated `d.d.` earlier on its line reports: `de brief van de
 * staatssecretaris van Buitenlandse Zaken d.d. 25 oktober 2011 met het verslag van het bezoek … aan Afghanistan op
 * 4 en 5 oktober` in a verslag of March 2012 (1862) is of October 2011, on or before the paper's day. Null when no
 * such paper stands on the line before it, in the same clause (a `;` or a sentence's end stops the search).
 */
function reportedBefore(t: TokenReader, i: number, month: number, day: number): YearSpec | null {
  for (let k = i - 1; k >= 0 && k >= i - PAPER_LINE_REACH; k--) {
    const gap = t.gaps[k + 1];
    if (gap === GAP_LINE || gap === GAP_PARA) return null;
    if (t.punct(k, ';') || ((t.punct(k, '.') || t.punct(k, '?')) && gap !== GAP_NONE)) return null;
    if (t.kind(k) !== NUM || !t.afterDottedAbbreviation(k, DE_DATO)) continue;
    const paper = dayMonthYear(t, k);
    if (paper?.spec?.kind !== 'explicit') return null;
    const after = month > paper.month || (month === paper.month && day > paper.day);
    return { kind: 'explicit', year: after ? paper.spec.year - 1 : paper.spec.year };
  }
  return null;
}

/**
 * Does the sender's name that ends at token `k` follow a paper and `van`, `de brief van de commissie-Ekkart van 4
 * juli` in a verslag of January 2002 (2171)? Then the day is the paper's, issued before the text, as `de brief van 4
 * juli` is. At most SENDER_TOKENS tokens of words and hyphens, none of SENDER_BREAKS.
 */
function paperOfSender(t: TokenReader, k: number): boolean {
  for (let j = k; j > 0 && k - j < SENDER_TOKENS; j--) {
    if (t.kind(j) !== WORD) {
      if (!t.isDash(j)) return false;
      continue;
    }
    const w = t.lower(j);
    if (w === 'van' && ISSUED_PAPERS.has(t.lower(j - 1))) return true;
    if (SENDER_BREAKS.has(w) || MEETINGS.has(w)) return false;
  }
  return false;
}

/** Numeric dates: `15-10-2022`, `15/10/2022`, `15.10.2022`, and ISO `2022-10-15`. */
export function numericDate(t: TokenReader, i: number): Match | null {
  const first = numericDay(t, i);
  if (!first) return null;
  // `in de periode van 1-1-2009 tot 1-12-2009` (2163): a period from one numeric day to a later one, as
  // `van 1 januari 2009 tot 1 december 2009` is.
  const rc = t.rangeConnector(i + 5, i);
  const second = rc >= 0 ? numericDay(t, rc) : null;
  if (!second || second.year < first.year || second.year - first.year > MAX_PERIOD_YEARS) {
    return { next: i + 5, dates: [numericRaw(t, i, i + 4, first, null)] };
  }
  const to = { month: second.month, day: second.day, yearDelta: second.year - first.year };
  const period = numericRaw(t, i, rc + 4, first, to);
  if (!period.place(first.year, null)) {
    return { next: i + 5, dates: [numericRaw(t, i, i + 4, first, null)] };
  }
  return { next: rc + 5, dates: [period] };
}

function numericRaw(
  t: TokenReader,
  i: number,
  last: number,
  d: { year: number; month: number; day: number },
  to: { month: number; day: number; yearDelta: number } | null,
): RawDate {
  return rawDate(t.start(i), t.end(last), { kind: 'explicit', year: d.year }, dayPlacer(d.month, d.day, to));
}

/** A day written in digits at `i`: `15-10-2022`, `2022-10-15`, `15/10/2022`, `15.10.2022`. */
function numericDay(t: TokenReader, i: number): { year: number; month: number; day: number } | null {
  if (!t.exists(i + 4)) return null;
  if (
    t.kind(i) !== NUM ||
    t.kind(i + 2) !== NUM ||
    t.kind(i + 4) !== NUM ||
    t.kind(i + 1) !== PUNCT ||
    t.kind(i + 3) !== PUNCT
  ) {
    return null;
  }
  const sep = t.punctCode(i + 1);
  if (!NUMERIC_SEPARATORS.has(sep) || t.punctCode(i + 3) !== sep) return null;
  if (!t.glued(i + 1) || !t.glued(i + 2) || !t.glued(i + 3) || !t.glued(i + 4)) return null;
  if (t.gaps[i] === GAP_NONE && i > 0 && t.kind(i - 1) !== PUNCT) return null;
  if (t.glued(i + 5) && (t.kind(i + 5) !== PUNCT || NUMERIC_SEPARATORS.has(t.punctCode(i + 5)))) {
    if (!(t.punctCode(i + 5) === PERIOD && !t.glued(i + 6))) return null;
  }
  const la = t.length(i);
  const lb = t.length(i + 2);
  const lc = t.length(i + 4);
  let year: number;
  let month: number;
  let day: number;
  if (la === 4 && lb === 2 && lc === 2 && sep === HYPHEN) {
    [year, month, day] = [t.value(i), t.value(i + 2), t.value(i + 4)];
  } else if (la <= 2 && lb <= 2 && lc === 4) {
    [day, month, year] = [t.value(i), t.value(i + 2), t.value(i + 4)];
  } else {
    return null;
  }
  if (
    year < MIN_YEAR ||
    year > MAX_YEAR ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    return null;
  }
  return { year, month, day };
}
