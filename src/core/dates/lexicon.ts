import { DUTCH_WEEKDAYS } from '../text/dutch-months';
/** Dutch words the date grammar knows, lower case. */

/** Full month names: usable on their own (`november 2022`). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['januari', 1],
  ['februari', 2],
  ['maart', 3],
  ['april', 4],
  ['mei', 5],
  ['juni', 6],
  ['juli', 7],
  ['augustus', 8],
  ['september', 9],
  ['oktober', 10],
  ['november', 11],
  ['december', 12],
]);

/** Abbreviated month names: only after a day number (`17 okt. 2022`), where they cannot be other words. */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['feb', 2],
  ['febr', 2],
  ['mrt', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['okt', 10],
  ['nov', 11],
  ['dec', 12],
]);

/** Weekday → `Date#getUTCDay` number. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(DUTCH_WEEKDAYS.map((name, day) => [name, day]));

/** Seasons as month ranges, following the corpus conventions (`tests/fixtures/letters/README.md`). */
export const SEASONS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['voorjaar', [3, 5]],
  ['lente', [3, 5]],
  ['zomer', [6, 8]],
  ['zomerseizoen', [6, 8]], // `vóór het begin van het zomerseizoen van 1995` (609)
  ['najaar', [9, 11]],
  ['herfst', [9, 11]],
]);

/**
 * Parts of a period: `begin 2023`, `medio 2025`, `eind dit jaar`, `ultimo 2023`, and `half november` (the middle of
 * the month, as the gold has it: `Deze beide organen komen respectievelijk half november en eind november met een
 * advies`, 337).
 */
export type Part = 'begin' | 'mid' | 'end';
export const PARTS: ReadonlyMap<string, Part> = new Map([
  ['begin', 'begin'],
  ['primo', 'begin'],
  ['medio', 'mid'],
  ['half', 'mid'],
  ['midden', 'mid'],
  ['halverwege', 'mid'],
  ['eind', 'end'],
  ['einde', 'end'],
  ['ultimo', 'end'],
]);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['eerste', 1],
  ['tweede', 2],
  ['derde', 3],
  ['vierde', 4],
  ['laatste', 4],
]);

/** `dit jaar`, `vorig jaar`, … → offset from the reference year. */
export const YEAR_OFFSET_WORDS: ReadonlyMap<string, number> = new Map([
  ['dit', 0],
  ['deze', 0],
  ['lopende', 0],
  ['huidige', 0],
  ['vorig', -1],
  ['vorige', -1],
  // `het vierde kwartaal van het voorgaande jaar` (lijst van vragen en antwoorden 31 865, nr. 214).
  ['voorgaand', -1],
  ['voorgaande', -1],
  ['volgend', 1],
  ['volgende', 1],
  ['komend', 1],
  ['komende', 1],
  ['aankomend', 1],
  ['aankomende', 1],
]);

/**
 * Words after which a bare four-digit number is a year used as a time reference (`in 2014`,
 * `einddoelen voor 2020`, `vanaf 2014`, `uit 2015`). Elsewhere a lone year is more often a title
 * (`Political Guidance 2023`) or an amount, so it is left alone.
 */
export const YEAR_CUES: ReadonlySet<string> = new Set([
  'in',
  'sinds',
  'sedert', // `sinds` in older papers: `sedert 1992` (545)
  'vanaf',
  'tot',
  'voor',
  'vóór',
  'na',
  'per',
  'uit',
  'van',
  'rond',
  'rondom',
  'omstreeks',
  'richting',
  'naar', // `op weg naar 2030` (696)
  'tussen',
  'tijdens',
  'gedurende',
  'over',
  'jaar',
  'jaren',
  'jaartal', // `de jaartallen 1933 en 1938` (2171)
  'jaartallen',
  'prijspeil', // `in prijspeil 2021` (2366): the prices of that year
  'periode',
  'uiterlijk',
  'reeds',
  'al',
  'met',
  'eind',
  'begin',
  'medio',
  'anno', // `Het bondgenootschap wordt anno 2009 nog steeds op de proef gesteld` (2762)
  'ipv', // `in 2030 ipv 2027` (2687): in plaats van, its `van` a cue as `in plaats van 2027` has it
]);

/** Words before a number that make it an identifier, an amount or a page: `nr. 2072`, `artikel 50`. */
export const NUMBER_PREFIXES: ReadonlySet<string> = new Set([
  'nr',
  'nrs',
  'no',
  'nummer',
  'nummers',
  'art',
  'artikel',
  'artikelen',
  'lid',
  'p',
  'pp',
  'pag',
  'pagina',
  'blz',
  'bijlage',
  'kenmerk',
  'stcrt',
  'stb',
  'trb',
  'staatscourant',
  'staatsblad',
  'tractatenblad',
  'kamerstuk',
  'kamerstukken',
  'handelingen',
  'ruim',
  'circa',
  'ca',
  'ongeveer',
  'bijna',
  'totaal',
]);

/** Words after a number that make it a quantity or a time, not a year: `14.01 uur`, `2000 euro`. */
export const NUMBER_SUFFIXES: ReadonlySet<string> = new Set([
  'uur',
  'euro',
  'eur',
  'mln',
  'miljoen',
  'miljard',
  'mld',
  'mrd',
  'procent',
  'km',
  'kilometer',
  'meter',
  'kg',
  'ton',
  'gram',
  'stuks',
  'personen',
  'mensen',
  'leden',
  'stemmen',
  'woningen',
  'banen',
  'fte',
  'uren',
  'dagen',
  'keer',
]);

/**
 * Participles of what is done to a paper or to the Kamer (answered, sent, informed), after a year-less day
 * in a perfect or past clause: `De vragen 1 tot met 16 zijn reeds op 11 december beantwoord` in a lijst of
 * February 2020 were answered in December 2019 (605). A plan (`gepland`, `voorzien`) is not among them: `is op
 * 12 december gepland` may lie ahead.
 */
export const DONE_PARTICIPLES: ReadonlySet<string> = new Set([
  'beantwoord',
  'geïnformeerd',
  'gestuurd',
  'verstuurd',
  'verzonden',
  'toegezonden',
  'ontvangen',
  'gemeld',
  'aangeboden',
  'gepubliceerd',
  'ondertekend',
]);

/**
 * The finite forms of `hebben`, `zijn` and `worden` the letters write (first, second and third person, present and
 * past): the auxiliaries a perfect or passive clause turns on. The tense rules (`tense.ts`) and the timeline's label
 * rules (`timeline/auxiliaries.ts`) each take what they need from them.
 */
export const HEBBEN_FORMS: readonly string[] = ['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden'];
export const ZIJN_FORMS: readonly string[] = ['is', 'ben', 'zijn', 'was', 'waren'];
export const WORDEN_FORMS: readonly string[] = ['wordt', 'worden', 'werd', 'werden'];
/** The finite forms of the modals in the letters: `zal`, `kan`, `moet`, `mag`, `wil` and their plurals and pasts. */
export const MODAL_FORMS: readonly string[] = [
  'zal',
  'zullen',
  'zou',
  'zouden',
  'kan',
  'kunnen',
  'kon',
  'konden',
  'moet',
  'moeten',
  'mag',
  'mogen',
  'wil',
  'willen',
];

/** The finite verbs of a perfect or past clause before such a participle: `zijn … beantwoord`, `werd … gemeld`. */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'zijn',
  'heb',
  'hebt',
  'heeft',
  'hebben',
  'werd',
  'werden',
]);

/**
 * Finite verbs that put a clause in the past by themselves: `heb`, `heeft`, `hadden`, `was`. They share `heb`,
 * `heeft` and `hebben` with PERFECT_AUXILIARIES; `is` and `zijn` are present tense, past only with a participle
 * after them, which is what the perfect-clause rules look for.
 */
export const PAST_FINITE_VERBS: ReadonlySet<string> = new Set([
  'heb',
  'hebben',
  'heeft',
  'had',
  'hadden',
  'was',
  'waren',
]);

/**
 * Finite verbs of a future seen from the past: `Zoals toegezegd voor de zomer zou ik uw Kamer updaten` in a letter of
 * September 2022 (1996) tells of what was planned for the summer just past (see `deadlineSeenFromPast`).
 */
export const PAST_FUTURE_VERBS: ReadonlySet<string> = new Set(['zou', 'zouden']);

/** Participles of a plan: `stond gepland voor juni`, `was voorzien voor de zomer` (see `deadlineSeenFromPast`). */
export const PLAN_PARTICIPLES: ReadonlySet<string> = new Set([
  'gepland',
  'voorzien',
  'geagendeerd',
  'beoogd',
]);

/** Past finite verbs a plan participle goes with: `stond`, `was`, `werd gepland`. */
export const PAST_PLAN_VERBS: ReadonlySet<string> = new Set([
  'stond',
  'stonden',
  'was',
  'waren',
  'werd',
  'werden',
]);

/**
 * Words that end a paper's sender going back from the day (see `paperOfSender`): `de brief van de minister over de
 * Raad van 26 oktober` names a meeting, not the brief's day. A preposition or conjunction is no part of a sender's
 * name but for the `van` inside one (`de staatssecretaris van Financiën`).
 */
export const SENDER_BREAKS: ReadonlySet<string> = new Set([
  'aan',
  'betreffende',
  'bij',
  'en',
  'in',
  'inzake',
  'met',
  'naar',
  'of',
  'om',
  'op',
  'over',
  'tot',
  'voor',
]);

/**
 * Meetings a day may name (`het algemeen overleg van 30 september`): when the finite verb right after tells of it in
 * the past (`… heb ik u geïnformeerd`), the meeting was held before the letter (1540).
 */
export const MEETINGS: ReadonlySet<string> = new Set([
  'overleg',
  'debat',
  'commissiedebat',
  'notaoverleg',
  'wetgevingsoverleg',
  'vergadering',
  'hoorzitting',
  'rondetafelgesprek',
]);

/**
 * Reports named by the year they are about, which are written in another year: an account the year after, a plan or
 * budget the year before. Such a year lends none to a year-less day after it on the line (`De verantwoording 1997
 * is evenwel reeds op 24 maart … aangeboden`, in a letter of October 1998, 2530).
 */
export const YEAR_REPORTS: ReadonlySet<string> = new Set([
  'verantwoording',
  'jaarverantwoording',
  'jaarverslag',
  'jaarrekening',
  'begroting',
  'jaarplan',
]);

/**
 * Papers a text cites by the day they were issued, which lies before the text: `In de Kamerbrieven van 7 oktober`
 * (525), `de Verklaring van 26 oktober` of the euro summit, in a letter of 2012 (763). Not meetings: `de Raad van
 * 26 oktober` may lie ahead (see `MEETINGS`).
 */
export const ISSUED_PAPERS: ReadonlySet<string> = new Set([
  'brief',
  'brieven',
  'kamerbrief',
  'kamerbrieven',
  'verklaring',
  'verklaringen',
  'notitie',
  'rapport',
  'besluit',
]);
