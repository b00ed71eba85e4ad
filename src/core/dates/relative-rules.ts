import { dayNumber, daysInMonth, isoMonth, isoOfDayNumber, weekdayOf } from './calendar';
import { PARTS, SEASONS, WEEKDAYS } from './lexicon';
import { monthPlacer, type Placer, yearPlacer, type YearSpec } from './raw';
import { GAP_PARA, NUM, WORD } from './tokens';
import {
  deadlineSeenFromPast,
  doneInPerfectClause,
  habitualClause,
  isPastFiniteVerb,
  PERFECT_AUXILIARIES_BEFORE_CUE,
} from './clause-checks';
import { dayExpression } from './day-rules';
import { ANCHOR_CUES, ANCHORS, RELATIVE_PREFIXES } from './grammar-words';
import { lastMonthOf } from './part-of-year-rules';
import { type Match, rawDate } from './rule-match';
import type { TokenReader, YearHit } from './token-reader';
import { defaultYear, periodYear, yearAfter, yearOffsetPhrase } from './year-of-date';

/**
 * The rules for dates named from a fixed point: parliamentary anchors (`op Prinsjesdag`, `voor het
 * zomerreces`, `de begrotingsbehandeling 2010`) and the letter's own time (`volgende week`, `deze maand`,
 * `vorig jaar`, `afgelopen maart`).
 */

/** How many words may name what an anchor is of before its day: `van het Ministerie van Financiën op`. */
const ANCHOR_COMPLEMENT_WORDS = 5;

/** Anchors that are one day (the others are months or a recess): `op Prinsjesdag` is a date, `op de begrotingsbehandeling` mostly not. */
const DAY_ANCHORS: ReadonlySet<string> = new Set(['prinsjesdag', 'verantwoordingsdag']);

/**
 * Anchors whose written year names the budget year they debate, not the year they are held in: `Tijdens de
 * begrotingsbehandeling 2010 hebben enkele van uw leden aangegeven …` in a letter of February 2010 (959) was the
 * debate of autumn 2009, as `de begrotingsbehandeling 2025` in a verslag of May 2025 (116) was of autumn 2024.
 */
const BUDGET_DEBATES: ReadonlySet<string> = new Set(['begrotingsbehandeling', 'begrotingsbehandelingen']);

/** How many capitalized words may name the chapter of a budget debate before `voor` and its year: `LNV`. */
const BUDGET_CHAPTER_WORDS = 2;

/** Words that may open the brackets after an anchor before the date that says when (`(uiterlijk half november)`). */
const BRACKETED_WHEN: ReadonlySet<string> = new Set([
  'uiterlijk',
  'rond',
  'omstreeks',
  'half',
  'vermoedelijk',
]);

/** `Prinsjesdag`, `Verantwoordingsdag 2024`, `voor het zomerreces`, `voor de begrotingsbehandeling`. */
export function anchorExpression(t: TokenReader, i: number): Match | null {
  if (t.kind(i) !== WORD) return null;
  let j = i;
  let spec: YearSpec | null = null;
  const prefix = RELATIVE_PREFIXES.get(t.lower(i));
  if (prefix && ANCHORS.has(t.lower(i + 1))) {
    spec = prefix;
    j++;
  }
  const anchor = t.lower(j);
  const anchorPlace = ANCHORS.get(anchor);
  if (!anchorPlace || t.kind(j) !== WORD) return null;
  // `voor het einde van het zomerreces`: the date starts at `einde`, and its cue and what it says are read before.
  const endOf = DAY_ANCHORS.has(anchor) ? -1 : endOfBefore(t, i);
  const at = endOf >= 0 ? endOf : i;
  const place = endOf >= 0 ? lastMonthOf(anchorPlace) : anchorPlace;
  j++;
  let end = t.endBefore(j);
  const budgetYear = !spec && BUDGET_DEBATES.has(anchor) ? budgetYearAfter(t, j) : null;
  if (budgetYear) {
    const year: YearSpec = { kind: 'explicit', year: budgetYear.year };
    return {
      next: budgetYear.next,
      dates: [rawDate(t.start(i), budgetYear.end, year, (y, r) => place(y - 1, r))],
    };
  }
  if (!spec) {
    const period = periodYear(t, j);
    if (period.next > j && period.spec.kind !== 'default') {
      spec = period.spec;
      j = period.next;
      end = period.end;
      if (spec.kind === 'explicit' && BUDGET_DEBATES.has(anchor)) {
        return { next: j, dates: [rawDate(t.start(i), end, spec, (y, r) => place(y - 1, r))] };
      }
      if (anchor === 'jaarwisseling') {
        // Named by both its years, `landelijk beeld jaarwisseling 2022–2023` (2627); one year does not say which.
        const to = spec.kind === 'explicit' && t.isDash(j) ? t.yearAt(j + 1, true) : null;
        if (spec.kind !== 'explicit' || to?.year !== spec.year + 1) return null;
        j = to.next;
        end = to.end;
      }
    } else {
      const cue = t.previousWordSkippingArticle(at);
      // A bare `Prinsjesdag` may be any year's (a 2018 table in a 2019 letter): leave it.
      if (cue === null || !ANCHOR_CUES.has(cue)) return null;
      if (cue === 'op' && !dayAnchorOn(t, i, j)) return null;
      // `vuurwerk [is] de belangrijkste bron van onveiligheid … tijdens de jaarwisseling` (1377): every year's.
      if (anchor === 'jaarwisseling' && (cue === 'tijdens' || cue === 'met')) return null;
      if (habitualClause(t, t.cueBefore(at), j)) return null;
      // `Na de begrotingsbehandeling eind november` (265): the date that follows says when;
      // the anchor's guessed months would only repeat it, less precisely.
      if (datedAfterAnchor(t, j)) return null;
      // `heb ik u … voor het kerstreces geïnformeerd` in a January letter (1600): the last recess, as with a
      // season. `kort na het zomerreces` in a September or October letter (1358, 1726, 1733) is this year's, as
      // `na de zomer` is; only the Christmas recess spans two years, and `na` keeps the next one there. A day
      // itself, `op`, is the reference year's, as a day without its year is: `Op Prinsjesdag zal het kabinet uw
      // Kamer informeren …` in a letter of 9 September 2022 (1996), `de besluitvorming, die op Prinsjesdag aan het
      // parlement gepresenteerd is` in one of November 2014 (21).
      spec =
        isPastFiniteVerb(t, j) || doneInPerfectClause(t, at, j)
          ? { kind: 'past' }
          : (cue === 'na' && anchor !== 'kerstreces') ||
              cue === 'op' ||
              deadlineSeenFromPast(t, t.cueBefore(at), j)
            ? defaultYear(t, i)
            : { kind: 'future' };
    }
  }
  return { next: j, dates: [rawDate(t.start(at), end, spec, place)] };
}

/**
 * The token of `einde` (`eind`, `ultimo`) when `einde van het` stands right before the anchor (or its relative prefix)
 * at `i`, else -1: `uiterlijk voor het einde van het zomerreces` (44), `voor het einde van het vorige Kerstreces`
 * (2874). Such an anchor is its last month (`lastMonthOf`).
 */
function endOfBefore(t: TokenReader, i: number): number {
  const k = t.cueBefore(i);
  const end = t.kind(k - 1) === WORD && PARTS.get(t.lower(k - 1)) === 'end';
  return t.word(k, 'van') && end ? k - 1 : -1;
}

/**
 * The budget year named after a budget debate that ends before `j`, past the chapter it debates (one or two
 * capitalized words): `vanaf de begrotingsbehandeling LNV voor 2008` in a verslag of November 2008 (2152) is the
 * debate of autumn 2007, as `de begrotingsbehandeling 2010` is (see BUDGET_DEBATES). A year right after the debate
 * is `periodYear`'s.
 */
function budgetYearAfter(t: TokenReader, j: number): YearHit | null {
  let k = j;
  while (k < j + BUDGET_CHAPTER_WORDS && t.kind(k) === WORD && t.capitalized(k) && t.gaps[k] !== GAP_PARA) {
    k++;
  }
  if (t.kind(k) !== WORD || t.gaps[k] === GAP_PARA) return null;
  if (t.lower(k) === 'voor') return t.yearAt(k + 1, true);
  // `tijdens de begrotingsbehandeling IenW over het begrotingsjaar 2021/2022` in a letter of November 2022 (2336):
  // the debate of autumn 2021 on the budget for 2022, read from the last year written (as a vergaderjaar
  // 2021/2022 would have it too).
  if (
    t.lower(k) !== 'over' ||
    !t.word(k + 1, 'het') ||
    t.kind(k + 2) !== WORD ||
    t.fullLower(k + 2) !== 'begrotingsjaar'
  ) {
    return null;
  }
  const first = t.yearAt(k + 3, true);
  if (!first || !(t.punct(first.next, '/') && t.glued(first.next))) return first;
  const last = t.yearAt(first.next + 1, true);
  return last && last.year === first.year + 1 ? last : null;
}

/**
 * Does a day, days, month or season (`op 12 november`, `op 7 en 8 november`, `eind november`, `in november`,
 * `dit najaar`, 664) follow an
 * anchor at `j`? Also in brackets, after a word of when: `ruim voor de begrotingsbehandeling (uiterlijk half
 * november)` (988).
 */
function datedAfterAnchor(t: TokenReader, anchorEnd: number): boolean {
  let j = afterAnchorComplement(t, anchorEnd);
  if (t.punct(j, '(')) {
    j++;
    while (t.kind(j) === WORD && BRACKETED_WHEN.has(t.lower(j)) && j < anchorEnd + 3) j++;
  }
  const w = t.kind(j) === WORD ? t.lower(j) : '';
  const k = PARTS.has(w) || w === 'in' || w === 'op' ? j + 1 : j;
  if (t.monthAt(k, false) !== null || (t.dayAt(k) !== null && t.monthAt(k + 1, false) !== null)) {
    return true;
  }
  // A list or range of days: `Tijdens de begrotingsbehandeling op 7 en 8 november 2017` (1271).
  if (t.kind(k) === NUM && dayExpression(t, k) !== null) return true;
  const season = RELATIVE_PREFIXES.has(w) ? j + 1 : k;
  return t.kind(season) === WORD && SEASONS.has(t.lower(season));
}

/**
 * Is the anchor at `i` (ending before `next`), after `op`, a day, said of one occurrence? Only a day: `ingaan op de
 * begrotingsbehandeling` (946) is no time. Said of one occurrence where it opens its sentence, `Op Prinsjesdag zal
 * het kabinet uw Kamer informeren …` (1996), or a perfect follows it, `In het persbericht dat op Prinsjesdag is
 * uitgekomen …` (568); not in what is done every year, `zoals het kabinet die op Prinsjesdag presenteert` (985).
 */
function dayAnchorOn(t: TokenReader, i: number, next: number): boolean {
  if (!DAY_ANCHORS.has(t.lower(i)) || !t.word(i - 1, 'op')) return false;
  return t.capitalized(i - 1) || PERFECT_AUXILIARIES_BEFORE_CUE.has(t.lower(next));
}

/**
 * Where the day of an anchor named with its complement stands: at the `op` after `van` and a few words, `Tijdens
 * de begrotingsbehandeling van Binnenlandse Zaken op 18 oktober 2018 heb ik …` (1175), `van hoofdstuk IV op
 * donderdag 8 oktober jl.` (2114), with its weekday skipped; else `anchorEnd` itself.
 */
function afterAnchorComplement(t: TokenReader, anchorEnd: number): number {
  if (!t.word(anchorEnd, 'van')) return anchorEnd;
  for (let k = anchorEnd + 1; k <= anchorEnd + 1 + ANCHOR_COMPLEMENT_WORDS; k++) {
    if (t.kind(k) !== WORD) return anchorEnd;
    if (t.word(k, 'op')) {
      return t.kind(k + 1) === WORD && WEEKDAYS.has(t.lower(k + 1)) ? k + 2 : k;
    }
  }
  return anchorEnd;
}

/** `vorige week`, `volgende week`, `deze maand`, `volgend jaar`, `dit jaar`. */
export function relativeExpression(t: TokenReader, i: number): Match | null {
  if (t.kind(i) !== WORD || t.kind(i + 1) !== WORD) return null;
  const unit = t.lower(i + 1);
  const rel = RELATIVE_PREFIXES.get(t.lower(i));
  if (unit === 'week' || unit === 'maand') {
    if (!rel) return null;
    const step = rel.kind === 'past' ? -1 : rel.kind === 'future' ? 1 : 0;
    const place: Placer =
      unit === 'week'
        ? (_y, ref) => {
            if (!ref) return null;
            const monday = ref.n - ((weekdayOf(ref.year, ref.month, ref.day) + 6) % 7) + 7 * step;
            const iso = isoOfDayNumber(monday);
            return {
              iso,
              endIso: isoOfDayNumber(monday + 6),
              precision: 'approximate',
              first: monday,
              last: monday + 6,
            };
          }
        : (_y, ref) => {
            if (!ref) return null;
            const index = ref.year * 12 + (ref.month - 1) + step;
            const year = Math.floor(index / 12);
            const month = (index % 12) + 1;
            const first = dayNumber(year, month, 1);
            const last = dayNumber(year, month, daysInMonth(year, month));
            return { iso: isoMonth(year, month), endIso: null, precision: 'month', first, last };
          };
    return { next: i + 2, dates: [rawDate(t.start(i), t.end(i + 1), { kind: 'ref' }, place)] };
  }
  // A month after a word that says which one: `na het vertrek van zakelijk directeur Klever jongstleden juli`
  // (1397), `afgelopen maart`: the last (or next) month of that name from the letter's day. With its year
  // written (`afgelopen juli 2023`) the month's own rule reads it; a month in a compound names a paper
  // (`de vorige mei-circulaire`).
  if (rel && rel.kind !== 'offset') {
    const month = t.monthAt(i + 1, false);
    const compound = month && t.punct(month.next, '-') && t.glued(month.next);
    if (month && !compound && !yearAfter(t, month.next)) {
      const place = monthPlacer(month.month, null, 'month');
      return { next: month.next, dates: [rawDate(t.start(i), t.endBefore(month.next), rel, place)] };
    }
  }
  const phrase = yearOffsetPhrase(t, i, false);
  if (!phrase) return null;
  const spec: YearSpec = { kind: 'offset', offset: phrase.offset };
  const within = monthOrSeasonAfter(t, phrase.next);
  if (within) {
    return {
      next: within.next,
      dates: [rawDate(t.start(i), t.end(within.next - 1), spec, within.place)],
    };
  }
  return { next: phrase.next, dates: [rawDate(t.start(i), t.end(i + 1), spec, yearPlacer(null))] };
}

/**
 * A month or season that narrows the year phrase before it, as people say it: `vorig jaar december`,
 * `vorig jaar in december`, `vorig jaar zomer` (233).
 */
function monthOrSeasonAfter(t: TokenReader, j: number): { next: number; place: Placer } | null {
  const k = t.word(j, 'in') ? j + 1 : j;
  const month = t.monthAt(k, false);
  if (month) return { next: month.next, place: monthPlacer(month.month, null, 'month') };
  // A season may take its article after `in`: `volgend jaar in de zomer`.
  const s = k > j && (t.word(k, 'de') || t.word(k, 'het')) ? k + 1 : k;
  const season = t.kind(s) === WORD ? SEASONS.get(t.lower(s)) : undefined;
  if (season) return { next: s + 1, place: monthPlacer(season[0], season[1], 'season') };
  return null;
}
