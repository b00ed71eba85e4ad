import { nthWeekdayOfMonth } from './calendar';
import {
  DONE_PARTICIPLES,
  ISSUED_PAPERS,
  MEETINGS,
  MONTH_ABBREVIATIONS,
  MONTHS,
  NUMBER_PREFIXES,
  NUMBER_SUFFIXES,
  ORDINALS,
  PARTS,
  PAST_FUTURE_VERBS,
  PAST_PLAN_VERBS,
  PERFECT_AUXILIARIES,
  PLAN_PARTICIPLES,
  SEASONS,
  SENDER_BREAKS,
  WEEKDAYS,
  YEAR_CUES,
  YEAR_OFFSET_WORDS,
} from './lexicon';
import { dayPlacer, monthPlacer, type Placer, type YearSpec } from './raw';
import { Vocabulary } from './tokens';

/**
 * The words the date grammar compares tokens with, besides the lexicon's: the cues that make a month, a
 * season or an anchor a date, the relative prefixes, the parliamentary anchors and the literals the rules
 * spell out. With the lexicon they make the vocabulary the tokenizer looks words up in, so they are known
 * before any rule runs; a word set only one rule module reads stays next to that rule.
 */

/** Words after which a month without day and year is a date (`in november`, `sinds juni`). */
export const MONTH_CUES = new Set([
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
export const SEASON_CUES: ReadonlyMap<string, YearSpec['kind']> = new Map([
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
export const ANCHOR_CUES = new Set([
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

/** Words before a date or anchor that say which occurrence is meant. */
export const RELATIVE_PREFIXES: ReadonlyMap<string, YearSpec> = new Map<string, YearSpec>([
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
export const ANCHORS: ReadonlyMap<string, Placer> = new Map<string, Placer>([
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
export type Literal = (typeof LITERALS)[number];

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
export const DE_DATO: readonly Literal[] = ['d', 'd'];
export const MET_INGANG_VAN: readonly Literal[] = ['m', 'i', 'v'];
export const IN_PLAATS_VAN: readonly Literal[] = ['i', 'p', 'v'];

/** Every word any rule looks up: a word outside it is never matched, so it needs no lower case. */
export const VOCABULARY = new Vocabulary(
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
