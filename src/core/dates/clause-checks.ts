import {
  DONE_PARTICIPLES,
  MODAL_FORMS,
  PAST_FINITE_VERBS,
  PAST_FUTURE_VERBS,
  PAST_PLAN_VERBS,
  PERFECT_AUXILIARIES,
  PLAN_PARTICIPLES,
  SEASONS,
} from './lexicon';
import { isParticiple } from './tense';
import { GAP_LINE, GAP_PARA, WORD } from './tokens';
import type { TokenReader } from './token-reader';

/**
 * What the clause around a date says of its time: a motion's observation, a perfect or past tense, a deadline
 * seen from the past, or a habit (`jaarlijks`, `elk jaar`) that names no one occurrence.
 */

/** How many tokens `inObservedClause` walks back to the start of a motion's clause. */
const OBSERVED_CLAUSE_REACH = 120;

/**
 * Words between a perfect auxiliary and the cue of a season or recess it dates: `hebben dit rapport voor de zomer`
 * (1255), `heb ik u op het vlak van crisisbeheersing voor het kerstreces` (1600).
 */
const PERFECT_CLAUSE_REACH = 8;

/** How many words after a season or recess `pastInPerfectClause` looks for its participle: `te maken gehad` (804). */
const PARTICIPLE_AFTER_SEASON_REACH = 5;

/**
 * The perfect auxiliaries that, right before the cue of a season or recess, put its clause in the past when a
 * participle follows (see `pastInPerfectClause`).
 */
export const PERFECT_AUXILIARIES_BEFORE_CUE: ReadonlySet<string> = new Set([
  'heb',
  'hebt',
  'heeft',
  'hebben',
  'is',
  'zijn',
]);

/**
 * Words that open another clause or verb group between a season and a participle: `hebben toegezegd dat het voor de
 * zomer wordt afgerond` is no perfect clause of the summer.
 */
const OTHER_CLAUSE_WORDS: ReadonlySet<string> = new Set([
  // The present of `worden`, a passive's auxiliary, and the modals (`zal`, `kan`, `moet`, …).
  'wordt',
  'worden',
  ...MODAL_FORMS,
  'dat',
  'om',
  'en',
  'of',
]);

/** How far `habitualClause` reads from a date's cue back and from its end on, in words. */
const HABIT_REACH_BEFORE = 12;
const HABIT_REACH_AFTER = 8;
/** `elk jaar`, `ieder jaar`, `elk voorjaar` (see `habitualClause`). */
const EVERY: ReadonlySet<string> = new Set(['elk', 'elke', 'ieder', 'iedere']);
/** Words before `elk jaar` that make the clause tell of this year's, as of every year's: `zoals elk jaar`, `net als ieder jaar`. */
const AS_EVERY: ReadonlySet<string> = new Set(['zoals', 'als', 'evenals']);

/**
 * Is token `i` in a motion's `constaterende dat …` clause? What a motion observes has happened: `constaterende
 * dat de regering in december een «aanwijzing» aan gemeenten gaf` in a motion of January 2022 is December
 * 2021 (1055), `… dat de Staten-Generaal in november gezamenlijk het rapport … gepresenteerd hebben` in one of
 * February 2018 November 2017 (124). The clause opens a line, `constaterende` first; on a page that breaks
 * lines mid-sentence it may have begun a line or more before. A `;` or `.` in between, or a blank line, ends it.
 */
export function inObservedClause(t: TokenReader, i: number): boolean {
  for (let k = i - 1, seen = 0; k >= 0 && seen < OBSERVED_CLAUSE_REACH; k--, seen++) {
    if (t.punct(k, ';') || t.punct(k, '.')) return false;
    const gap = t.gaps[k];
    if (gap === GAP_LINE || gap === GAP_PARA || k === 0) {
      if (t.word(k, 'constaterende')) return true;
      if (gap === GAP_PARA) return false;
    }
  }
  return false;
}

/**
 * Is the season or recess at `i` (its cue and article before it) followed at `next` by a participle of what is
 * done to a paper, in a clause whose perfect auxiliary stands a few words before the cue, with no punctuation
 * between: `hebben dit rapport voor de zomer ontvangen` (1255)?
 */
export function doneInPerfectClause(t: TokenReader, i: number, next: number): boolean {
  if (t.kind(next) !== WORD || !DONE_PARTICIPLES.has(t.lower(next))) return false;
  let k = t.word(i - 1, 'de') || t.word(i - 1, 'het') ? i - 3 : i - 2;
  for (const stop = k - PERFECT_CLAUSE_REACH; k >= 0 && k > stop; k--) {
    if (t.kind(k) !== WORD) return false;
    if (PERFECT_AUXILIARIES.has(t.lower(k))) return true;
  }
  return false;
}

/**
 * Is the season or recess at `i` (its cue and article before it) the last one, in a perfect clause whose
 * auxiliary stands right before the cue and whose participle follows a few words after `next`, with no
 * punctuation between: `Drie slachthuizen hebben voor de zomer te maken gehad met grote clusters van
 * besmettingen` in a letter of January 2021 is the summer of 2020 (804). `doneInPerfectClause` reads only the word
 * right after the season. A plan participle (`is voor de zomer gepland`) may lie ahead, and a word of another
 * clause or verb group (`wordt`, `zal`, `dat`) ends the search.
 */
export function pastInPerfectClause(t: TokenReader, i: number, next: number): boolean {
  if (!PERFECT_AUXILIARIES_BEFORE_CUE.has(t.lower(t.cueBefore(i) - 1))) return false;
  for (let k = next; k < next + PARTICIPLE_AFTER_SEASON_REACH; k++) {
    if (t.kind(k) !== WORD) return false;
    // Words outside the grammar's vocabulary have no lower case of their own: read them from the text.
    const w = t.vocabularyWord(k) ? t.lower(k) : t.text.slice(t.start(k), t.end(k)).toLowerCase();
    if (OTHER_CLAUSE_WORDS.has(w) || PLAN_PARTICIPLES.has(w)) return false;
    if (DONE_PARTICIPLES.has(w) || isParticiple(w)) return true;
  }
  return false;
}

/**
 * Does the clause tell of a deadline, whose cue (`voor`, `vóór`, `uiterlijk`) stands at `cue` and whose season,
 * month or recess ends before `next`, as seen from the past? Then it is no next such season or month but the
 * reference year's, as a date without a cue is: `Zoals toegezegd voor de zomer zou ik uw Kamer updaten` in a
 * letter of September 2022 is the summer of 2022 (1996), and so is `stond gepland voor juni` in one of
 * October. A past-future `zou` right after it, or a plan participle with a past finite verb around the cue:
 * `stond gepland voor juni`, `was voor juni voorzien`, `dat voor juni gepland stond`.
 */
export function deadlineSeenFromPast(t: TokenReader, cue: number, next: number): boolean {
  const after = t.lower(next);
  if (PAST_FUTURE_VERBS.has(after)) return true;
  const before = t.lower(cue - 1);
  if (PLAN_PARTICIPLES.has(before)) return PAST_PLAN_VERBS.has(t.lower(cue - 2));
  return (
    PLAN_PARTICIPLES.has(after) && (PAST_PLAN_VERBS.has(before) || PAST_PLAN_VERBS.has(t.lower(next + 1)))
  );
}

/** A perfect or past auxiliary at `i` or one word before it (`zijn reeds`, `is al`, `heeft`). */
export function perfectClauseBefore(t: TokenReader, i: number): boolean {
  return PERFECT_AUXILIARIES.has(t.lower(i)) || PERFECT_AUXILIARIES.has(t.lower(i - 1));
}

/** `heb`, `heeft`, `hadden`, `was`: a finite verb of a past tense (PAST_FINITE_VERBS). */
export function isPastFiniteVerb(t: TokenReader, i: number): boolean {
  return t.kind(i) === WORD && PAST_FINITE_VERBS.has(t.lower(i));
}

/**
 * Does the clause of a date without a year, from its cue at `cue` to its end before `next`, tell of what happens
 * every year? Then it names no one occurrence: `Elk jaar wordt u met Prinsjesdag door het kabinet geïnformeerd over
 * de voortgang` (431) no one Prinsjesdag, `Het RIVM brengt jaarlijks voor de zomer een vaccinatiegraadrapport uit`
 * (215) no one summer, `Het kabinet besluit ieder jaar eind augustus over de lastenkant` (985) no one August.
 * `Zoals elk jaar` does: this year's, as the years before. Read to the nearest punctuation, a few words each way.
 * A year written with the date names one (`jaarlijks in mei 2024`), and so does `vorig jaar`: those never ask.
 */
export function habitualClause(t: TokenReader, cue: number, next: number): boolean {
  for (let k = cue - 1; k >= 0 && k >= cue - HABIT_REACH_BEFORE; k--) {
    if (t.kind(k) !== WORD || t.gaps[k + 1] === GAP_PARA) break;
    if (habitAt(t, k)) return true;
  }
  for (let k = next; k < next + HABIT_REACH_AFTER; k++) {
    if (t.kind(k) !== WORD || t.gaps[k] === GAP_PARA) break;
    if (habitAt(t, k)) return true;
  }
  return false;
}

/**
 * `jaarlijks`, `elk jaar`, `ieder jaar`, `elk voorjaar` at `k`, not after `zoals` (or `net als`, `evenals`).
 * A season after `elk` is every year's too: `ieder voorjaar in april`.
 */
function habitAt(t: TokenReader, k: number): boolean {
  const w = t.fullLower(k);
  const every = EVERY.has(w) && t.kind(k + 1) === WORD;
  const habit = w === 'jaarlijks' || (every && (t.word(k + 1, 'jaar') || SEASONS.has(t.lower(k + 1))));
  return habit && !(t.kind(k - 1) === WORD && AS_EVERY.has(t.fullLower(k - 1)));
}
