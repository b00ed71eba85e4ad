import { MONTHS, ORDINALS, PARTS, SEASONS, WEEKDAYS, YEAR_OFFSET_WORDS } from './lexicon';
import type { RawDate } from './raw';
import { NUM, PUNCT, releaseTokens, tokenize, type Tokens, WORD, wordId } from './tokens';
import { dayExpression, numericDate } from './day-rules';
import { ANCHORS, RELATIVE_PREFIXES, VOCABULARY } from './grammar-words';
import { monthExpression, partExpression, quarterExpression, seasonExpression } from './part-of-year-rules';
import { anchorExpression, relativeExpression } from './relative-rules';
import { type Match, NO_DATES } from './rule-match';
import { TokenReader } from './token-reader';
import { yearExpression } from './year-rules';

/**
 * The Dutch date grammar (docs/domain.md §6), written by hand over tokens.
 *
 * Why not chrono-node: it is not a dependency here, and its Dutch locale misses what letters write most
 * (`12 en 13 oktober` yields only the 13th; `begin 2023`, `medio 2025`, `eerste kwartaal`, `Q1 2026`,
 * `jl.`/`a.s.` and parliamentary anchors yield nothing), so nearly every rule would be a custom parser
 * anyway, while its year-less dates are resolved with English-news heuristics we would have to undo.
 * A token grammar keeps each rule next to its real example, refuses document numbers, times and
 * citation years by looking at neighbouring tokens, and stays linear: every rule looks ahead a bounded
 * number of tokens.
 *
 * This module tries the rules at each token where a date may start (`matchAt`). The rules are functions of a
 * `TokenReader` (token-reader.ts), grouped by what they read: day-rules.ts, part-of-year-rules.ts,
 * year-rules.ts and relative-rules.ts; they share year-of-date.ts (the year a date names or takes), the
 * context checks of citation-checks.ts and clause-checks.ts, and the words of grammar-words.ts.
 */

// The rules `matchAt` tries for a word, per vocabulary index (bit flags).
const DAY_RULE = 1;
const MONTH_RULE = 2;
const PART_RULE = 4;
const SEASON_RULE = 8;
const QUARTER_RULE = 16;
const ANCHOR_RULE = 32;
const RELATIVE_RULE = 64;
/**
 * Set for words whose every rule reads a vocabulary word right after them (`deze week`, `dit jaar`,
 * `tweede kwartaal`, `lopende jaar`): ordinals, year-offset words and the `dit`/`deze` kind of relative
 * prefix, unless they can also start a date on their own (a weekday, month, part, season, anchor, `Q`, `H`,
 * or a relative prefix that a day or weekday may follow: `afgelopen 12 maart`). For them
 * `dayExpression` never matches (`dit`/`deze` are no prefix there, and a word is no day), and
 * `seasonExpression`, `anchorExpression`, `quarterExpression` and `relativeExpression` compare the next
 * token with a season, an anchor, `kwartaal`/`helft`, `week`/`maand` or `jaar`. `deze brief`,
 * `dit kabinet` and `Tweede Kamer` are most of a letter's candidate words.
 */
const NEEDS_WORD_AFTER = 128;
const RULES_OF_WORD = new Uint8Array(VOCABULARY.words.length);
VOCABULARY.words.forEach((w, id) => {
  const relative = RELATIVE_PREFIXES.has(w);
  const startsAlone =
    WEEKDAYS.has(w) ||
    MONTHS.has(w) ||
    PARTS.has(w) ||
    SEASONS.has(w) ||
    ANCHORS.has(w) ||
    w === 'q' ||
    w === 'h' ||
    (relative && RELATIVE_PREFIXES.get(w)?.kind !== 'offset');
  const needsWordAfter = !startsAlone && (ORDINALS.has(w) || YEAR_OFFSET_WORDS.has(w) || relative);
  RULES_OF_WORD[id] =
    (needsWordAfter ? NEEDS_WORD_AFTER : 0) |
    (WEEKDAYS.has(w) || relative ? DAY_RULE : 0) |
    (MONTHS.has(w) ? MONTH_RULE : 0) |
    (PARTS.has(w) ? PART_RULE : 0) |
    (SEASONS.has(w) || relative ? SEASON_RULE : 0) |
    (ORDINALS.has(w) || w === 'q' || w === 'h' ? QUARTER_RULE : 0) |
    (ANCHORS.has(w) || relative ? ANCHOR_RULE : 0) |
    (relative || YEAR_OFFSET_WORDS.has(w) ? RELATIVE_RULE : 0);
});

/** The longest date starting at token `i`, or null (the first of equally long ones). */
function matchAt(t: TokenReader, i: number): Match | null {
  const kind = t.kind(i);
  let best: Match | null = null;
  if (kind === NUM) {
    // A number starts a day (`dayAt`: 1–2 digits), a quarter (`1e kwartaal`: 1 digit) or a year
    // (`yearAt` without a footnote: 4 digits); the other rules give null for other lengths, so they are
    // not called (the order of the rest, which decides ties, is kept).
    const length = t.length(i);
    if (length <= 2) {
      // The three rules of a short number read the token after it first: a separator (`15-10-2022`,
      // `12, 13`, `30–31`), a vocabulary word (`12 maart`, `12 en 13`, `1e kwartaal`) or a day that lost its
      // dash (`13 14 oktober`). A longer number (`29 521`) or any other word (`12 procent`) ends them all.
      const nextDay = t.kind(i + 1) === NUM && t.length(i + 1) <= 2;
      if (t.kind(i + 1) !== PUNCT && !nextDay && !t.vocabularyWord(i + 1)) return null;
      best = longer(best, numericDate(t, i));
      best = longer(best, dayExpression(t, i));
      best = longer(best, quarterExpression(t, i));
    } else {
      best = longer(best, numericDate(t, i));
      if (length === 4) best = longer(best, yearExpression(t, i));
    }
  } else if (kind === WORD) {
    const id = wordId(t.tokens, i);
    const rules = id < 0 ? 0 : (RULES_OF_WORD[id] as number);
    if (rules & NEEDS_WORD_AFTER && !t.vocabularyWord(i + 1)) return null;
    if (rules & DAY_RULE) best = longer(best, dayExpression(t, i));
    if (rules & MONTH_RULE) best = longer(best, monthExpression(t, i, null, t.start(i)));
    if (rules & PART_RULE) best = longer(best, partExpression(t, i));
    if (rules & SEASON_RULE) best = longer(best, seasonExpression(t, i));
    if (rules & QUARTER_RULE) best = longer(best, quarterExpression(t, i));
    if (rules & ANCHOR_RULE) best = longer(best, anchorExpression(t, i));
    if (rules & RELATIVE_RULE) best = longer(best, relativeExpression(t, i));
  }
  return best;
}

function longer(best: Match | null, candidate: Match | null): Match | null {
  return candidate && (!best || candidate.next > best.next) ? candidate : best;
}

/** Every date the grammar reads in `text`, in text order, not yet resolved. */
export function parseDates(text: string): RawDate[] {
  const tokens = tokenize(text, VOCABULARY);
  try {
    return datesAtCandidates(new TokenReader(tokens), tokens);
  } finally {
    releaseTokens();
  }
}

/**
 * The dates at the candidate tokens, left to right. Apart from `parseDates` so that nothing but `return`
 * follows the loop, as in the tokenizer's `scan`: the engine compiles the loop while the first call runs,
 * and a call after it (`releaseTokens`) had no type feedback then, so the compiled code was thrown away at
 * the end of that call and the next call began in the interpreter again.
 */
function datesAtCandidates(reader: TokenReader, tokens: Tokens): RawDate[] {
  const out: RawDate[] = [];
  // Left to right, a date's tokens are not tried again: `next` is the first token a date may start at.
  // Tokens that are no candidate give no date, so only candidates are tried.
  let next = 0;
  for (let c = 0; c < tokens.candidateCount; c++) {
    const i = tokens.candidates[c] as number;
    if (i < next) continue;
    const m = matchAt(reader, i);
    if (!m) continue;
    // A match that is no date (NO_DATES) only moves `next`. An index loop, not `for … of`: an inlined
    // iterator deoptimized on the arrays' different maps.
    const dates = m.dates;
    if (dates !== NO_DATES) {
      for (let k = 0; k < dates.length; k++) out.push(dates[k] as RawDate);
    }
    next = Math.max(m.next, i + 1);
  }
  return out;
}

/**
 * `parseDates` without the candidate list: every token is tried. Slower and otherwise the same, which the
 * tests check; it is the plain reading of the rule "the longest date at each token, left to right".
 */
export function parseDatesTryingEveryToken(text: string): RawDate[] {
  const tokens = tokenize(text, VOCABULARY);
  const reader = new TokenReader(tokens);
  const out: RawDate[] = [];
  try {
    for (let i = 0; i < tokens.count;) {
      const m = matchAt(reader, i);
      if (m) {
        for (const d of m.dates) out.push(d);
        i = Math.max(m.next, i + 1);
      } else {
        i++;
      }
    }
  } finally {
    releaseTokens();
  }
  return out;
}
