import { dayNumber, isoMonth } from './calendar';
import { ORDINALS, type Part, PARTS, SEASONS } from './lexicon';
import { monthPlacer, type Placer, type YearSpec } from './raw';
import { GAP_NONE, NUM, WORD } from './tokens';
import {
  deadlineSeenFromPast,
  doneInPerfectClause,
  habitualClause,
  inObservedClause,
  isPastFiniteVerb,
  pastInPerfectClause,
} from './clause-checks';
import { MONTH_CUES, RELATIVE_PREFIXES, SEASON_CUES } from './grammar-words';
import { type Match, MAX_PERIOD_YEARS, NO_DATES, rawDate } from './rule-match';
import type { TokenReader } from './token-reader';
import {
  defaultYear,
  FUTURE,
  PAST,
  periodYear,
  relativeSuffix,
  type RelHit,
  yearAfter,
} from './year-of-date';

/**
 * The rules for parts of a year: months (`in november`, `januari tot en met maart 2023`), parts (`begin 2023`,
 * `eind oktober`), seasons (`voor de zomer`), quarters and halves (`Q1 2026`, `tweede helft van 2015`), and the
 * periods from one to another (`van begin 2018 tot eind 2019`).
 */

/** A leap year, to check the order of two ends that have no year yet (29 februari exists in it). */
const PROBE_YEAR = 2000;

/** Words before a month that make it a deadline, the next such month: `de Kamer hierover voor september te informeren`. */
const DEADLINE_MONTH_CUES = new Set(['voor', 'vóór', 'uiterlijk']);

/** Months: `november 2022`, `in juni`, `september jl.`, `januari tot en met maart 2023`, `eind oktober`. */
/** The month at `i`, after its `part` (`eind`) or its cue at `cue` (the word before it unless a part's). */
export function monthExpression(
  t: TokenReader,
  i: number,
  part: Part | null,
  start: number,
  cue = i - 1,
): Match | null {
  const m = t.monthAt(i, false);
  if (!m) return null;
  let j = m.next;
  let spec: YearSpec | null = null;
  let end = t.endBefore(j);
  // `juni 1997`, and `februari van 1998` (501).
  const y = yearAfter(t, j);
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
  const precision = part ? 'approximate' : 'month';
  if (!part) {
    const rc = t.rangeConnector(j, i);
    const second = rc >= 0 ? t.monthAt(rc, false) : null;
    if (second) {
      let k = second.next;
      let secondSpec: YearSpec | null = null;
      let secondEnd = t.endBefore(k);
      const y2 = t.yearAt(k, true);
      if (y2) {
        secondSpec = { kind: 'explicit', year: y2.year };
        k = y2.next;
        secondEnd = y2.end;
      }
      const wraps = second.month < m.month;
      let fromSpec = spec;
      let delta = wraps ? 1 : 0;
      // Both years written, the period may span more than a year: `januari 2016 tot januari 2018` (617).
      let maxDelta = 1;
      if (spec?.kind === 'explicit' && secondSpec?.kind === 'explicit') {
        delta = secondSpec.year - spec.year;
        maxDelta = MAX_PERIOD_YEARS;
      } else if (!spec && secondSpec?.kind === 'explicit')
        fromSpec = { kind: 'explicit', year: secondSpec.year - delta };
      if (
        (fromSpec || monthCue(t, i)) &&
        delta >= 0 &&
        delta <= maxDelta &&
        (delta > 0 || second.month > m.month)
      ) {
        if (!fromSpec && habitualClause(t, cue, k)) return { next: k, dates: NO_DATES };
        const place = monthPlacer(m.month, second.month, 'month', delta);
        return { next: k, dates: [rawDate(start, secondEnd, fromSpec ?? defaultYear(t, i), place)] };
      }
    }
  }
  if (!spec && !part && !monthCue(t, i)) return null;
  const list = !spec && !part ? monthList(t, j) : null;
  // `ieder jaar eind augustus` (985), `jaarlijks iedere derde woensdag in mei` (2394): every year's month.
  if (!spec && !list?.spec && habitualClause(t, cue, list ? list.next : j)) {
    return { next: list ? list.next : j, dates: NO_DATES };
  }
  const place = monthPlacer(m.month, null, precision);
  // A deadline in a month without its year is the next such month: `verzoekt de regering … de Kamer hierover voor
  // september te informeren` in a motion of November 2008 is September 2009 (2732), as `voor de zomer` is.
  const deadline =
    !spec &&
    !part &&
    t.kind(i - 1) === WORD &&
    DEADLINE_MONTH_CUES.has(t.lower(i - 1)) &&
    !deadlineSeenFromPast(t, i - 1, list ? list.next : j);
  const year = spec ?? list?.spec ?? (inObservedClause(t, i) ? PAST : deadline ? FUTURE : defaultYear(t, i));
  if (list) {
    // Each month of the list a date of its own, in the year they share, or else in the cued first month's.
    const dates = [rawDate(start, end, year, place)];
    for (const other of list.months) {
      dates.push(rawDate(other.start, other.end, year, monthPlacer(other.month, null, 'month')));
    }
    return { next: list.next, dates };
  }
  return { next: j, dates: [rawDate(start, end, year, place)] };
}

/**
 * The rest of a list of months after a first one at `i`'s left, `, december en januari jl.` (1964), and the year or
 * relative suffix after its last month that says when they all were: each month then shares it (and `jl.` puts
 * each in the past on its own). A list without one has a `spec` of null: its months are of the first month's year,
 * `Dit concept is in november en december besproken` (474). Null when no list follows.
 */
function monthList(
  t: TokenReader,
  i: number,
): { months: { month: number; start: number; end: number }[]; spec: YearSpec | null; next: number } | null {
  const months: { month: number; start: number; end: number }[] = [];
  let j = i;
  for (let n = 0; n < 12; n++) {
    const last = t.word(j, 'en');
    if (!last && !t.punct(j, ',')) return null;
    const m = t.monthAt(j + 1, false);
    if (!m) return null;
    const month = { month: m.month, start: t.start(j + 1), end: t.end(j + 1) };
    months.push(month);
    j = m.next;
    if (!last) continue;
    // The last month's text takes in the year or suffix that all share.
    const y = yearAfter(t, j);
    if (y) {
      month.end = y.end;
      return { months, spec: { kind: 'explicit', year: y.year }, next: y.next };
    }
    const rel = relativeSuffix(t, j);
    if (!rel) return { months, spec: null, next: j };
    month.end = t.endBefore(rel.next);
    return { months, spec: rel.spec, next: rel.next };
  }
  return null;
}

function monthCue(t: TokenReader, i: number): boolean {
  if (t.kind(i - 1) !== WORD) return false;
  const p = t.lower(i - 1);
  return MONTH_CUES.has(p) || PARTS.has(p) || untilAndWith(t, i);
}

/**
 * Does `tot en met` or `t/m` end right before `i`? The end of a period whose start the sentence gives otherwise:
 * `In 2025 is het aantal schijnzelfstandigen tot en met mei teruggebracht van 123 naar 87` (2146), as `tot mei` is.
 */
function untilAndWith(t: TokenReader, i: number): boolean {
  return (t.word(i - 1, 'met') && t.word(i - 2, 'en') && t.word(i - 3, 'tot')) || t.tm(i - 3) === i;
}

/** Parts of a period: `begin 2023`, `medio 2025`, `Eind vorig jaar`, `einde van het jaar`, `eind oktober`. */
export function partExpression(t: TokenReader, i: number): Match | null {
  if (t.kind(i) !== WORD) return null;
  const part = PARTS.get(t.lower(i));
  if (!part) return null;
  let j = i + 1;
  if (t.isDash(j) && t.glued(j)) j++;
  const month = monthExpression(t, t.word(j, 'van') ? j + 1 : j, part, t.start(i), i);
  if (month) return periodUntil(t, month);
  const quarter = part === 'end' ? endOfQuarter(t, j, t.start(i)) : null;
  if (quarter) return quarter;
  const period = periodYear(t, j);
  if (period.next === j) return null;
  const place =
    part === 'begin'
      ? monthPlacer(1, null, 'approximate')
      : part === 'mid'
        ? monthPlacer(6, 7, 'approximate')
        : monthPlacer(12, null, 'approximate');
  return periodUntil(t, {
    next: period.next,
    dates: [rawDate(t.start(i), period.end, period.spec, place)],
  });
}

/**
 * The last month of a quarter or half year after `eind`, approximate, as `eind 2025` is the year's last month:
 * `aan het einde van het eerste kwartaal van dit jaar` (1008) is March, `aan het eind van het derde kwartaal van
 * 2016` (382) September. The date's text runs from the part word's `start`.
 */
function endOfQuarter(t: TokenReader, j: number, start: number): Match | null {
  let k = t.word(j, 'van') ? j + 1 : j;
  if (t.word(k, 'het')) k++;
  const quarter = t.kind(k) === WORD ? quarterExpression(t, k) : null;
  const q = quarter?.dates.length === 1 ? quarter.dates[0] : undefined;
  if (!quarter || !q) return null;
  return { next: quarter.next, dates: [rawDate(start, q.end, q.year, lastMonthOf(q.place))] };
}

/**
 * A part of a year (or its month) and, after `tot` or a dash, a later month or part with its year: one
 * period, `sinds eind 2017 tot april 2019` (440), `van begin 2018 tot eind 2019`; the first without a year
 * of its own takes the second's, `eind maart tot eind juni 2019`. Otherwise `first` as it is. A season runs
 * to a later season: `de periode zomer 2002 tot zomer 2003` (1094).
 */
function periodUntil(t: TokenReader, first: Match, season = false): Match {
  const a = first.dates[0];
  if (first.dates.length !== 1 || !a || !hasOwnOrNoYear(a.year)) return first;
  const rc = t.rangeConnector(first.next);
  if (rc < 0) return first;
  const second = season
    ? seasonExpression(t, rc, false)
    : (partExpression(t, rc) ?? monthExpression(t, rc, null, t.start(rc)));
  const b = second?.dates.length === 1 ? second.dates[0] : undefined;
  if (!second || !b || !hasOwnOrNoYear(b.year)) return first;
  const aOwn = isOwnYear(a.year);
  const bOwn = isOwnYear(b.year);
  // A first end with a year of its own and a second without: no period (`eind 2019 tot eind juni`).
  if (aOwn && !bOwn) return first;
  // Neither with a year of its own: both in the year the text gives the first (`begin mei tot eind juni`).
  const spec: YearSpec = aOwn || !bOwn ? a.year : b.year;
  const fromYear = spec.kind === 'explicit' ? spec.year : PROBE_YEAR;
  const delta = bOwn && b.year.kind === 'explicit' ? b.year.year - fromYear : 0;
  if (delta < 0 || delta > MAX_PERIOD_YEARS) return first;
  const from = a.place;
  const to = b.place;
  // Both ends have their year now: a period that ends before it starts is no period.
  const startsAt = from(fromYear, null);
  const endsAt = to(fromYear + delta, null);
  if (!startsAt || !endsAt || endsAt.last < startsAt.first) return first;
  const place: Placer = (year, ref) => {
    const start = from(year, ref);
    const end = to(year + delta, ref);
    if (!start || !end) return null;
    return {
      iso: start.iso,
      endIso: end.endIso ?? end.iso,
      precision: season ? 'season' : 'approximate',
      first: start.first,
      last: end.last,
    };
  };
  return { next: second.next, dates: [rawDate(a.start, b.end, spec, place)] };
}

/** Seasons: `zomer van 2023`, `najaar 2022`, `het voorjaar`, `voor de zomer`, `komend najaar`. */
export function seasonExpression(t: TokenReader, i: number, untilAnother = true): Match | null {
  if (t.kind(i) !== WORD) return null;
  let j = i;
  let spec: YearSpec | null = null;
  const prefix = RELATIVE_PREFIXES.get(t.lower(i));
  if (prefix && SEASONS.has(t.lower(i + 1))) {
    spec = prefix;
    j++;
  }
  const season = SEASONS.get(t.lower(j));
  if (!season || t.kind(j) !== WORD) return null;
  j++;
  let end = t.endBefore(j);
  if (!spec) {
    const period = periodYear(t, j);
    if (period.next > j) {
      spec = period.spec;
      j = period.next;
      end = period.end;
    } else {
      const cue = t.previousWordSkippingArticle(i);
      const kind = cue === null ? undefined : (SEASON_CUES.get(cue) ?? inTheCourseOf(t, i));
      if (kind === undefined) return null;
      if (habitualClause(t, t.cueBefore(i), j)) return { next: j, dates: NO_DATES };
      // `voor de zomer heb ik uw Kamer geïnformeerd` (219): the verb after a fronted `voor de zomer` is
      // in the past, and so is the summer; as in `… en ik hebben dit rapport voor de zomer ontvangen` (1255),
      // what a perfect clause says was received or sent then.
      if (
        kind === 'future' &&
        (isPastFiniteVerb(t, j) || doneInPerfectClause(t, i, j) || pastInPerfectClause(t, i, j))
      )
        spec = { kind: 'past' };
      else if (kind === 'future' && !deadlineSeenFromPast(t, t.cueBefore(i), j)) spec = { kind: 'future' };
      else spec = defaultYear(t, i);
    }
  }
  const match = {
    next: j,
    dates: [rawDate(t.start(i), end, spec, monthPlacer(season[0], season[1], 'season'))],
  };
  return untilAnother && isOwnYear(spec) ? periodUntil(t, match, true) : match;
}

/**
 * `in de loop van het najaar` (1665): the season's cue is the whole phrase, whose last word, `van`, is no cue
 * on its own. `'default'` when the words before the season at `i` (and its article) are that phrase.
 */
function inTheCourseOf(t: TokenReader, i: number): 'default' | undefined {
  const k = t.word(i - 1, 'de') || t.word(i - 1, 'het') ? i - 2 : i - 1;
  const phrase = t.word(k, 'van') && t.word(k - 1, 'loop') && t.word(k - 2, 'de') && t.word(k - 3, 'in');
  return phrase ? 'default' : undefined;
}

/**
 * Quarters and half years: `eerste kwartaal`, `Q3`, `Q1 2026`, `1e kwartaal 2023`, `eerste helft van 2023`,
 * `tweede halfjaar van 2015`.
 */
export function quarterExpression(t: TokenReader, i: number): Match | null {
  if (!t.exists(i)) return null;
  const kind = t.kind(i);
  const lower = t.lower(i);
  let n: number | null = null;
  let j = i;
  let half = false;
  if (kind === WORD && (lower === 'q' || lower === 'h')) {
    if (t.kind(i + 1) !== NUM || t.gaps[i + 1] !== GAP_NONE || t.length(i + 1) !== 1) return null;
    const after = t.kind(i + 2);
    if (t.glued(i + 2) && (after === WORD || after === NUM)) return null;
    n = t.value(i + 1);
    half = lower === 'h';
    if (n < 1 || n > (half ? 2 : 4)) return null;
    j = i + 2;
    const period = periodYear(t, j);
    // `H1` alone is too ambiguous (a heading, a vitamin); it needs its year.
    if (half && period.spec.kind !== 'explicit') return null;
    return periodMatch(t, t.start(i), period, n, half);
  }
  if (kind === WORD && ORDINALS.has(lower)) {
    n = ORDINALS.get(lower) as number;
    j = i + 1;
  } else if (kind === NUM && t.length(i) === 1 && t.kind(i + 1) === WORD && t.glued(i + 1)) {
    const suffix = t.lower(i + 1);
    if (suffix !== 'e' && suffix !== 'ste' && suffix !== 'de') return null;
    n = t.value(i);
    j = i + 2;
  }
  if (n === null) return null;
  if (t.word(j, 'kwartaal')) {
    if (n < 1 || n > 4) return null;
    return periodMatch(t, t.start(i), periodYear(t, j + 1), n, false);
  }
  // `in het eerste trimester van 2018` (641): a third of the year, January to April. Only with its year (or
  // `van het jaar`, `dit jaar`): a school's trimester is no date.
  if (t.word(j, 'trimester')) {
    if (n < 1 || n > 3) return null;
    const period = periodYear(t, j + 1);
    if (period.next === j + 1) return null;
    return {
      next: period.next,
      dates: [rawDate(t.start(i), period.end, period.spec, monthPlacer(4 * n - 3, 4 * n, 'month'))],
    };
  }
  // `het tweede halfjaar van 2015` (210) and `het eerste half jaar van 2016` (368) as `de tweede helft van
  // 2015`; `Eerste zes maanden 2014` (368, a table's head) is the first half too.
  const words = halfYearWords(t, j, n);
  // `in de tweede helft van januari met een reactie komen` (2793): half a month, read as `eind januari` (the first
  // half as `begin januari`), so the date's text is the whole phrase.
  if ((n === 1 || n === 2) && lower !== 'laatste' && t.word(j, 'helft') && t.word(j + 1, 'van')) {
    const month = monthExpression(t, j + 2, n === 1 ? 'begin' : 'end', t.start(i));
    if (month) return month;
  }
  if (words > 0 && (n === 1 || n === 2) && lower !== 'laatste') {
    const period = periodYear(t, j + words);
    // `de eerste helft van de vergadering` is no date: require a year or `van het jaar`/`dit jaar`.
    if (period.next === j + words) return null;
    return periodMatch(t, t.start(i), period, n, true);
  }
  return null;
}

/** How many tokens from `j` name a half year after the ordinal `n`: `helft`, `halfjaar`, `half jaar`, `zes maanden` (the first only). */
function halfYearWords(t: TokenReader, j: number, n: number): number {
  if (t.word(j, 'helft') || t.word(j, 'halfjaar')) return 1;
  if (t.word(j, 'half') && t.word(j + 1, 'jaar')) return 2;
  if (n === 1 && t.word(j, 'zes') && t.word(j + 1, 'maanden')) return 2;
  return 0;
}

function periodMatch(
  t: TokenReader,
  start: number,
  period: RelHit & { end: number },
  n: number,
  half: boolean,
): Match {
  const place = half
    ? monthPlacer(n === 1 ? 1 : 7, n === 1 ? 6 : 12, 'month')
    : monthPlacer(3 * n - 2, 3 * n, 'quarter');
  return { next: period.next, dates: [rawDate(start, period.end, period.spec, place)] };
}

/**
 * The last month of what `place` places, approximate: the end of a recess, `het einde van het vorige Kerstreces` in a
 * verslag of July 1999 is January 1999 (2874), `het einde van het zomerreces` August (44).
 */
export function lastMonthOf(place: Placer): Placer {
  return (year, ref) => {
    const placed = place(year, ref);
    if (!placed) return null;
    const [y, m] = (placed.endIso ?? placed.iso).split('-').map(Number) as [number, number];
    return {
      iso: isoMonth(y, m),
      endIso: null,
      precision: 'approximate',
      first: dayNumber(y, m, 1),
      last: placed.last,
    };
  };
}

/**
 * A year written with the date itself (`eind 2017`), or none (`eind maart`, which takes its year from the
 * text): the ends `periodUntil` joins. A year taken from the line before stands for none.
 */
function hasOwnOrNoYear(year: YearSpec): boolean {
  return year.kind === 'explicit' || year.kind === 'default';
}

/** A year written with the date itself, not taken from the line before. */
function isOwnYear(year: YearSpec): boolean {
  return year.kind === 'explicit' && year.fromLine !== true;
}
