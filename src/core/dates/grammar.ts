import { dayNumber, daysInMonth, isoMonth, isoOfDayNumber, nthWeekdayOfMonth, weekdayOf } from './calendar';
import { isParticiple } from './tense';
import {
  DONE_PARTICIPLES,
  ISSUED_PAPERS,
  YEAR_REPORTS,
  SENDER_BREAKS,
  MEETINGS,
  MONTHS,
  MONTH_ABBREVIATIONS,
  NUMBER_PREFIXES,
  NUMBER_SUFFIXES,
  ORDINALS,
  PARTS,
  PAST_FINITE_VERBS,
  PAST_FUTURE_VERBS,
  PAST_PLAN_VERBS,
  PERFECT_AUXILIARIES,
  PLAN_PARTICIPLES,
  SEASONS,
  WEEKDAYS,
  YEAR_CUES,
  YEAR_OFFSET_WORDS,
  type Part,
} from './lexicon';
import {
  dayPlacer,
  yearToMonthPlacer,
  monthPlacer,
  yearPlacer,
  type Placer,
  type RawDate,
  type YearSpec,
} from './raw';
import {
  GAP_LINE,
  GAP_NONE,
  GAP_PARA,
  NONE,
  NUM,
  PUNCT,
  WORD,
  Vocabulary,
  releaseTokens,
  tokenize,
  wordId,
  type Tokens,
} from './tokens';

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
 */

/** Tokens that may be glued right before a day number (`(12 maart`, `30-31`). */
const DAY_OPENERS = charCodes(['(', '[', '«', '"', '“', '‘', "'", '-', '–', '—', '‐', '‑', '−']);
const DASHES = charCodes(['-', '–', '—', '‐', '‑', '−']);

/** Separators of a numeric date: `15-10-2022`, `15/10/2022`, `15.10.2022`. */
const NUMERIC_SEPARATORS = charCodes(['-', '/', '.']);

function charCodes(chars: readonly string[]): ReadonlySet<number> {
  return new Set(chars.map((c) => c.charCodeAt(0)));
}

const PERIOD = 46; // .
const COMMA = 44; // ,
const COLON = 58; // :
const SLASH = 47; // /
const HYPHEN = 45; // -
const QUESTION = 63; // ?
const EXCLAMATION = 33; // !
const PERCENT = 37; // %
const EURO = 0x20ac; // €
const CAPITAL_I = 73; // I
/** The longest period `periodUntil` reads as one: a decade (`van begin 2015 tot eind 2025`). */
const MAX_PERIOD_YEARS = 10;
/** A leap year, to check the order of two ends that have no year yet (29 februari exists in it). */
const PROBE_YEAR = 2000;
const CAPITAL_K = 75; // K
const CAPITAL_T = 84; // T
const CAPITAL_E = 69; // E

/** How many tokens `inObservedClause` walks back to the start of a motion's clause. */
const OBSERVED_CLAUSE_REACH = 120;

/** Endings of an ordinal day glued to its number: `2de`, `1ste`, `3e`. */
const ORDINAL_ENDINGS = new Set(['e', 'de', 'ste']);

/** How many days `13/18 december` may span at most: a conference, a week of votes; not `1/30`. */
const MAX_SLASHED_SPAN = 14;

/** Words that make the number after them an amount (`ongeveer 2000 mensen`), kept in NUMBER_PREFIXES. */
const APPROXIMATIONS = new Set(['ongeveer', 'circa', 'ca']);
/** Time words before an approximation that make its number a year again: `Vanaf ongeveer 2020` (844). */
const APPROXIMATE_YEAR_CUES = new Set(['vanaf', 'sinds', 'sedert']);

/** Words after which a month without day and year is a date (`in november`, `sinds juni`). */
const MONTH_CUES = new Set([
  'in',
  'sinds',
  'sedert', // `sinds` in older papers (545)
  'vanaf',
  'per',
  'tot',
  'na',
  'voor',
  'vóór',
  'rond',
  'omstreeks',
  'tijdens',
  'gedurende',
  'maand',
  'uiterlijk',
  'half',
  'van',
  // `In mijn brief uit juni heb ik de hoofdlijnen … uiteen gezet` in a letter of December 2015 (1952).
  'uit',
]);

/** Prepositions (before an optional article) that make a bare season a date: `voor de zomer`. */
const SEASON_CUES: ReadonlyMap<string, YearSpec['kind']> = new Map([
  ['in', 'default'],
  ['tijdens', 'default'],
  ['rond', 'default'],
  ['sinds', 'default'],
  ['sedert', 'default'],
  ['begin', 'default'],
  ['eind', 'default'],
  ['einde', 'default'],
  ['medio', 'default'],
  // `na de zomer` in a September letter is this year's summer, just ended.
  ['na', 'default'],
  ['voor', 'future'],
  ['vóór', 'future'],
  ['vanaf', 'future'],
  ['tot', 'future'],
  // `wordt verplaatst naar het najaar` (2707): a plan moved to the coming season.
  ['naar', 'future'],
  ['uiterlijk', 'future'],
]);

/**
 * Prepositions before a parliamentary anchor that make it a date: `voor het zomerreces` (its next occurrence),
 * `op Prinsjesdag` (see `anchorExpression`).
 */
const ANCHOR_CUES = new Set([
  'voor',
  'vóór',
  'na',
  'rond',
  'rondom',
  'tot',
  'uiterlijk',
  'tijdens',
  'met',
  'vanaf',
  'op',
]);

/** How many words may name what an anchor is of before its day: `van het Ministerie van Financiën op`. */
const ANCHOR_COMPLEMENT_WORDS = 5;

/** Words before a date or anchor that say which occurrence is meant. */
const RELATIVE_PREFIXES: ReadonlyMap<string, YearSpec> = new Map<string, YearSpec>([
  ['afgelopen', { kind: 'past' }],
  ['jongstleden', { kind: 'past' }],
  ['laatstleden', { kind: 'past' }],
  ['vorige', { kind: 'past' }],
  ['vorig', { kind: 'past' }],
  ['komende', { kind: 'future' }],
  ['komend', { kind: 'future' }],
  ['aankomende', { kind: 'future' }],
  ['aanstaande', { kind: 'future' }],
  ['eerstkomende', { kind: 'future' }],
  ['eerstvolgende', { kind: 'future' }],
  ['volgende', { kind: 'future' }],
  ['volgend', { kind: 'future' }],
  ['dit', { kind: 'offset', offset: 0 }],
  ['deze', { kind: 'offset', offset: 0 }],
]);

/** Parliamentary anchors: fixed days or recess periods, placed in a year. */
const ANCHORS: ReadonlyMap<string, Placer> = new Map<string, Placer>([
  // Third Tuesday of September (Grondwet art. 65).
  ['prinsjesdag', (y, r) => dayPlacer(9, nthWeekdayOfMonth(y, 9, 2, 3), null)(y, r)],
  // Third Wednesday of May (Comptabiliteitswet 2016, art. 2.37).
  ['verantwoordingsdag', (y, r) => dayPlacer(5, nthWeekdayOfMonth(y, 5, 3, 3), null)(y, r)],
  // Recesses move every year: their months, marked approximate.
  ['zomerreces', monthPlacer(7, 8, 'approximate')],
  ['kerstreces', monthPlacer(12, 1, 'approximate', 1)],
  ['herfstreces', monthPlacer(10, null, 'approximate')],
  ['voorjaarsreces', monthPlacer(2, null, 'approximate')],
  ['meireces', monthPlacer(5, null, 'approximate')],
  // The budget debates follow Prinsjesdag in October and November.
  ['begrotingsbehandeling', monthPlacer(10, 11, 'approximate')],
  ['begrotingsbehandelingen', monthPlacer(10, 11, 'approximate')],
  // The turn of the year: the night from 31 December to 1 January.
  ['jaarwisseling', dayPlacer(12, 31, { month: 1, day: 1, yearDelta: 1 })],
]);

/** Anchors that are one day (the others are months or a recess): `op Prinsjesdag` is a date, `op de begrotingsbehandeling` mostly not. */
const DAY_ANCHORS: ReadonlySet<string> = new Set(['prinsjesdag', 'verantwoordingsdag']);

/**
 * Anchors whose written year names the budget year they debate, not the year they are held in: `Tijdens de
 * begrotingsbehandeling 2010 hebben enkele van uw leden aangegeven …` in a letter of February 2010 (959) was the
 * debate of autumn 2009, as `de begrotingsbehandeling 2025` in a verslag of May 2025 (116) was of autumn 2024.
 */
const BUDGET_DEBATES: ReadonlySet<string> = new Set(['begrotingsbehandeling', 'begrotingsbehandelingen']);
/** How far `habitualClause` reads from a date's cue back and from its end on, in words. */
const HABIT_REACH_BEFORE = 12;
const HABIT_REACH_AFTER = 8;
/** `elk jaar`, `ieder jaar`, `elk voorjaar` (see `habitualClause`). */
const EVERY: ReadonlySet<string> = new Set(['elk', 'elke', 'ieder', 'iedere']);
/** Words before `elk jaar` that make the clause tell of this year's, as of every year's: `zoals elk jaar`, `net als ieder jaar`. */
const AS_EVERY: ReadonlySet<string> = new Set(['zoals', 'als', 'evenals']);

/** How many capitalized words may name the chapter of a budget debate before `voor` and its year: `LNV`. */
const BUDGET_CHAPTER_WORDS = 2;
/** How far `reportedBefore` looks back on a day's line for the paper that reports it, in tokens. */
const PAPER_LINE_REACH = 40;

interface Match {
  next: number;
  dates: readonly RawDate[];
}

/**
 * The dates of a match that is no date (a year in a citation, `2000 euro`): it still moves `next` past
 * its tokens. One shared array, recognized by identity in `datesAtCandidates`, so that the loop there
 * reads only arrays of dates: an empty array literal has another elements kind than an array that holds
 * objects, and the loop, compiled while the first call ran, was thrown away ("wrong map") when the kind
 * it had not seen yet came.
 */
const NO_DATES: readonly RawDate[] = [];
/** The year of a cited letter's day (see `yearOfUnwritten`). */
const SENT: YearSpec = { kind: 'past', sent: true };
/** The year of a day that lies before the text for another reason (see `yearOfUnwritten`). */
const PAST: YearSpec = { kind: 'past' };
const FUTURE: YearSpec = { kind: 'future' };

/** Words before a month that make it a deadline, the next such month: `de Kamer hierover voor september te informeren`. */
const DEADLINE_MONTH_CUES = new Set(['voor', 'vóór', 'uiterlijk']);

interface YearHit {
  year: number;
  next: number;
  /** Char end: shorter than the token when a footnote digit is glued on (`20211`). */
  end: number;
}

interface RelHit {
  next: number;
  spec: YearSpec;
}

const MIN_YEAR = 1800;
const MAX_YEAR = 2199;
/** A bare year: 1900 to 2100, the horizon of the climate scenarios (`een stijging van … graden Celsius in 2100`, 2415). */
const isPlausibleBareYear = (y: number): boolean => y >= 1900 && y <= 2100;

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
const PERFECT_AUXILIARIES_BEFORE_CUE: ReadonlySet<string> = new Set([
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
  'wordt',
  'worden',
  'zal',
  'zullen',
  'zou',
  'zouden',
  'kan',
  'kunnen',
  'moet',
  'moeten',
  'dat',
  'om',
  'en',
  'of',
]);

/** How far back `dat jaar` looks for the year it means: a sentence or two. */
const THAT_YEAR_REACH = 400;

/**
 * Words the rules compare a token with, spelled out so that each is in the vocabulary: the type of
 * `word(i, w)` only accepts these, and every lexicon map and set below is added as a whole.
 */
const LITERALS = [
  'a',
  'd',
  'aanhangsel',
  'aanst',
  'aanstaande',
  'as',
  'constaterende',
  'dat',
  'de',
  'e',
  'en',
  'had',
  'hadden',
  'half',
  'halfjaar',
  'handelingen',
  'heb',
  'hebben',
  'heeft',
  'helft',
  'het',
  'i', // `m.i.v.`
  'in',
  'item',
  'j',
  'jaar',
  'jl',
  'jongstleden',
  'kwartaal',
  'l',
  'laatste',
  'laatstleden',
  'll',
  'loop',
  'm',
  'maand',
  'maanden',
  'met',
  'naar',
  'nr',
  'nrs',
  'of',
  'op',
  'q',
  'h',
  'respectievelijk',
  's',
  'sedert',
  'sinds',
  'ste',
  'p', // `i.p.v.`
  't',
  'tot',
  'trimester',
  'tussen',
  'uit',
  'v', // `m.i.v.`
  'van',
  'vergaderjaar',
  'was',
  'waren',
  'week',
  'zes',
  'zittingsjaar',
] as const;
type Literal = (typeof LITERALS)[number];

/** Words `matchAt` has a rule for: a date can only start with one of them (or with a digit run). */
const START_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS.keys(),
  ...RELATIVE_PREFIXES.keys(),
  ...MONTHS.keys(),
  ...PARTS.keys(),
  ...SEASONS.keys(),
  ...ORDINALS.keys(),
  'q',
  'h',
  ...ANCHORS.keys(),
  ...YEAR_OFFSET_WORDS.keys(),
]);

/** `d.d.` (de dato), `m.i.v.` (met ingang van) and `i.p.v.` (in plaats van), written with full stops. */
const DE_DATO: readonly Literal[] = ['d', 'd'];
const MET_INGANG_VAN: readonly Literal[] = ['m', 'i', 'v'];
const IN_PLAATS_VAN: readonly Literal[] = ['i', 'p', 'v'];

/** Every word any rule looks up: a word outside it is never matched, so it needs no lower case. */
const VOCABULARY = new Vocabulary(
  [
    ...LITERALS,
    ...START_WORDS,
    ...MONTH_ABBREVIATIONS.keys(),
    ...YEAR_CUES,
    ...NUMBER_PREFIXES,
    ...NUMBER_SUFFIXES,
    ...MONTH_CUES,
    ...SEASON_CUES.keys(),
    ...ANCHOR_CUES,
    ...DONE_PARTICIPLES,
    ...PERFECT_AUXILIARIES,
    ...ISSUED_PAPERS,
    ...SENDER_BREAKS,
    ...MEETINGS,
    ...PAST_FUTURE_VERBS,
    ...PLAN_PARTICIPLES,
    ...PAST_PLAN_VERBS,
  ],
  START_WORDS,
);

/** How many tokens a paper's sender may run to, `de commissie-Ekkart` (see `paperOfSender`). */
const SENDER_TOKENS = 6;

/** Words that may open the brackets after an anchor before the date that says when (`(uiterlijk half november)`). */
const BRACKETED_WHEN: ReadonlySet<string> = new Set([
  'uiterlijk',
  'rond',
  'omstreeks',
  'half',
  'vermoedelijk',
]);

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

class Grammar {
  /** Token indexes of years accepted so far: a later `en 2015` continues such a list. */
  private readonly acceptedYears = new Set<number>();
  /** The first token of each date given a year from its line (`lineYearBefore`), and that year. */
  private readonly lineYears = new Map<number, number>();
  private readonly text: string;
  private readonly count: number;
  private readonly kinds: Uint8Array;
  private readonly gaps: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  constructor(private readonly tokens: Tokens) {
    this.text = tokens.text;
    this.count = tokens.count;
    this.kinds = tokens.kinds;
    this.gaps = tokens.gaps;
    this.starts = tokens.starts;
    this.ends = tokens.ends;
  }

  // ---- token access (an index outside the list is a token of kind NONE) ----

  private exists(i: number): boolean {
    return i >= 0 && i < this.count;
  }

  private kind(i: number): number {
    return i >= 0 && i < this.count ? (this.kinds[i] as number) : NONE;
  }

  private start(i: number): number {
    return this.starts[i] as number;
  }

  private end(i: number): number {
    return this.ends[i] as number;
  }

  private length(i: number): number {
    return (this.ends[i] as number) - (this.starts[i] as number);
  }

  /** The lower case of a vocabulary word; '' for any other token (no rule compares with those). */
  private lower(i: number): string {
    const id = this.kind(i) === WORD ? wordId(this.tokens, i) : -1;
    return id < 0 ? '' : (VOCABULARY.words[id] as string);
  }

  /** The value of a digit run's first `digits` digits. */
  private value(i: number, digits = this.length(i)): number {
    let v = 0;
    const s = this.start(i);
    for (let k = 0; k < digits; k++) v = v * 10 + (this.text.charCodeAt(s + k) - 48);
    return v;
  }

  /** Is token `i` a word of the vocabulary (one a rule may compare with)? */
  private vocabularyWord(i: number): boolean {
    return this.kind(i) === WORD && wordId(this.tokens, i) >= 0;
  }

  /** Is the word at `i` written with a capital (its first character changes in lower case)? */
  private capitalized(i: number): boolean {
    const c = this.text.charCodeAt(this.start(i));
    if (c < 128) return c >= 65 && c <= 90;
    const initial = this.text[this.start(i)] as string;
    return initial !== initial.toLowerCase();
  }

  // ---- token tests ----

  private word(i: number, w: Literal): boolean {
    return this.kind(i) === WORD && this.lower(i) === w;
  }

  /** A one-character punctuation token; `p` is one character. */
  private punct(i: number, p: string): boolean {
    return this.punctCode(i) === p.charCodeAt(0);
  }

  /** The character of a one-character punctuation token, or -1. */
  private punctCode(i: number): number {
    if (this.kind(i) !== PUNCT || this.length(i) !== 1) return -1;
    return this.text.charCodeAt(this.start(i));
  }

  private glued(i: number): boolean {
    return this.exists(i) && this.gaps[i] === GAP_NONE;
  }

  private isDash(i: number): boolean {
    return DASHES.has(this.punctCode(i));
  }

  /** Char end of the token before `i`. */
  private endBefore(i: number): number {
    return this.exists(i - 1) ? this.end(i - 1) : 0;
  }

  /** A word with an optional glued period: `jl.`, `jl`. Returns the next index or -1. */
  private dotted(i: number, w: Literal, requireDot = false): number {
    if (!this.word(i, w)) return -1;
    if (this.punct(i + 1, '.') && this.glued(i + 1)) return i + 2;
    return requireDot ? -1 : i + 1;
  }

  /** Letters joined by glued periods: `j.l.`, `a.s.`, `d.d.`. */
  private abbreviation(i: number, letters: readonly Literal[]): number {
    if (!this.word(i, letters[0] as Literal)) return -1;
    let k = i + 1;
    for (let x = 1; x < letters.length; x++) {
      if (!(
        this.punct(k, '.') &&
        this.glued(k) &&
        this.word(k + 1, letters[x] as Literal) &&
        this.glued(k + 1)
      )) {
        return -1;
      }
      k += 2;
    }
    if (this.punct(k, '.') && this.glued(k)) k++;
    return k;
  }

  /** `t/m` (tot en met). */
  private tm(i: number): number {
    return this.word(i, 't') &&
      this.punct(i + 1, '/') &&
      this.glued(i + 1) &&
      this.word(i + 2, 'm') &&
      this.glued(i + 2)
      ? i + 3
      : -1;
  }

  /**
   * Range connectors: a dash, `t/m`, `tot en met`, `tot`; and `en` when `tussen` stands before the first
   * date, which starts at token `first`.
   */
  private rangeConnector(i: number, first = -1): number {
    if (this.isDash(i)) return i + 1;
    const tm = this.tm(i);
    if (tm >= 0) return tm;
    if (this.word(i, 'tot')) return this.word(i + 1, 'en') && this.word(i + 2, 'met') ? i + 3 : i + 1;
    // `tussen 2017 en 2020` (507), `tussen december 2023 en december 2024` (407): a period, as `2017–2020`.
    if (first >= 0 && this.word(i, 'en') && this.word(first - 1, 'tussen')) return i + 1;
    return -1;
  }

  /** List connectors: `,`, `en`, `of`, `, en`. */
  private listConnector(i: number): number {
    if (this.punct(i, ',')) return this.word(i + 1, 'en') ? i + 2 : i + 1;
    if (this.word(i, 'en') || this.word(i, 'of')) return i + 1;
    return -1;
  }

  /** The token before `i`, skipping an opening bracket and an abbreviation's period (`nr.`, `Stcrt.`). */
  private previousSignificant(i: number): number {
    let k = i - 1;
    if (this.punct(k, '(') || this.punct(k, '«')) k--;
    if (this.punct(k, '.') && this.gaps[k] === GAP_NONE && this.kind(k - 1) === WORD) k--;
    return k;
  }

  /**
   * `in de loop van het najaar` (1665): the season's cue is the whole phrase, whose last word, `van`, is no cue
   * on its own. `'default'` when the words before the season at `i` (and its article) are that phrase.
   */
  private inTheCourseOf(i: number): 'default' | undefined {
    const k = this.word(i - 1, 'de') || this.word(i - 1, 'het') ? i - 2 : i - 1;
    const phrase =
      this.word(k, 'van') && this.word(k - 1, 'loop') && this.word(k - 2, 'de') && this.word(k - 3, 'in');
    return phrase ? 'default' : undefined;
  }

  /** The token of the word before `i`, past an article: the cue of `voor de zomer`. */
  private cueBefore(i: number): number {
    return this.word(i - 1, 'de') || this.word(i - 1, 'het') ? i - 2 : i - 1;
  }

  /** The word before `i`, skipping an article ('' for a word outside the vocabulary). */
  private previousWordSkippingArticle(i: number): string | null {
    const k = this.cueBefore(i);
    return this.kind(k) === WORD ? this.lower(k) : null;
  }

  // ---- atoms ----

  /** `Vastgesteld16 april 2010` (72): the day of a verslag's date line with its space lost. */
  private afterVastgesteld(i: number): boolean {
    return this.kind(i - 1) === WORD && this.fullLower(i - 1) === 'vastgesteld';
  }

  /**
   * Does an abbreviation written with full stops, its `letters` (`d.d.`, `m.i.v.`), end right before token `i`? Its
   * letters and stops glued together; the token may be glued to the last stop: `brief d.d.16 juni 1999` (592).
   */
  private afterDottedAbbreviation(i: number, letters: readonly Literal[]): boolean {
    let k = i - 1;
    for (let n = letters.length - 1; n >= 0; n--) {
      if (!this.punct(k, '.') || !this.glued(k) || !this.word(k - 1, letters[n] as Literal)) return false;
      if (n > 0 && !this.glued(k - 1)) return false;
      k -= 2;
    }
    return true;
  }

  private dayAt(i: number): number | null {
    if (this.kind(i) !== NUM || this.length(i) > 2) return null;
    const v = this.value(i);
    if (v < 1 || v > 31) return null;
    if (this.gluedToWordBefore(i) && !this.afterVastgesteld(i) && !this.afterDottedAbbreviation(i, DE_DATO))
      return null;
    if (this.glued(i + 1)) {
      const nx = this.kind(i + 1);
      const nc = this.punctCode(i + 1);
      // `9oktober 2023` (132): a day whose space was lost before its month's full name.
      if (nx === WORD && MONTHS.has(this.lower(i + 1)) && this.lower(i + 1).length >= 3) return v;
      if (nx === WORD || nx === NUM || nc === SLASH) return null;
      // `14.01 uur`, `1,5`, `10:30`: a decimal or a time, not a day.
      if ((nc === PERIOD || nc === COMMA || nc === COLON) && this.kind(i + 2) === NUM && this.glued(i + 2)) {
        return null;
      }
    }
    return v;
  }

  /**
   * `22/23 april` (2390), `13/18 december 2005` (2631, a conference of six days): a day, a slash and a later day of
   * the same fortnight, glued, before a month's name. Null when there is none; else the later day.
   */
  private slashedDays(i: number): number | null {
    if (this.kind(i) !== NUM || this.length(i) > 2 || this.gluedToWordBefore(i)) return null;
    const v = this.value(i);
    if (v < 1 || v >= 31 || !this.punct(i + 1, '/') || !this.glued(i + 1) || !this.glued(i + 2)) return null;
    if (this.kind(i + 2) !== NUM || this.length(i + 2) > 2) return null;
    const w = this.value(i + 2);
    if (w <= v || w - v > MAX_SLASHED_SPAN || w > 31) return null;
    return !this.glued(i + 3) && this.monthAt(i + 3, true) !== null ? w : null;
  }

  /**
   * A day written as an ordinal before a month's full name: `de 2de februari 2010` (995), `1ste maart`,
   * `3e juni`. The number and its ending are two glued tokens; the number stands apart from the word before.
   */
  private ordinalDayAt(i: number): number | null {
    if (this.kind(i) !== NUM || this.length(i) > 2 || this.kind(i + 1) !== WORD || !this.glued(i + 1)) {
      return null;
    }
    if (this.gluedToWordBefore(i)) return null;
    if (!ORDINAL_ENDINGS.has(this.fullLower(i + 1)) || !this.monthAt(i + 2, false)) return null;
    const v = this.value(i);
    return v >= 1 && v <= 31 ? v : null;
  }

  /**
   * Is the number at `i` glued to what stands before it, other than a mark a day may follow (`(12 maart`), a comma
   * after a word or the word `op`, its space lost (`Den Haag,13 juli 2018`, 1933; not the decimal comma of `1,5`)?
   */
  private gluedToWordBefore(i: number): boolean {
    if (this.gaps[i] !== GAP_NONE || i === 0) return false;
    const before = this.punctCode(i - 1);
    // The space lost after `op` too: `het commissiedebat op15 juni 2022` (2050).
    return (
      !DAY_OPENERS.has(before) && !(before === COMMA && this.kind(i - 2) === WORD) && !this.word(i - 1, 'op')
    );
  }

  private monthAt(i: number, allowAbbreviation: boolean): { month: number; next: number } | null {
    if (this.kind(i) !== WORD) return null;
    const lower = this.lower(i);
    const full = MONTHS.get(lower);
    if (full !== undefined) return { month: full, next: i + 1 };
    if (!allowAbbreviation) return null;
    const short = MONTH_ABBREVIATIONS.get(lower);
    if (short === undefined) return null;
    return { month: short, next: this.punct(i + 1, '.') && this.glued(i + 1) ? i + 2 : i + 1 };
  }

  /**
   * A four-digit year. With `footnote`, also a year with a footnote marker glued on (`10 december 20211`):
   * the year is the first four digits and the span stops before the marker. A five-digit year never exists.
   */
  private yearAt(i: number, footnote: boolean): YearHit | null {
    if (this.kind(i) !== NUM) return null;
    if (this.gaps[i] === GAP_NONE && i > 0 && this.kind(i - 1) !== PUNCT) return null;
    const length = this.length(i);
    let end = this.end(i);
    if (length !== 4) {
      if (!footnote || length < 5 || length > 6) return null;
      end = this.start(i) + 4;
    }
    const year = this.value(i, 4);
    if (year < MIN_YEAR || year > MAX_YEAR) return null;
    if (this.glued(i + 1)) {
      const nx = this.kind(i + 1);
      // `de defensiesamenwerking in 2014vragen de leden` (2164): a page that lost the space before a lower-case word
      // of four letters or more; shorter ones may name a part or an edition (`2019a`, `1990s`).
      if (nx === NUM || (nx === WORD && (this.capitalized(i + 1) || this.length(i + 1) < 4))) return null;
      const nc = this.punctCode(i + 1);
      if ((nc === PERIOD || nc === COMMA) && this.kind(i + 2) === NUM && this.glued(i + 2)) {
        // `2021–2027.3`: a footnote after a sentence period is fine; `2021,5` or `2021.50` is a number. After a
        // day and month (`footnote`) no number follows: `van 28 november 2022,1 waarin` (740) has its note after
        // the comma.
        const third = this.kind(i + 3);
        const footnoteAfter =
          (nc === PERIOD || (footnote && this.length(i + 2) === 1)) &&
          this.length(i + 2) <= 2 &&
          !(this.glued(i + 3) && (third === NUM || third === WORD));
        if (!footnoteAfter) return null;
      }
    }
    return { year, next: i + 1, end };
  }

  /** `dit jaar`, `vorig jaar`, `het volgende jaar`, `komend jaar` → offset. */
  private yearOffsetPhrase(i: number, allowArticle: boolean): { next: number; offset: number } | null {
    let k = i;
    if (allowArticle && this.word(k, 'het')) k++;
    if (this.kind(k) !== WORD) return null;
    const offset = YEAR_OFFSET_WORDS.get(this.lower(k));
    if (offset === undefined || !this.word(k + 1, 'jaar')) return null;
    return { next: k + 2, offset };
  }

  /**
   * What follows a year-less date: `jl.`, `j.l.`, `jongstleden`, `aanstaande`, `a.s.`, `van dit jaar`, and `uit het
   * voorgaande jaar`: `declaratiecijfers tot en met augustus uit het voorgaande jaar` in a letter of September 2022
   * is August 2021 (33).
   */
  private relativeSuffix(i: number): RelHit | null {
    let k = this.dotted(i, 'jl');
    if (k < 0) k = this.abbreviation(i, ['j', 'l']);
    if (k < 0) k = this.dotted(i, 'll', true);
    if (k < 0 && (this.word(i, 'jongstleden') || this.word(i, 'laatstleden'))) k = i + 1;
    if (k >= 0) return { next: k, spec: { kind: 'past' } };
    k = this.abbreviation(i, ['a', 's']);
    if (k < 0) k = this.dotted(i, 'as', true);
    if (k < 0) k = this.dotted(i, 'aanst', true);
    if (k < 0 && this.word(i, 'aanstaande')) k = i + 1;
    if (k >= 0) return { next: k, spec: { kind: 'future' } };
    const phrase =
      this.word(i, 'van') || this.word(i, 'uit')
        ? this.yearOffsetPhrase(i + 1, true)
        : this.yearOffsetPhrase(i, false);
    if (phrase) return { next: phrase.next, spec: { kind: 'offset', offset: phrase.offset } };
    return this.thatYear(i);
  }

  /**
   * `van dat jaar`, `dat jaar`: the year named last before, in the same paragraph: `In mei 2018 werden vier
   * veehandelaren veroordeeld … en in juli van dat jaar is de eigenaar … opnieuw veroordeeld` (1248). Without
   * such a year the phrase says nothing, and the date keeps its own.
   */
  private thatYear(i: number): RelHit | null {
    const k = this.word(i, 'van') ? i + 1 : i;
    if (!this.word(k, 'dat') || !this.word(k + 1, 'jaar')) return null;
    const year = this.paragraphYearBefore(i);
    return year === null ? null : { next: k + 2, spec: { kind: 'explicit', year, fromLine: true } };
  }

  /**
   * The last year written before token `i` in its paragraph (not a dossier or another number's digits), within
   * THAT_YEAR_REACH characters; null without one.
   */
  private paragraphYearBefore(i: number): number | null {
    const here = this.start(i);
    for (let k = i - 1; k >= 0; k--) {
      if (here - this.start(k) > THAT_YEAR_REACH || this.gaps[k + 1] === GAP_PARA) return null;
      const y = this.writtenYear(k);
      if (y !== null) return y;
    }
    return null;
  }

  /** The year token `k` writes, standing alone (not glued to a word, nor part of a citation or number), or null. */
  private writtenYear(k: number): number | null {
    const glued = this.gaps[k] === GAP_NONE && this.kind(k - 1) !== PUNCT;
    if (this.kind(k) !== NUM || this.length(k) !== 4 || glued || this.inCitationOrNumber(k)) return null;
    const y = this.value(k);
    return isPlausibleBareYear(y) ? y : null;
  }

  /** A year after a period word, with an optional `van` (`zomer van 2023`, `eerste helft van 2023`). */
  private yearAfter(i: number): YearHit | null {
    const k = this.word(i, 'van') ? i + 1 : i;
    return this.yearAt(k, true);
  }

  /** A year or a relative year after a period word (`Q1 2026`, `eerste kwartaal van dit jaar`, `van het jaar`). */
  private periodYear(i: number): RelHit & { end: number } {
    const y = this.yearAfter(i);
    if (y) return { next: y.next, end: y.end, spec: { kind: 'explicit', year: y.year } };
    const rel = this.relativeSuffix(i);
    if (rel) return { ...rel, end: this.endBefore(rel.next) };
    // `van het jaar` (`einde van het jaar`): the reference year, or the year that follows it (`voor het eind van
    // het jaar 2018`, 1802).
    if (this.word(i, 'van') && this.word(i + 1, 'het') && this.word(i + 2, 'jaar')) {
      const named = this.yearAt(i + 3, true);
      if (named) return { next: named.next, end: named.end, spec: { kind: 'explicit', year: named.year } };
      return { next: i + 3, end: this.endBefore(i + 3), spec: { kind: 'default' } };
    }
    return { next: i, end: this.endBefore(i), spec: { kind: 'default' } };
  }

  /**
   * A year written on the same line shortly before a year-less date: `RAZ en RBZ 2018 (sinds aantreden
   * op 12 maart)` means 12 March 2018 (the one exception in the corpus README). Stops at a line or
   * sentence boundary. A date that took such a year passes it on to the next one in its list, as far after it:
   * `in 2017 vier maal (3 maart, NL0074CDIU0048803; 12 juni, NL0074CDIU0054676; 18 oktober, …; en 2 november, …)`
   * (2763) are all of 2017, not the last two of the letter's 2018.
   */
  private lineYearBefore(i: number): number | null {
    if (!this.exists(i)) return null;
    const here = this.start(i);
    for (let k = i - 1; k >= 0 && k >= i - 16; k--) {
      const nextGap = this.gaps[k + 1];
      if (nextGap === GAP_LINE || nextGap === GAP_PARA) return null;
      if (here - this.start(k) > 80) return null;
      const pc = this.punctCode(k);
      if ((pc === PERIOD || pc === QUESTION || pc === EXCLAMATION) && nextGap !== GAP_NONE) return null;
      const passed = this.lineYears.get(k);
      if (passed !== undefined) return passed;
      const y = this.writtenYear(k);
      // A report's year is not the year it was written in (see YEAR_REPORTS).
      if (y !== null) return this.namesReport(k - 1) ? null : y;
    }
    return null;
  }

  /**
   * Is token `k` a report's name (see YEAR_REPORTS)? Read from the text, not the vocabulary: these words start no
   * rule, and a lookup here would give the words around it meanings they do not have.
   */
  private namesReport(k: number): boolean {
    return (
      this.kind(k) === WORD && YEAR_REPORTS.has(this.text.slice(this.start(k), this.end(k)).toLowerCase())
    );
  }

  private raw(
    start: number,
    end: number,
    year: YearSpec,
    place: Placer,
    weekday: number | null = null,
  ): RawDate {
    return { start, end, year, place, weekday };
  }

  /** Default years take a year from the same line when there is one. */
  private defaultYear(i: number): YearSpec {
    const y = this.lineYearBefore(i);
    if (y === null) return { kind: 'default' };
    this.lineYears.set(i, y);
    return { kind: 'explicit', year: y, fromLine: true };
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
  private yearOfUnwritten(i: number, next: number, month: number, day: number): YearSpec {
    const spec = this.defaultYear(i);
    if (spec.kind !== 'default') return spec;
    if (this.inObservedClause(i)) return PAST;
    const reported = this.reportedBefore(i, month, day);
    if (reported !== null) return reported;
    if (this.word(i - 1, 'van')) {
      if (ISSUED_PAPERS.has(this.lower(i - 2)) || this.paperOfSender(i - 2)) return SENT;
      // `Tijdens het algemeen overleg van 30 september heb ik u geïnformeerd` in a letter of January 2016 (1540):
      // a meeting that the past tense right after it tells of was held before the letter.
      return MEETINGS.has(this.lower(i - 2)) && this.isPastFiniteVerb(next) ? PAST : spec;
    }
    if (this.word(i - 1, 'op') && DONE_PARTICIPLES.has(this.lower(next)) && this.perfectClauseBefore(i - 2)) {
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
  private reportedBefore(i: number, month: number, day: number): YearSpec | null {
    for (let k = i - 1; k >= 0 && k >= i - PAPER_LINE_REACH; k--) {
      const gap = this.gaps[k + 1];
      if (gap === GAP_LINE || gap === GAP_PARA) return null;
      if (this.punct(k, ';') || ((this.punct(k, '.') || this.punct(k, '?')) && gap !== GAP_NONE)) return null;
      if (this.kind(k) !== NUM || !this.afterDottedAbbreviation(k, DE_DATO)) continue;
      const paper = this.dayMonthYear(k);
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
  private paperOfSender(k: number): boolean {
    for (let j = k; j > 0 && k - j < SENDER_TOKENS; j--) {
      if (this.kind(j) !== WORD) {
        if (!this.isDash(j)) return false;
        continue;
      }
      const w = this.lower(j);
      if (w === 'van' && ISSUED_PAPERS.has(this.lower(j - 1))) return true;
      if (SENDER_BREAKS.has(w) || MEETINGS.has(w)) return false;
    }
    return false;
  }

  /**
   * Is token `i` in a motion's `constaterende dat …` clause? What a motion observes has happened: `constaterende
   * dat de regering in december een «aanwijzing» aan gemeenten gaf` in a motion of January 2022 is December
   * 2021 (1055), `… dat de Staten-Generaal in november gezamenlijk het rapport … gepresenteerd hebben` in one of
   * February 2018 November 2017 (124). The clause opens a line, `constaterende` first; on a page that breaks
   * lines mid-sentence it may have begun a line or more before. A `;` or `.` in between, or a blank line, ends it.
   */
  private inObservedClause(i: number): boolean {
    for (let k = i - 1, seen = 0; k >= 0 && seen < OBSERVED_CLAUSE_REACH; k--, seen++) {
      if (this.punct(k, ';') || this.punct(k, '.')) return false;
      const gap = this.gaps[k];
      if (gap === GAP_LINE || gap === GAP_PARA || k === 0) {
        if (this.word(k, 'constaterende')) return true;
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
  private doneInPerfectClause(i: number, next: number): boolean {
    if (this.kind(next) !== WORD || !DONE_PARTICIPLES.has(this.lower(next))) return false;
    let k = this.word(i - 1, 'de') || this.word(i - 1, 'het') ? i - 3 : i - 2;
    for (const stop = k - PERFECT_CLAUSE_REACH; k >= 0 && k > stop; k--) {
      if (this.kind(k) !== WORD) return false;
      if (PERFECT_AUXILIARIES.has(this.lower(k))) return true;
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
  private pastInPerfectClause(i: number, next: number): boolean {
    if (!PERFECT_AUXILIARIES_BEFORE_CUE.has(this.lower(this.cueBefore(i) - 1))) return false;
    for (let k = next; k < next + PARTICIPLE_AFTER_SEASON_REACH; k++) {
      if (this.kind(k) !== WORD) return false;
      // Words outside the grammar's vocabulary have no lower case of their own: read them from the text.
      const w = this.vocabularyWord(k)
        ? this.lower(k)
        : this.text.slice(this.start(k), this.end(k)).toLowerCase();
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
  private deadlineSeenFromPast(cue: number, next: number): boolean {
    const after = this.lower(next);
    if (PAST_FUTURE_VERBS.has(after)) return true;
    const before = this.lower(cue - 1);
    if (PLAN_PARTICIPLES.has(before)) return PAST_PLAN_VERBS.has(this.lower(cue - 2));
    return (
      PLAN_PARTICIPLES.has(after) &&
      (PAST_PLAN_VERBS.has(before) || PAST_PLAN_VERBS.has(this.lower(next + 1)))
    );
  }

  /** A perfect or past auxiliary at `i` or one word before it (`zijn reeds`, `is al`, `heeft`). */
  private perfectClauseBefore(i: number): boolean {
    return PERFECT_AUXILIARIES.has(this.lower(i)) || PERFECT_AUXILIARIES.has(this.lower(i - 1));
  }

  // ---- rules ----

  /**
   * Day dates: `30 september 2022`, `woensdag 17 mei jongstleden`, `12 en 13 oktober`, `14, 15 en 16 maart
   * aanstaande`, `13 en 26 oktober jl.` (two dates), `van 28 tot en met 30 juni`, `20–21 oktober jl.`,
   * `30-31 augustus 2018`, `28 juni tot en met 2 juli 2022`, `3 november van dit jaar`.
   */
  private dayExpression(i: number): Match | null {
    let j = i;
    let prefixSpec: YearSpec | null = null;
    if (!this.exists(i)) return null;
    if (this.kind(i) === WORD) {
      const rel = RELATIVE_PREFIXES.get(this.lower(i));
      if (rel && rel.kind !== 'offset') {
        prefixSpec = rel;
        j++;
      }
    }
    let weekday: number | null = null;
    if (this.kind(j) === WORD && WEEKDAYS.has(this.lower(j))) {
      weekday = WEEKDAYS.get(this.lower(j)) as number;
      j++;
      if (this.punct(j, ',')) j++;
    }
    let d1 = this.dayAt(j);
    // `van 22/23 april 1996` (2390): two days that follow each other parted by a slash, as by a dash (a
    // number glued to a slash is no day elsewhere: `15/10/2022` is read as a numeric date).
    const slashedTo = d1 === null ? this.slashedDays(j) : null;
    const slashed = slashedTo !== null;
    if (slashed) d1 = this.value(j);
    // The token after the day: past its ordinal ending in `de 2de februari 2010` (995).
    let afterDay = j + 1;
    if (d1 === null) {
      d1 = this.ordinalDayAt(j);
      if (d1 === null) return null;
      afterDay = j + 2;
    }
    // Most numbers are no day: with neither a connector nor a month after them the loop below would stop
    // at once and find no month, so say so before building anything.
    // `Geannoteerde agenda van de formele JBZ-Raad 13 14 oktober 2025` (2267): a page title that lost the dash
    // between two days that follow each other.
    const lostDash = this.dayAt(afterDay) === d1 + 1 && this.monthAt(afterDay + 1, true) !== null;
    const pair = lostDash || slashed;
    if (
      !pair &&
      this.listConnector(afterDay) < 0 &&
      this.rangeConnector(afterDay) < 0 &&
      !this.monthAt(afterDay, true)
    ) {
      return null;
    }
    const days: { day: number; tok: number }[] = [{ day: d1, tok: j }];
    j = lostDash ? afterDay + 1 : slashed ? afterDay + 2 : afterDay;
    let rangeTo: number | null = slashed ? slashedTo : pair ? d1 + 1 : null;
    for (let guard = 0; guard < 31 && !pair; guard++) {
      const lc = this.listConnector(j);
      if (lc >= 0) {
        const d = this.dayAt(lc);
        if (d !== null) {
          days.push({ day: d, tok: lc });
          j = lc + 1;
          continue;
        }
      }
      const rc = days.length === 1 ? this.rangeConnector(j) : -1;
      if (rc >= 0) {
        const d = this.dayAt(rc);
        if (d !== null && d > d1) {
          rangeTo = d;
          j = rc + 1;
          // `1–2–3 mei 1998` (2250): a chain of consecutive days is one range, to its last day.
          for (let more = this.rangeConnector(j); more >= 0 && this.dayAt(more) === rangeTo + 1;) {
            rangeTo++;
            j = more + 1;
            more = this.rangeConnector(j);
          }
        }
      }
      break;
    }
    const m = this.monthAt(j, true);
    if (!m) return null;
    j = m.next;
    let end = this.endBefore(j);
    let spec: YearSpec | null = null;
    // `sinds 1 januari van 2022` (1656): the year after `van`, as `3 november van dit jaar` has its own.
    const y = this.yearAt(j, true) ?? (this.word(j, 'van') ? this.yearAt(j + 1, true) : null);
    if (y) {
      spec = { kind: 'explicit', year: y.year };
      j = y.next;
      end = y.end;
    } else {
      const rel = this.relativeSuffix(j);
      if (rel) {
        spec = rel.spec;
        j = rel.next;
        end = this.endBefore(j);
      }
    }

    // A range into another month: `28 juni tot en met 2 juli 2022`, `30 juni – 2 juli`, `Tussen 1 juli 2017 en
    // 31 december 2017` (617).
    if (days.length === 1 && rangeTo === null) {
      const rc = this.rangeConnector(j, i);
      const second = rc >= 0 ? (this.dayMonthYear(rc) ?? this.monthEndWithYear(rc)) : null;
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
            dates: [
              this.raw(this.start(i), second.end, fromSpec ?? prefixSpec ?? this.defaultYear(i), place),
            ],
          };
        }
      }
    }

    // `jaarlijks voor 31 december in de WNT-jaarrapportage een overzicht` (2143): every year's 31 December.
    if (!spec && !prefixSpec && this.habitualClause(i, j)) return { next: j, dates: NO_DATES };
    spec = spec ?? prefixSpec ?? this.yearOfUnwritten(i, j, m.month, d1);
    const start = this.start(i);
    if (rangeTo !== null) {
      const place = dayPlacer(m.month, d1, { month: m.month, day: rangeTo, yearDelta: 0 });
      return { next: j, dates: [this.raw(start, end, spec, place, null)] };
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
      const runStart = r === 0 ? start : this.start(a.tok);
      const runEnd = r === runs.length - 1 ? end : this.end(b.tok);
      const to = run.length > 1 ? { month: m.month, day: b.day, yearDelta: 0 } : null;
      dates.push(
        this.raw(runStart, runEnd, spec, dayPlacer(m.month, a.day, to), days.length === 1 ? weekday : null),
      );
    }
    return { next: j, dates };
  }

  /**
   * The end of a period that runs from a day to the end of a month of a written year: `van 23 september tot eind
   * december 2009` (742), `tot december 2009`, or to its middle: `tussen 15 april en medio mei 2021` (2033). Shaped as
   * `dayMonthYear`'s answer, its day the month's last (the 15th for `medio`).
   */
  private monthEndWithYear(
    i: number,
  ): { day: number; month: number; spec: YearSpec | null; next: number; end: number } | null {
    const part = this.kind(i) === WORD ? PARTS.get(this.lower(i)) : undefined;
    // `in de periode tussen 15 april en medio mei 2021` (2033): to the middle of the month, as `half november`
    // alone is. (`begin mei` says too little of where in May the period ends.)
    const k = part === 'end' || part === 'mid' ? i + 1 : i;
    const m = this.monthAt(k, false);
    if (!m) return null;
    const y = this.yearAt(m.next, true);
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
  private dayMonthYear(
    i: number,
  ): { day: number; month: number; spec: YearSpec | null; next: number; end: number } | null {
    let j = i;
    if (this.kind(j) === WORD && WEEKDAYS.has(this.lower(j))) j++;
    const day = this.dayAt(j);
    if (day === null) return null;
    const m = this.monthAt(j + 1, true);
    if (!m) return null;
    j = m.next;
    const y = this.yearAt(j, true);
    if (y) return { day, month: m.month, spec: { kind: 'explicit', year: y.year }, next: y.next, end: y.end };
    const rel = this.relativeSuffix(j);
    if (rel) return { day, month: m.month, spec: rel.spec, next: rel.next, end: this.endBefore(rel.next) };
    return { day, month: m.month, spec: null, next: j, end: this.endBefore(j) };
  }

  /** Numeric dates: `15-10-2022`, `15/10/2022`, `15.10.2022`, and ISO `2022-10-15`. */
  private numericDate(i: number): Match | null {
    const first = this.numericDay(i);
    if (!first) return null;
    // `in de periode van 1-1-2009 tot 1-12-2009` (2163): a period from one numeric day to a later one, as
    // `van 1 januari 2009 tot 1 december 2009` is.
    const rc = this.rangeConnector(i + 5, i);
    const second = rc >= 0 ? this.numericDay(rc) : null;
    if (!second || second.year < first.year || second.year - first.year > MAX_PERIOD_YEARS) {
      return { next: i + 5, dates: [this.numericRaw(i, i + 4, first, null)] };
    }
    const to = { month: second.month, day: second.day, yearDelta: second.year - first.year };
    const period = this.numericRaw(i, rc + 4, first, to);
    if (!period.place(first.year, null)) {
      return { next: i + 5, dates: [this.numericRaw(i, i + 4, first, null)] };
    }
    return { next: rc + 5, dates: [period] };
  }

  private numericRaw(
    i: number,
    last: number,
    d: { year: number; month: number; day: number },
    to: { month: number; day: number; yearDelta: number } | null,
  ): RawDate {
    return this.raw(
      this.start(i),
      this.end(last),
      { kind: 'explicit', year: d.year },
      dayPlacer(d.month, d.day, to),
    );
  }

  /** A day written in digits at `i`: `15-10-2022`, `2022-10-15`, `15/10/2022`, `15.10.2022`. */
  private numericDay(i: number): { year: number; month: number; day: number } | null {
    if (!this.exists(i + 4)) return null;
    if (
      this.kind(i) !== NUM ||
      this.kind(i + 2) !== NUM ||
      this.kind(i + 4) !== NUM ||
      this.kind(i + 1) !== PUNCT ||
      this.kind(i + 3) !== PUNCT
    ) {
      return null;
    }
    const sep = this.punctCode(i + 1);
    if (!NUMERIC_SEPARATORS.has(sep) || this.punctCode(i + 3) !== sep) return null;
    if (!this.glued(i + 1) || !this.glued(i + 2) || !this.glued(i + 3) || !this.glued(i + 4)) return null;
    if (this.gaps[i] === GAP_NONE && i > 0 && this.kind(i - 1) !== PUNCT) return null;
    if (this.glued(i + 5) && (this.kind(i + 5) !== PUNCT || NUMERIC_SEPARATORS.has(this.punctCode(i + 5)))) {
      if (!(this.punctCode(i + 5) === PERIOD && !this.glued(i + 6))) return null;
    }
    const la = this.length(i);
    const lb = this.length(i + 2);
    const lc = this.length(i + 4);
    let year: number;
    let month: number;
    let day: number;
    if (la === 4 && lb === 2 && lc === 2 && sep === HYPHEN) {
      [year, month, day] = [this.value(i), this.value(i + 2), this.value(i + 4)];
    } else if (la <= 2 && lb <= 2 && lc === 4) {
      [day, month, year] = [this.value(i), this.value(i + 2), this.value(i + 4)];
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

  /** Months: `november 2022`, `in juni`, `september jl.`, `januari tot en met maart 2023`, `eind oktober`. */
  /** The month at `i`, after its `part` (`eind`) or its cue at `cue` (the word before it unless a part's). */
  private monthExpression(i: number, part: Part | null, start: number, cue = i - 1): Match | null {
    const m = this.monthAt(i, false);
    if (!m) return null;
    let j = m.next;
    let spec: YearSpec | null = null;
    let end = this.endBefore(j);
    // `juni 1997`, and `februari van 1998` (501).
    const y = this.yearAfter(j);
    if (y) {
      spec = { kind: 'explicit', year: y.year };
      j = y.next;
      end = y.end;
    } else {
      const rel = this.relativeSuffix(j);
      if (rel) {
        spec = rel.spec;
        j = rel.next;
        end = this.endBefore(j);
      }
    }
    const precision = part ? 'approximate' : 'month';
    if (!part) {
      const rc = this.rangeConnector(j, i);
      const second = rc >= 0 ? this.monthAt(rc, false) : null;
      if (second) {
        let k = second.next;
        let secondSpec: YearSpec | null = null;
        let secondEnd = this.endBefore(k);
        const y2 = this.yearAt(k, true);
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
          (fromSpec || this.monthCue(i)) &&
          delta >= 0 &&
          delta <= maxDelta &&
          (delta > 0 || second.month > m.month)
        ) {
          if (!fromSpec && this.habitualClause(cue, k)) return { next: k, dates: NO_DATES };
          const place = monthPlacer(m.month, second.month, 'month', delta);
          return { next: k, dates: [this.raw(start, secondEnd, fromSpec ?? this.defaultYear(i), place)] };
        }
      }
    }
    if (!spec && !part && !this.monthCue(i)) return null;
    const list = !spec && !part ? this.monthList(j) : null;
    // `ieder jaar eind augustus` (985), `jaarlijks iedere derde woensdag in mei` (2394): every year's month.
    if (!spec && !list?.spec && this.habitualClause(cue, list ? list.next : j)) {
      return { next: list ? list.next : j, dates: NO_DATES };
    }
    const place = monthPlacer(m.month, null, precision);
    // A deadline in a month without its year is the next such month: `verzoekt de regering … de Kamer hierover voor
    // september te informeren` in a motion of November 2008 is September 2009 (2732), as `voor de zomer` is.
    const deadline =
      !spec &&
      !part &&
      this.kind(i - 1) === WORD &&
      DEADLINE_MONTH_CUES.has(this.lower(i - 1)) &&
      !this.deadlineSeenFromPast(i - 1, list ? list.next : j);
    const year =
      spec ?? list?.spec ?? (this.inObservedClause(i) ? PAST : deadline ? FUTURE : this.defaultYear(i));
    if (list) {
      // Each month of the list a date of its own, in the year they share, or else in the cued first month's.
      const dates = [this.raw(start, end, year, place)];
      for (const other of list.months) {
        dates.push(this.raw(other.start, other.end, year, monthPlacer(other.month, null, 'month')));
      }
      return { next: list.next, dates };
    }
    return { next: j, dates: [this.raw(start, end, year, place)] };
  }

  /**
   * The rest of a list of months after a first one at `i`'s left, `, december en januari jl.` (1964), and the year or
   * relative suffix after its last month that says when they all were: each month then shares it (and `jl.` puts
   * each in the past on its own). A list without one has a `spec` of null: its months are of the first month's year,
   * `Dit concept is in november en december besproken` (474). Null when no list follows.
   */
  private monthList(
    i: number,
  ): { months: { month: number; start: number; end: number }[]; spec: YearSpec | null; next: number } | null {
    const months: { month: number; start: number; end: number }[] = [];
    let j = i;
    for (let n = 0; n < 12; n++) {
      const last = this.word(j, 'en');
      if (!last && !this.punct(j, ',')) return null;
      const m = this.monthAt(j + 1, false);
      if (!m) return null;
      const month = { month: m.month, start: this.start(j + 1), end: this.end(j + 1) };
      months.push(month);
      j = m.next;
      if (!last) continue;
      // The last month's text takes in the year or suffix that all share.
      const y = this.yearAfter(j);
      if (y) {
        month.end = y.end;
        return { months, spec: { kind: 'explicit', year: y.year }, next: y.next };
      }
      const rel = this.relativeSuffix(j);
      if (!rel) return { months, spec: null, next: j };
      month.end = this.endBefore(rel.next);
      return { months, spec: rel.spec, next: rel.next };
    }
    return null;
  }

  private monthCue(i: number): boolean {
    if (this.kind(i - 1) !== WORD) return false;
    const p = this.lower(i - 1);
    return MONTH_CUES.has(p) || PARTS.has(p) || this.untilAndWith(i);
  }

  /**
   * Does `tot en met` or `t/m` end right before `i`? The end of a period whose start the sentence gives otherwise:
   * `In 2025 is het aantal schijnzelfstandigen tot en met mei teruggebracht van 123 naar 87` (2146), as `tot mei` is.
   */
  private untilAndWith(i: number): boolean {
    return (
      (this.word(i - 1, 'met') && this.word(i - 2, 'en') && this.word(i - 3, 'tot')) || this.tm(i - 3) === i
    );
  }

  /** Parts of a period: `begin 2023`, `medio 2025`, `Eind vorig jaar`, `einde van het jaar`, `eind oktober`. */
  private partExpression(i: number): Match | null {
    if (this.kind(i) !== WORD) return null;
    const part = PARTS.get(this.lower(i));
    if (!part) return null;
    let j = i + 1;
    if (this.isDash(j) && this.glued(j)) j++;
    const month = this.monthExpression(this.word(j, 'van') ? j + 1 : j, part, this.start(i), i);
    if (month) return this.periodUntil(month);
    const quarter = part === 'end' ? this.endOfQuarter(j, this.start(i)) : null;
    if (quarter) return quarter;
    const period = this.periodYear(j);
    if (period.next === j) return null;
    const place =
      part === 'begin'
        ? monthPlacer(1, null, 'approximate')
        : part === 'mid'
          ? monthPlacer(6, 7, 'approximate')
          : monthPlacer(12, null, 'approximate');
    return this.periodUntil({
      next: period.next,
      dates: [this.raw(this.start(i), period.end, period.spec, place)],
    });
  }

  /**
   * The last month of a quarter or half year after `eind`, approximate, as `eind 2025` is the year's last month:
   * `aan het einde van het eerste kwartaal van dit jaar` (1008) is March, `aan het eind van het derde kwartaal van
   * 2016` (382) September. The date's text runs from the part word's `start`.
   */
  private endOfQuarter(j: number, start: number): Match | null {
    let k = this.word(j, 'van') ? j + 1 : j;
    if (this.word(k, 'het')) k++;
    const quarter = this.kind(k) === WORD ? this.quarterExpression(k) : null;
    const q = quarter?.dates.length === 1 ? quarter.dates[0] : undefined;
    if (!quarter || !q) return null;
    return { next: quarter.next, dates: [this.raw(start, q.end, q.year, lastMonthOf(q.place))] };
  }

  /**
   * A part of a year (or its month) and, after `tot` or a dash, a later month or part with its year: one
   * period, `sinds eind 2017 tot april 2019` (440), `van begin 2018 tot eind 2019`; the first without a year
   * of its own takes the second's, `eind maart tot eind juni 2019`. Otherwise `first` as it is. A season runs
   * to a later season: `de periode zomer 2002 tot zomer 2003` (1094).
   */
  private periodUntil(first: Match, season = false): Match {
    const a = first.dates[0];
    if (first.dates.length !== 1 || !a || !hasOwnOrNoYear(a.year)) return first;
    const rc = this.rangeConnector(first.next);
    if (rc < 0) return first;
    const second = season
      ? this.seasonExpression(rc, false)
      : (this.partExpression(rc) ?? this.monthExpression(rc, null, this.start(rc)));
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
    return { next: second.next, dates: [this.raw(a.start, b.end, spec, place)] };
  }

  /** `heb`, `heeft`, `hadden`, `was`: a finite verb of a past tense (PAST_FINITE_VERBS). */
  private isPastFiniteVerb(i: number): boolean {
    return this.kind(i) === WORD && PAST_FINITE_VERBS.has(this.lower(i));
  }

  /** Seasons: `zomer van 2023`, `najaar 2022`, `het voorjaar`, `voor de zomer`, `komend najaar`. */
  private seasonExpression(i: number, untilAnother = true): Match | null {
    if (this.kind(i) !== WORD) return null;
    let j = i;
    let spec: YearSpec | null = null;
    const prefix = RELATIVE_PREFIXES.get(this.lower(i));
    if (prefix && SEASONS.has(this.lower(i + 1))) {
      spec = prefix;
      j++;
    }
    const season = SEASONS.get(this.lower(j));
    if (!season || this.kind(j) !== WORD) return null;
    j++;
    let end = this.endBefore(j);
    if (!spec) {
      const period = this.periodYear(j);
      if (period.next > j) {
        spec = period.spec;
        j = period.next;
        end = period.end;
      } else {
        const cue = this.previousWordSkippingArticle(i);
        const kind = cue === null ? undefined : (SEASON_CUES.get(cue) ?? this.inTheCourseOf(i));
        if (kind === undefined) return null;
        if (this.habitualClause(this.cueBefore(i), j)) return { next: j, dates: NO_DATES };
        // `voor de zomer heb ik uw Kamer geïnformeerd` (219): the verb after a fronted `voor de zomer` is
        // in the past, and so is the summer; as in `… en ik hebben dit rapport voor de zomer ontvangen` (1255),
        // what a perfect clause says was received or sent then.
        if (
          kind === 'future' &&
          (this.isPastFiniteVerb(j) || this.doneInPerfectClause(i, j) || this.pastInPerfectClause(i, j))
        )
          spec = { kind: 'past' };
        else if (kind === 'future' && !this.deadlineSeenFromPast(this.cueBefore(i), j))
          spec = { kind: 'future' };
        else spec = this.defaultYear(i);
      }
    }
    const match = {
      next: j,
      dates: [this.raw(this.start(i), end, spec, monthPlacer(season[0], season[1], 'season'))],
    };
    return untilAnother && isOwnYear(spec) ? this.periodUntil(match, true) : match;
  }

  /**
   * Quarters and half years: `eerste kwartaal`, `Q3`, `Q1 2026`, `1e kwartaal 2023`, `eerste helft van 2023`,
   * `tweede halfjaar van 2015`.
   */
  private quarterExpression(i: number): Match | null {
    if (!this.exists(i)) return null;
    const kind = this.kind(i);
    const lower = this.lower(i);
    let n: number | null = null;
    let j = i;
    let half = false;
    if (kind === WORD && (lower === 'q' || lower === 'h')) {
      if (this.kind(i + 1) !== NUM || this.gaps[i + 1] !== GAP_NONE || this.length(i + 1) !== 1) return null;
      const after = this.kind(i + 2);
      if (this.glued(i + 2) && (after === WORD || after === NUM)) return null;
      n = this.value(i + 1);
      half = lower === 'h';
      if (n < 1 || n > (half ? 2 : 4)) return null;
      j = i + 2;
      const period = this.periodYear(j);
      // `H1` alone is too ambiguous (a heading, a vitamin); it needs its year.
      if (half && period.spec.kind !== 'explicit') return null;
      return this.periodMatch(this.start(i), period, n, half);
    }
    if (kind === WORD && ORDINALS.has(lower)) {
      n = ORDINALS.get(lower) as number;
      j = i + 1;
    } else if (kind === NUM && this.length(i) === 1 && this.kind(i + 1) === WORD && this.glued(i + 1)) {
      const suffix = this.lower(i + 1);
      if (suffix !== 'e' && suffix !== 'ste' && suffix !== 'de') return null;
      n = this.value(i);
      j = i + 2;
    }
    if (n === null) return null;
    if (this.word(j, 'kwartaal')) {
      if (n < 1 || n > 4) return null;
      return this.periodMatch(this.start(i), this.periodYear(j + 1), n, false);
    }
    // `in het eerste trimester van 2018` (641): a third of the year, January to April. Only with its year (or
    // `van het jaar`, `dit jaar`): a school's trimester is no date.
    if (this.word(j, 'trimester')) {
      if (n < 1 || n > 3) return null;
      const period = this.periodYear(j + 1);
      if (period.next === j + 1) return null;
      return {
        next: period.next,
        dates: [this.raw(this.start(i), period.end, period.spec, monthPlacer(4 * n - 3, 4 * n, 'month'))],
      };
    }
    // `het tweede halfjaar van 2015` (210) and `het eerste half jaar van 2016` (368) as `de tweede helft van
    // 2015`; `Eerste zes maanden 2014` (368, a table's head) is the first half too.
    const words = this.halfYearWords(j, n);
    // `in de tweede helft van januari met een reactie komen` (2793): half a month, read as `eind januari` (the first
    // half as `begin januari`), so the date's text is the whole phrase.
    if ((n === 1 || n === 2) && lower !== 'laatste' && this.word(j, 'helft') && this.word(j + 1, 'van')) {
      const month = this.monthExpression(j + 2, n === 1 ? 'begin' : 'end', this.start(i));
      if (month) return month;
    }
    if (words > 0 && (n === 1 || n === 2) && lower !== 'laatste') {
      const period = this.periodYear(j + words);
      // `de eerste helft van de vergadering` is no date: require a year or `van het jaar`/`dit jaar`.
      if (period.next === j + words) return null;
      return this.periodMatch(this.start(i), period, n, true);
    }
    return null;
  }

  /** How many tokens from `j` name a half year after the ordinal `n`: `helft`, `halfjaar`, `half jaar`, `zes maanden` (the first only). */
  private halfYearWords(j: number, n: number): number {
    if (this.word(j, 'helft') || this.word(j, 'halfjaar')) return 1;
    if (this.word(j, 'half') && this.word(j + 1, 'jaar')) return 2;
    if (n === 1 && this.word(j, 'zes') && this.word(j + 1, 'maanden')) return 2;
    return 0;
  }

  private periodMatch(start: number, period: RelHit & { end: number }, n: number, half: boolean): Match {
    const place = half
      ? monthPlacer(n === 1 ? 1 : 7, n === 1 ? 6 : 12, 'month')
      : monthPlacer(3 * n - 2, 3 * n, 'quarter');
    return { next: period.next, dates: [this.raw(start, period.end, period.spec, place)] };
  }

  /** A chamber in a citation: `Kamerstukken II 2009/10`, or by its letters, `Kamerstukken TK, 2007–2008` (399). */
  private isChamberNumeral(i: number): boolean {
    if (this.kind(i) !== WORD) return false;
    const s = this.start(i);
    const length = this.length(i);
    const text = this.text;
    const first = text.charCodeAt(s);
    if (length === 2 && text.charCodeAt(s + 1) === CAPITAL_K)
      return first === CAPITAL_T || first === CAPITAL_E;
    return first === CAPITAL_I && (length === 1 || (length === 2 && text.charCodeAt(s + 1) === CAPITAL_I));
  }

  /**
   * Is the number at `i` part of a citation (`Handelingen II 2021/22`, `Aanhangsel Handelingen, vergaderjaar
   * 2020–2021, nr. 2844`, `Stcrt. 2022, 1234`) or an identifier (`nr. 2019`, `artikel 50`)?
   */
  private inCitationOrNumber(i: number): boolean {
    let p = this.previousSignificant(i);
    // The older style puts a comma after the chamber: `Kamerstukken II, 1998–1999, 26 387, nr. 1` (56).
    if (this.punct(p, ',') && this.isChamberNumeral(p - 1)) p--;
    let q = p;
    // Skip a chamber numeral: `Kamerstukken II 2009/10`.
    if (this.isChamberNumeral(q)) q = p - 1;
    const kind = this.kind(q);
    if (kind === NONE) return false;
    if (kind === NUM) return true;
    if (this.punctCode(q) === EURO) return true;
    if (kind !== WORD) return false;
    const lower = this.lower(q);
    if (NUMBER_PREFIXES.has(lower)) return !this.approximateAfterCue(q);
    if (lower === 'vergaderjaar' || lower === 'zittingsjaar') {
      // Inside a citation when a Handelingen/Kamerstukken word precedes or a number follows.
      for (let k = p - 1; k >= 0 && k >= p - 4; k--) {
        if (this.kind(k) !== WORD) continue;
        const w = this.lower(k);
        if (w === 'handelingen' || w === 'aanhangsel' || this.fullLower(k).startsWith('kamerstuk'))
          return true;
      }
      return false;
    }
    return false;
  }

  /**
   * `Vanaf ongeveer 2020` (844), `sinds circa 1990`: an approximation word makes the number after it an
   * amount (`ongeveer 2020 mensen`), unless a time word stands before it.
   */
  private approximateAfterCue(q: number): boolean {
    if (!APPROXIMATIONS.has(this.lower(q))) return false;
    const p = this.previousSignificant(q);
    return this.kind(p) === WORD && APPROXIMATE_YEAR_CUES.has(this.lower(p));
  }

  /** The lower case of any word, also one outside the vocabulary (`Kamerstukkenlijst`). */
  private fullLower(i: number): string {
    return this.text.slice(this.start(i), this.end(i)).toLowerCase();
  }

  /**
   * `vergaderjaar 2024–2025, nr. 1028`: the number after a session year; or the paper, `(vergaderjaar
   * 1995–1996, 24 690, nr. 1)`, `(vergaderjaar 1996–1997, 25 000 XI, nr. 28)` (494).
   */
  private followedByNumber(i: number): boolean {
    if (!this.punct(i, ',')) return false;
    if (this.isNumberWord(i + 1)) return true;
    // A dossier number (`24 690`, `24690`), with a suffix (`XI`, `-20`), then its paper's number.
    let k = i + 1;
    if (this.kind(k) !== NUM) return false;
    if (this.length(k) === 2 && this.kind(k + 1) === NUM && this.length(k + 1) === 3) k++;
    else if (this.length(k) !== 5) return false;
    if (this.isDash(k + 1) && this.kind(k + 2) === NUM) k += 2;
    else if (this.kind(k + 1) === WORD && this.capitalized(k + 1) && this.length(k + 1) <= 5) k++;
    // `2000/2001, 27 157 nrs. 10 en 13` (1019): the paper numbers may follow the dossier without a comma.
    return this.punct(k + 1, ',') ? this.isNumberWord(k + 2) : this.isNumberWord(k + 1);
  }

  /** `nr`, `nrs` or `item`: the word before a paper's or an item's number. */
  private isNumberWord(i: number): boolean {
    return this.word(i, 'nr') || this.word(i, 'nrs') || this.word(i, 'item');
  }

  /** A capitalized word right before a year makes it part of a title: `Political Guidance 2023`. */
  private inTitle(i: number): boolean {
    const p = this.previousSignificant(i);
    if (this.kind(p) !== WORD) return false;
    return this.capitalized(p) && !YEAR_CUES.has(this.lower(p));
  }

  /** Years and year ranges: `in 2014`, `2014 en 2015`, `2017–2020`, `2021/22`, `vergaderjaar 2024–2025`. */
  private yearExpression(i: number): Match | null {
    const y1 = this.yearAt(i, false);
    if (!y1) return null;
    // A range: `2017–2020`, `2020-2021`, `2021/22`, `2017 t/m 2020`, `2017 tot 2020`.
    let y2: YearHit | null = null;
    const slash = this.punct(i + 1, '/') && this.glued(i + 1) && this.glued(i + 2) ? i + 2 : -1;
    // `richtlijn 2004/83/EG` (546), `2013/32/EU`: the number of an EU act, no years.
    if (slash >= 0 && this.kind(slash) === NUM && this.punct(slash + 1, '/') && this.glued(slash + 1)) {
      return { next: slash + 1, dates: NO_DATES };
    }
    // `vanaf 2026 à 2027` (29): `à` between two years gives the span they name, as a dash does.
    const rc =
      slash >= 0
        ? slash
        : this.kind(i + 1) === WORD && this.fullLower(i + 1) === 'à'
          ? i + 2
          : this.rangeConnector(i + 1, i);
    if (rc >= 0) {
      y2 = this.yearAt(rc, true);
      const shortForm = slash >= 0 || (this.isDash(i + 1) && this.glued(rc));
      if (!y2 && shortForm && this.kind(rc) === NUM && this.length(rc) === 2 && this.kind(rc + 1) !== NUM) {
        const year = Math.floor(y1.year / 100) * 100 + this.value(rc);
        y2 = { year, next: rc + 1, end: this.end(rc) };
      }
      if (y2 && (y2.year <= y1.year || y2.year - y1.year > 100)) y2 = null;
      // `voor de periode 2025 tot en met juni 2028` (2767), `tussen 2007 en december 2010` (1313): a period from a
      // year to a later year's month.
      const toMonth = !y2 && slash < 0 ? this.yearToMonthEnd(rc, y1.year) : null;
      if (toMonth) {
        if (this.inCitationOrNumber(i) || this.inTitle(i)) return { next: toMonth.next, dates: NO_DATES };
        this.acceptedYears.add(i);
        const place = yearToMonthPlacer(toMonth.year - y1.year, toMonth.month);
        const raw = this.raw(this.start(i), toMonth.end, { kind: 'explicit', year: y1.year }, place);
        return { next: toMonth.next, dates: [raw] };
      }
      // `richtlijn voor leghennen (1999/74)` (1964): a year, a slash and a number that goes on from no year is the
      // number of an act, as `2004/83/EG` is.
      if (!y2 && slash >= 0 && this.kind(slash) === NUM) return { next: slash + 1, dates: NO_DATES };
    }
    const next = y2 ? y2.next : y1.next;
    if (this.inCitationOrNumber(i) || (y2 && this.followedByNumber(next))) return { next, dates: NO_DATES };
    if (this.inTitle(i)) return { next, dates: NO_DATES };
    const nx = this.kind(next);
    if (nx === WORD && NUMBER_SUFFIXES.has(this.lower(next))) return { next, dates: NO_DATES };
    if (this.punctCode(next) === PERCENT) return { next, dates: NO_DATES };
    // `steeg van 1950 naar 2100`: a change of amount, not years, the number after `naar` neither. After `in` the
    // number is a year, and `naar` leads to an amount of the next: `dalend van 39,7 Mton in 2006 naar 39,0 Mton in
    // 2007` (1140).
    if (
      this.word(next, 'naar') &&
      this.kind(next + 1) === NUM &&
      !this.word(this.previousSignificant(i), 'in')
    ) {
      return { next: next + 2, dates: NO_DATES };
    }
    // `de 2015-1 meting`, `(2014-1: 57%)` (210): a year and one digit make the name of a wave or edition.
    if (!y2 && this.isDash(next) && this.glued(next) && this.kind(next + 1) === NUM && this.glued(next + 1)) {
      if (this.length(next + 1) === 1) return { next: next + 2, dates: NO_DATES };
    }
    if (y2) {
      this.acceptedYears.add(i);
      const raw = this.raw(
        this.start(i),
        y2.end,
        { kind: 'explicit', year: y1.year },
        yearPlacer(y2.year - y1.year),
      );
      return { next, dates: [raw] };
    }
    if (
      !(isPlausibleBareYear(y1.year) || this.sinceOldYear(i, y1.year)) ||
      !(this.bareYearCue(i) || this.yearAsDate(next))
    ) {
      return null;
    }
    this.acceptedYears.add(i);
    return {
      next,
      dates: [this.raw(this.start(i), y1.end, { kind: 'explicit', year: y1.year }, yearPlacer(null))],
    };
  }

  /** A month and its year at `i`, later than `fromYear` (within a hundred years): the end of a period from a year. */
  private yearToMonthEnd(
    i: number,
    fromYear: number,
  ): { month: number; year: number; end: number; next: number } | null {
    const m = this.monthAt(i, false);
    if (!m) return null;
    const y = this.yearAt(m.next, true);
    if (!y || y.year <= fromYear || y.year - fromYear > 100) return null;
    return { month: m.month, year: y.year, end: y.end, next: y.next };
  }

  /**
   * A year of the 1800s right after `sinds` or `sedert`: `Al sinds 1889 wordt er in Nederland zout gewonnen` (1614).
   * Elsewhere such a number is rather a count (`1850 woningen`), so bare years start at 1900.
   */
  private sinceOldYear(i: number, year: number): boolean {
    return year >= MIN_YEAR && (this.word(i - 1, 'sinds') || this.word(i - 1, 'sedert'));
  }

  /** A bare year needs a time word before it, or continues a list of accepted years. */
  private bareYearCue(i: number): boolean {
    const p = this.previousSignificant(i);
    const kind = this.kind(p);
    if (kind === NONE) return false;
    if (kind === WORD && YEAR_CUES.has(this.lower(p))) return true;
    if (kind === WORD && this.approximateAfterCue(p)) return true;
    // `de Kamer m.i.v. 1997 elk half jaar … te informeren` (1441): `met ingang van`, whose `van` is a year cue.
    if (this.afterDottedAbbreviation(i, MET_INGANG_VAN) || this.afterDottedAbbreviation(i, IN_PLAATS_VAN))
      return true;
    if ((this.word(p, 'en') || this.word(p, 'of')) && this.acceptedYears.has(p - 1)) return true;
    // `is in 2010 gelijk aan 2009` (691): a year set beside an accepted one is a year too.
    if (this.fullLower(p) === 'aan' && this.fullLower(p - 1) === 'gelijk' && this.acceptedYears.has(p - 2))
      return true;
    if (this.punct(p, ',') && this.acceptedYears.has(p - 1)) return true;
    if (this.tm(p - 2) === p + 1 && this.acceptedYears.has(p - 3)) return true;
    // `zich reeds jaren geleden (respectievelijk 2005 en 2000) in referenda uitgesproken` (2110): years in brackets
    // after `respectievelijk`, when nothing but more years stands before the closing bracket (amounts name a unit).
    if (this.word(i - 1, 'respectievelijk') && this.punct(i - 2, '(') && this.yearsCloseBracket(i))
      return true;
    // `onderzoek (2019)`: a parenthesised year after a lowercase word.
    if (this.punct(i - 1, '(') && kind === WORD) {
      return !this.capitalized(p) && !NUMBER_PREFIXES.has(this.lower(p));
    }
    return false;
  }

  /**
   * Does `als` and a noun of a date or year follow a bare year at `next`? It then serves as one: `In plaats van de
   * eerder gecommuniceerde 2028 als realisatiedatum` (113), as `2020 als basisjaar` would.
   */
  private yearAsDate(next: number): boolean {
    if (this.kind(next) !== WORD || this.fullLower(next) !== 'als' || this.kind(next + 1) !== WORD)
      return false;
    const noun = this.fullLower(next + 1);
    return noun.endsWith('datum') || noun.endsWith('jaar') || noun.endsWith('jaartal');
  }

  /** Do four-digit numbers joined by `,` or `en` run from `i` to a closing bracket? */
  private yearsCloseBracket(i: number): boolean {
    for (let j = i; j < i + 12; j++) {
      if (this.kind(j) !== NUM || this.length(j) !== 4) return false;
      j++;
      if (this.punct(j, ')')) return true;
      if (!this.punct(j, ',') && !this.word(j, 'en')) return false;
    }
    return false;
  }

  /** `Prinsjesdag`, `Verantwoordingsdag 2024`, `voor het zomerreces`, `voor de begrotingsbehandeling`. */
  private anchorExpression(i: number): Match | null {
    if (this.kind(i) !== WORD) return null;
    let j = i;
    let spec: YearSpec | null = null;
    const prefix = RELATIVE_PREFIXES.get(this.lower(i));
    if (prefix && ANCHORS.has(this.lower(i + 1))) {
      spec = prefix;
      j++;
    }
    const anchor = this.lower(j);
    const anchorPlace = ANCHORS.get(anchor);
    if (!anchorPlace || this.kind(j) !== WORD) return null;
    // `voor het einde van het zomerreces`: the date starts at `einde`, and its cue and what it says are read before.
    const endOf = DAY_ANCHORS.has(anchor) ? -1 : this.endOfBefore(i);
    const at = endOf >= 0 ? endOf : i;
    const place = endOf >= 0 ? lastMonthOf(anchorPlace) : anchorPlace;
    j++;
    let end = this.endBefore(j);
    const budgetYear = !spec && BUDGET_DEBATES.has(anchor) ? this.budgetYearAfter(j) : null;
    if (budgetYear) {
      const year: YearSpec = { kind: 'explicit', year: budgetYear.year };
      return {
        next: budgetYear.next,
        dates: [this.raw(this.start(i), budgetYear.end, year, (y, r) => place(y - 1, r))],
      };
    }
    if (!spec) {
      const period = this.periodYear(j);
      if (period.next > j && period.spec.kind !== 'default') {
        spec = period.spec;
        j = period.next;
        end = period.end;
        if (spec.kind === 'explicit' && BUDGET_DEBATES.has(anchor)) {
          return { next: j, dates: [this.raw(this.start(i), end, spec, (y, r) => place(y - 1, r))] };
        }
        if (anchor === 'jaarwisseling') {
          // Named by both its years, `landelijk beeld jaarwisseling 2022–2023` (2627); one year does not say which.
          const to = spec.kind === 'explicit' && this.isDash(j) ? this.yearAt(j + 1, true) : null;
          if (spec.kind !== 'explicit' || to?.year !== spec.year + 1) return null;
          j = to.next;
          end = to.end;
        }
      } else {
        const cue = this.previousWordSkippingArticle(at);
        // A bare `Prinsjesdag` may be any year's (a 2018 table in a 2019 letter): leave it.
        if (cue === null || !ANCHOR_CUES.has(cue)) return null;
        if (cue === 'op' && !this.dayAnchorOn(i, j)) return null;
        // `vuurwerk [is] de belangrijkste bron van onveiligheid … tijdens de jaarwisseling` (1377): every year's.
        if (anchor === 'jaarwisseling' && (cue === 'tijdens' || cue === 'met')) return null;
        if (this.habitualClause(this.cueBefore(at), j)) return null;
        // `Na de begrotingsbehandeling eind november` (265): the date that follows says when;
        // the anchor's guessed months would only repeat it, less precisely.
        if (this.datedAfterAnchor(j)) return null;
        // `heb ik u … voor het kerstreces geïnformeerd` in a January letter (1600): the last recess, as with a
        // season. `kort na het zomerreces` in a September or October letter (1358, 1726, 1733) is this year's, as
        // `na de zomer` is; only the Christmas recess spans two years, and `na` keeps the next one there. A day
        // itself, `op`, is the reference year's, as a day without its year is: `Op Prinsjesdag zal het kabinet uw
        // Kamer informeren …` in a letter of 9 September 2022 (1996), `de besluitvorming, die op Prinsjesdag aan het
        // parlement gepresenteerd is` in one of November 2014 (21).
        spec =
          this.isPastFiniteVerb(j) || this.doneInPerfectClause(at, j)
            ? { kind: 'past' }
            : (cue === 'na' && anchor !== 'kerstreces') ||
                cue === 'op' ||
                this.deadlineSeenFromPast(this.cueBefore(at), j)
              ? this.defaultYear(i)
              : { kind: 'future' };
      }
    }
    return { next: j, dates: [this.raw(this.start(at), end, spec, place)] };
  }

  /**
   * The token of `einde` (`eind`, `ultimo`) when `einde van het` stands right before the anchor (or its relative prefix) at
   * `i`, else -1: `uiterlijk voor het einde van het zomerreces` (44), `voor het einde van het vorige Kerstreces`
   * (2874). Such an anchor is its last month (`lastMonthOf`).
   */
  private endOfBefore(i: number): number {
    const k = this.cueBefore(i);
    const end = this.kind(k - 1) === WORD && PARTS.get(this.lower(k - 1)) === 'end';
    return this.word(k, 'van') && end ? k - 1 : -1;
  }

  /**
   * Does the clause of a date without a year, from its cue at `cue` to its end before `next`, tell of what happens
   * every year? Then it names no one occurrence: `Elk jaar wordt u met Prinsjesdag door het kabinet geïnformeerd over
   * de voortgang` (431) no one Prinsjesdag, `Het RIVM brengt jaarlijks voor de zomer een vaccinatiegraadrapport uit`
   * (215) no one summer, `Het kabinet besluit ieder jaar eind augustus over de lastenkant` (985) no one August.
   * `Zoals elk jaar` does: this year's, as the years before. Read to the nearest punctuation, a few words each way.
   * A year written with the date names one (`jaarlijks in mei 2024`), and so does `vorig jaar`: those never ask.
   */
  private habitualClause(cue: number, next: number): boolean {
    for (let k = cue - 1; k >= 0 && k >= cue - HABIT_REACH_BEFORE; k--) {
      if (this.kind(k) !== WORD || this.gaps[k + 1] === GAP_PARA) break;
      if (this.habitAt(k)) return true;
    }
    for (let k = next; k < next + HABIT_REACH_AFTER; k++) {
      if (this.kind(k) !== WORD || this.gaps[k] === GAP_PARA) break;
      if (this.habitAt(k)) return true;
    }
    return false;
  }

  /**
   * `jaarlijks`, `elk jaar`, `ieder jaar`, `elk voorjaar` at `k`, not after `zoals` (or `net als`, `evenals`).
   * A season after `elk` is every year's too: `ieder voorjaar in april`.
   */
  private habitAt(k: number): boolean {
    const w = this.fullLower(k);
    const every = EVERY.has(w) && this.kind(k + 1) === WORD;
    const habit =
      w === 'jaarlijks' || (every && (this.word(k + 1, 'jaar') || SEASONS.has(this.lower(k + 1))));
    return habit && !(this.kind(k - 1) === WORD && AS_EVERY.has(this.fullLower(k - 1)));
  }

  /**
   * The budget year named after a budget debate that ends before `j`, past the chapter it debates (one or two
   * capitalized words): `vanaf de begrotingsbehandeling LNV voor 2008` in a verslag of November 2008 (2152) is the
   * debate of autumn 2007, as `de begrotingsbehandeling 2010` is (see BUDGET_DEBATES). A year right after the debate
   * is `periodYear`'s.
   */
  private budgetYearAfter(j: number): YearHit | null {
    let k = j;
    while (
      k < j + BUDGET_CHAPTER_WORDS &&
      this.kind(k) === WORD &&
      this.capitalized(k) &&
      this.gaps[k] !== GAP_PARA
    ) {
      k++;
    }
    if (this.kind(k) !== WORD || this.gaps[k] === GAP_PARA) return null;
    if (this.lower(k) === 'voor') return this.yearAt(k + 1, true);
    // `tijdens de begrotingsbehandeling IenW over het begrotingsjaar 2021/2022` in a letter of November 2022 (2336):
    // the debate of autumn 2021 on the budget for 2022, read from the last year written (as a vergaderjaar
    // 2021/2022 would have it too).
    if (
      this.lower(k) !== 'over' ||
      !this.word(k + 1, 'het') ||
      this.kind(k + 2) !== WORD ||
      this.fullLower(k + 2) !== 'begrotingsjaar'
    ) {
      return null;
    }
    const first = this.yearAt(k + 3, true);
    if (!first || !(this.punct(first.next, '/') && this.glued(first.next))) return first;
    const last = this.yearAt(first.next + 1, true);
    return last && last.year === first.year + 1 ? last : null;
  }

  /**
   * Does a day, days, month or season (`op 12 november`, `op 7 en 8 november`, `eind november`, `in november`,
   * `dit najaar`, 664) follow an
   * anchor at `j`? Also in brackets, after a word of when: `ruim voor de begrotingsbehandeling (uiterlijk half
   * november)` (988).
   */
  private datedAfterAnchor(anchorEnd: number): boolean {
    let j = this.afterAnchorComplement(anchorEnd);
    if (this.punct(j, '(')) {
      j++;
      while (this.kind(j) === WORD && BRACKETED_WHEN.has(this.lower(j)) && j < anchorEnd + 3) j++;
    }
    const w = this.kind(j) === WORD ? this.lower(j) : '';
    const k = PARTS.has(w) || w === 'in' || w === 'op' ? j + 1 : j;
    if (this.monthAt(k, false) !== null || (this.dayAt(k) !== null && this.monthAt(k + 1, false) !== null)) {
      return true;
    }
    // A list or range of days: `Tijdens de begrotingsbehandeling op 7 en 8 november 2017` (1271).
    if (this.kind(k) === NUM && this.dayExpression(k) !== null) return true;
    const season = RELATIVE_PREFIXES.has(w) ? j + 1 : k;
    return this.kind(season) === WORD && SEASONS.has(this.lower(season));
  }

  /**
   * Is the anchor at `i` (ending before `next`), after `op`, a day, said of one occurrence? Only a day: `ingaan op de
   * begrotingsbehandeling` (946) is no time. Said of one occurrence where it opens its sentence, `Op Prinsjesdag zal
   * het kabinet uw Kamer informeren …` (1996), or a perfect follows it, `In het persbericht dat op Prinsjesdag is
   * uitgekomen …` (568); not in what is done every year, `zoals het kabinet die op Prinsjesdag presenteert` (985).
   */
  private dayAnchorOn(i: number, next: number): boolean {
    if (!DAY_ANCHORS.has(this.lower(i)) || !this.word(i - 1, 'op')) return false;
    return this.capitalized(i - 1) || PERFECT_AUXILIARIES_BEFORE_CUE.has(this.lower(next));
  }

  /**
   * Where the day of an anchor named with its complement stands: at the `op` after `van` and a few words, `Tijdens
   * de begrotingsbehandeling van Binnenlandse Zaken op 18 oktober 2018 heb ik …` (1175), `van hoofdstuk IV op
   * donderdag 8 oktober jl.` (2114), with its weekday skipped; else `anchorEnd` itself.
   */
  private afterAnchorComplement(anchorEnd: number): number {
    if (!this.word(anchorEnd, 'van')) return anchorEnd;
    for (let k = anchorEnd + 1; k <= anchorEnd + 1 + ANCHOR_COMPLEMENT_WORDS; k++) {
      if (this.kind(k) !== WORD) return anchorEnd;
      if (this.word(k, 'op')) {
        return this.kind(k + 1) === WORD && WEEKDAYS.has(this.lower(k + 1)) ? k + 2 : k;
      }
    }
    return anchorEnd;
  }

  /** `vorige week`, `volgende week`, `deze maand`, `volgend jaar`, `dit jaar`. */
  private relativeExpression(i: number): Match | null {
    if (this.kind(i) !== WORD || this.kind(i + 1) !== WORD) return null;
    const unit = this.lower(i + 1);
    const rel = RELATIVE_PREFIXES.get(this.lower(i));
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
      return { next: i + 2, dates: [this.raw(this.start(i), this.end(i + 1), { kind: 'ref' }, place)] };
    }
    // A month after a word that says which one: `na het vertrek van zakelijk directeur Klever jongstleden juli`
    // (1397), `afgelopen maart`: the last (or next) month of that name from the letter's day. With its year
    // written (`afgelopen juli 2023`) the month's own rule reads it; a month in a compound names a paper
    // (`de vorige mei-circulaire`).
    if (rel && rel.kind !== 'offset') {
      const month = this.monthAt(i + 1, false);
      const compound = month && this.punct(month.next, '-') && this.glued(month.next);
      if (month && !compound && !this.yearAfter(month.next)) {
        const place = monthPlacer(month.month, null, 'month');
        return { next: month.next, dates: [this.raw(this.start(i), this.endBefore(month.next), rel, place)] };
      }
    }
    const phrase = this.yearOffsetPhrase(i, false);
    if (!phrase) return null;
    const spec: YearSpec = { kind: 'offset', offset: phrase.offset };
    const within = this.monthOrSeasonAfter(phrase.next);
    if (within) {
      return {
        next: within.next,
        dates: [this.raw(this.start(i), this.end(within.next - 1), spec, within.place)],
      };
    }
    return { next: phrase.next, dates: [this.raw(this.start(i), this.end(i + 1), spec, yearPlacer(null))] };
  }

  /**
   * A month or season that narrows the year phrase before it, as people say it: `vorig jaar december`,
   * `vorig jaar in december`, `vorig jaar zomer` (233).
   */
  private monthOrSeasonAfter(j: number): { next: number; place: Placer } | null {
    const k = this.word(j, 'in') ? j + 1 : j;
    const month = this.monthAt(k, false);
    if (month) return { next: month.next, place: monthPlacer(month.month, null, 'month') };
    // A season may take its article after `in`: `volgend jaar in de zomer`.
    const s = k > j && (this.word(k, 'de') || this.word(k, 'het')) ? k + 1 : k;
    const season = this.kind(s) === WORD ? SEASONS.get(this.lower(s)) : undefined;
    if (season) return { next: s + 1, place: monthPlacer(season[0], season[1], 'season') };
    return null;
  }

  /** The longest date starting at token `i`, or null (the first of equally long ones). */
  matchAt(i: number): Match | null {
    const kind = this.kind(i);
    let best: Match | null = null;
    if (kind === NUM) {
      // A number starts a day (`dayAt`: 1–2 digits), a quarter (`1e kwartaal`: 1 digit) or a year
      // (`yearAt` without a footnote: 4 digits); the other rules give null for other lengths, so they are
      // not called (the order of the rest, which decides ties, is kept).
      const length = this.length(i);
      if (length <= 2) {
        // The three rules of a short number read the token after it first: a separator (`15-10-2022`,
        // `12, 13`, `30–31`), a vocabulary word (`12 maart`, `12 en 13`, `1e kwartaal`) or a day that lost its
        // dash (`13 14 oktober`). A longer number (`29 521`) or any other word (`12 procent`) ends them all.
        const nextDay = this.kind(i + 1) === NUM && this.length(i + 1) <= 2;
        if (this.kind(i + 1) !== PUNCT && !nextDay && !this.vocabularyWord(i + 1)) return null;
        best = longer(best, this.numericDate(i));
        best = longer(best, this.dayExpression(i));
        best = longer(best, this.quarterExpression(i));
      } else {
        best = longer(best, this.numericDate(i));
        if (length === 4) best = longer(best, this.yearExpression(i));
      }
    } else if (kind === WORD) {
      const id = wordId(this.tokens, i);
      const rules = id < 0 ? 0 : (RULES_OF_WORD[id] as number);
      if (rules & NEEDS_WORD_AFTER && !this.vocabularyWord(i + 1)) return null;
      if (rules & DAY_RULE) best = longer(best, this.dayExpression(i));
      if (rules & MONTH_RULE) best = longer(best, this.monthExpression(i, null, this.start(i)));
      if (rules & PART_RULE) best = longer(best, this.partExpression(i));
      if (rules & SEASON_RULE) best = longer(best, this.seasonExpression(i));
      if (rules & QUARTER_RULE) best = longer(best, this.quarterExpression(i));
      if (rules & ANCHOR_RULE) best = longer(best, this.anchorExpression(i));
      if (rules & RELATIVE_RULE) best = longer(best, this.relativeExpression(i));
    }
    return best;
  }
}

/**
 * The last month of what `place` places, approximate: the end of a recess, `het einde van het vorige Kerstreces` in a
 * verslag of July 1999 is January 1999 (2874), `het einde van het zomerreces` August (44).
 */
function lastMonthOf(place: Placer): Placer {
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

function longer(best: Match | null, candidate: Match | null): Match | null {
  return candidate && (!best || candidate.next > best.next) ? candidate : best;
}

/** Every date the grammar reads in `text`, in text order, not yet resolved. */
export function parseDates(text: string): RawDate[] {
  const tokens = tokenize(text, VOCABULARY);
  try {
    return datesAtCandidates(new Grammar(tokens), tokens);
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
function datesAtCandidates(grammar: Grammar, tokens: Tokens): RawDate[] {
  const out: RawDate[] = [];
  // Left to right, a date's tokens are not tried again: `next` is the first token a date may start at.
  // Tokens that are no candidate give no date, so only candidates are tried.
  let next = 0;
  for (let c = 0; c < tokens.candidateCount; c++) {
    const i = tokens.candidates[c] as number;
    if (i < next) continue;
    const m = grammar.matchAt(i);
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
  const grammar = new Grammar(tokens);
  const out: RawDate[] = [];
  try {
    for (let i = 0; i < tokens.count;) {
      const m = grammar.matchAt(i);
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
