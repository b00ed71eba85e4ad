import { isWhiteSpace } from '../text/chars';
import { isParticipleAfterParticle, wordsOf } from '../dates/tense';
import { HEBBEN_FORMS, MODAL_FORMS, ZIJN_FORMS } from '../dates/lexicon';
import { endsWithLower } from './label-chars';
import type { DateFinding, Span } from '../types';

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

/**
 * Does the clause of the date at text[start, end) (inside `sentence`) tell of it as done, in the perfect tense: an
 * auxiliary of the perfect (`heeft`, `hebben`, `is`, `was`…) and a participle after the date, and nothing that looks
 * ahead, no modal (`zal`, `zou`, `kan`…) and no `te`? Then a deadline's cue before the date dates what was done by
 * then, no deadline of the letter's: `De Minister van KGG en ik hebben dit rapport voor de zomer ontvangen` (1255),
 * `een uitkering, die vóór 1 januari 2013 is gestart` (2184), `De rapportage … is conform eerdere toezegging vóór 1
 * april afgerond` (81). A promise or a request keeps its deadline: `heeft mij verzocht om deze visie uiterlijk 1
 * september a.s. toe te zenden` (1137), `zou nog voor het zomerreces naar u gezonden kunnen worden` (2094), `vóór het
 * zomerreces wordt afgerond` (2231, the present of `worden` looks ahead). The clause runs from the clause mark before
 * the date to the one after it (`,` `;` `:` a bracket) or a word that opens another clause, within the sentence.
 */
export function toldAsDone(text: string, sentence: Span, start: number, end: number): boolean {
  let from = start;
  while (from > sentence.start && !isClauseMark(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < sentence.end && !isClauseMark(text.charCodeAt(to))) to++;
  const before = wordsOf(text.slice(from, start));
  const after = wordsOf(text.slice(end, to));
  // The date's clause ends where a word opens another: `verneemt graag vóór 31 oktober 2025 wat de stand van zaken is
  // met betrekking tot … opgenomen toezeggingen` (283) is a request.
  const opener = after.findIndex((w) => OPENS_CLAUSE.has(w));
  if (opener >= 0) after.length = opener;
  let auxiliary = false;
  for (const w of [...before, ...after]) {
    if (w === 'te' || AHEAD.has(w)) return false;
    if (PERFECT.has(w)) auxiliary = true;
  }
  return auxiliary && after.some(isParticipleAfterParticle);
}

/**
 * Words that open another clause after the date's: a relative, a subordinator, a question word (`over de Kamer voor 10
 * maart informeren bij hoeveel mensen gerechtelijke vorderingen geëffectueerd zijn`, 1406).
 */
const OPENS_CLAUSE: ReadonlySet<string> = new Set(
  'dat wat die welke waar waarin waarop waarmee waarvan waarover waarbij of om omdat zodat als wanneer indien terwijl hoe hoeveel wie waarom'.split(
    ' ',
  ),
);

/** `,` `;` `:` `(` `)` */
function isClauseMark(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29;
}

/** The auxiliaries of the perfect, `hebben` and `zijn`, and the past of `worden`. */
const PERFECT: ReadonlySet<string> = new Set([...HEBBEN_FORMS, ...ZIJN_FORMS, 'werd', 'werden']);
/** What looks ahead: a modal, the present of `worden` (`het advies … wordt opgeleverd`, 1805). */
const AHEAD: ReadonlySet<string> = new Set([...MODAL_FORMS, 'wordt', 'worden']);
