import { isWhiteSpace } from '../text/chars';
import { endsWithLower } from './label-chars';
import type { DateFinding } from '../types';

/**
 * `uiterlijk 1 juli`, `uiterlijk in 2017` (1012), `uiterlijk op 29 oktober` (1298), `voor 1 januari 2023`, `vóór de
 * zomer`, `niet later dan …`: the date is a deadline.
 */
const DEADLINE_BEFORE =
  /(?:\buiterlijk(?:\s+(?:in|op|per))?|(?:^|\s)vóór|\bvoor|\bniet later dan)(?:\s+(?:de|het))?\s*$/i;

/**
 * Before a whole period (a year, a half year, a quarter) a bare `voor` means "for", not "before": `de
 * Werkagenda voor 2024` (100), `de begroting van BHOS voor 2015` (948), `het werkprogramma voor de tweede
 * helft van 2016` (2263). Only the unambiguous words make such a date a deadline: `vóór 2027`,
 * `uiterlijk (voor) 2025`, `niet later dan 2030`. (`voor eind 2020`, `voor medio 2011` are dates of their
 * own, not periods, and keep the plain rule.)
 */
const PERIOD_DEADLINE_BEFORE =
  /(?:\buiterlijk(?:\s+(?:voor|in|op|per))?|(?:^|\s)vóór|\bniet later dan)(?:\s+(?:de|het))?\s*$/i;

/**
 * `voor` that names when something is scheduled, and `van voor`/`van vóór` ("from before") date no deadline:
 * `het plenaire debat voorzien voor 21 februari` (1252), `dat gepland staat voor 5 juni a.s.` (1573),
 * `documenten of rapporten van voor 22 juli 2017` (1934), `openstaande schades van vóór 31 maart 2017`.
 */
const NOT_A_DEADLINE =
  /(?:\b(?:gepland|voorzien|geagendeerd|ingepland)(?:\s+(?:staat|stond|is|was))?\s+voor|\bvan\s+(?:voor|vóór))(?:\s+(?:de|het))?\s*$/i;

/**
 * `DEADLINE_BEFORE.test(s)`, or `PERIOD_DEADLINE_BEFORE.test(s)` when the date is a whole period (see
 * there), unless `NOT_A_DEADLINE` says otherwise. A match ends with `uiterlijk`, `vóór`, `voor`, `dan`,
 * `in`, `op`, `per`, `de` or `het` and white space, so the regexes only run when `s` ends so (compared as the flag `i`
 * without `u` compares: see `endsWithLower`). Most text before a date
 * ends in another word (`op`, `in`, `van`).
 */
export function endsWithDeadlineCue(s: string, period = false): boolean {
  let end = s.length;
  while (end > 0 && isWhiteSpace(s.charCodeAt(end - 1))) end--;
  for (const w of DEADLINE_LAST_WORDS) {
    if (endsWithLower(s, end, w)) {
      return (period ? PERIOD_DEADLINE_BEFORE : DEADLINE_BEFORE).test(s) && !NOT_A_DEADLINE.test(s);
    }
  }
  return false;
}

const DEADLINE_LAST_WORDS = ['uiterlijk', 'vóór', 'voor', 'dan', 'in', 'op', 'per', 'de', 'het'];

/**
 * A year (`2024`, `dit jaar`, `2017–2020`), a quarter, or a span of months such as a half year (`de tweede
 * helft van 2016`): before these a bare `voor` means "for" (`endsWithDeadlineCue`).
 */
export function isWholePeriod(d: DateFinding): boolean {
  return (
    d.precision === 'year' ||
    d.precision === 'quarter' ||
    (d.precision === 'month' && d.endIso !== null && d.endIso !== d.iso)
  );
}
