import { isParticiple, isParticipleAfterParticle } from '../dates/tense';
import { closedFrom } from '../text/brackets';
import { isWhiteSpace } from '../text/chars';
import { AUXILIARY_WORDS, alternation, wordsWithout } from './auxiliaries';
import { CLAUSE_JOINERS, JOINS_ITEMS, clauseEnd, clauseStart } from './clause';
import { NOT_MAIN_CLAUSE } from './insertions';
import { LOWER_CASE_WORD, collapseRange, isCapitalized } from './label-chars';
import { withoutDangling } from './label-tidy';
import { ARTICLES, FUNCTION_WORDS, RELATIVE_WORDS, SUBORDINATORS } from './function-words';
import { PREPOSITIONS } from './dangling';

/**
 * Stretches between commas that are no clause of their own: an apposition before the date's clause (`…(DMP), een
 * onderdeel van het «voorzien-in» proces, in 2023`), the stretches between an auxiliary after the date and its
 * participle, and the nouns of a list; `hasNoVerb` tells them from clauses.
 */

/**
 * Where the apposition before the date's clause text[left, …) starts (at its opening `,`), within text[start, …); else
 * -1. The date's clause holds nothing before the date but its preposition and follows a comma, and the clause before
 * that comma, after a comma of its own, is a noun phrase with no verb that opens with `de`, `het` or `een`
 * (APPOSITION_OPENER, `hasNoVerb`): it names again what the clause before it ended on and says nothing of what happens
 * on the date. `In de Defensienota 2022 heb ik aangegeven te streven naar een actualisatie van het Defensie Materieel
 * Proces (DMP), een onderdeel van het «voorzien-in» proces, in 2023.` (235) was labelled `…Defensie Materieel Proces
 * (DMP), een onderdeel van het «voorzien-in» proces`. A clause between commas with a verb is no apposition.
 */
export function appositionStart(text: string, start: number, left: number, ds: number, de: number): number {
  // Most clauses start after no comma, or hold more than a preposition before their date.
  if (left - 1 <= start || text.charCodeAt(left - 1) !== 0x2c || ds - left > DANGLING_STRETCH) return -1;
  const stretch = collapseRange(text, left, ds);
  if (stretch === '' || withoutDangling(stretch, text, ds, de) !== '') return -1;
  const from = clauseStart(text, start, left - 1, 'narrow');
  if (from - 1 <= start || text.charCodeAt(from - 1) !== 0x2c || left - 1 - from > APPOSITION_MAX) return -1;
  APPOSITION_OPENER.lastIndex = from;
  if (!APPOSITION_OPENER.test(text) || APPOSITION_OPENER.lastIndex > left - 1) return -1;
  return hasNoVerb(collapseRange(text, from, left - 1)) ? from - 1 : -1;
}

/** `de`, `het` or `een` as a word in lower case, after white space: an apposition's opening (see `appositionStart`). */
const APPOSITION_OPENER = /\s*(?:de|het|een)\s/y;
/** How long an apposition may be (see `appositionStart`). */
const APPOSITION_MAX = 120;
/** How long the stretch between a comma and its date may be to hold only the date's preposition. */
const DANGLING_STRETCH = 40;

/**
 * Does the phrase `s` (collapsed) hold no verb: no finite verb of those letters use most, no word that opens a clause
 * (a relative, a conjunction, `om` and `te` of an infinitive; APPOSITION_VERBS), no participle? `en` and `of` join
 * nouns as often as clauses: they stay.
 */
export function hasNoVerb(s: string): boolean {
  for (const raw of s.toLowerCase().split(' ')) if (isVerbOrOpener(raw)) return false;
  return true;
}

/** Is `raw` (a lower-case word, with any marks at its ends) one of APPOSITION_VERBS or a participle (see `hasNoVerb`)? */
export function isVerbOrOpener(raw: string): boolean {
  const w = raw.replace(NOT_IN_WORD, '');
  return APPOSITION_VERBS.has(w) || isParticiple(w);
}

/**
 * Finite verbs, and words that open a clause, that make a stretch between commas a clause, not an apposition (see
 * `hasNoVerb`).
 */
const APPOSITION_VERBS: ReadonlySet<string> = new Set(
  'is zijn was waren wordt worden werd werden heb hebt heeft hebben had hadden zal zullen zou zouden kan kunnen kon konden moet moeten mag mogen wil willen gaat gaan ging gingen komt komen kwam kwamen staat staan stond stonden blijft blijven bleef bleven blijkt bleek lijkt leek geeft geven gaf biedt bieden bood bevat bevatten vindt vinden vond verwacht verwachten die dat wat welke wie waar waarin waarmee waarbij waardoor waarna waarop waarover zoals omdat doordat zodat terwijl wanneer nadat voordat hoewel indien mits tenzij maar want dus om te'.split(
    ' ',
  ),
);

/**
 * An auxiliary after the date that opens its main clause's verb group (`zijn ze`, `is het`, `heeft de`), its participle
 * still to come: read on text[de, right). `zijn` and `haar` are possessives as often: `zijn` only before a subject.
 */
const AUXILIARY_OPENING = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${alternation(wordsWithout(AUXILIARY_WORDS, ['zijn']))}|zijn(?=\s+(?:ze|zij|er|de|het|deze|dit|die|alle|beide|wij|we)\s))(?![\p{L}\p{N}])`,
  'u',
);

/** How many stretches between commas a clause goes on over to its participle (see `pastApposedParticiple`). */
const APPOSED_STRETCHES = 3;

/**
 * Where the date's clause ends when its auxiliary's participle comes after the comma or the group in brackets it ends
 * at: past the stretch that ends on the participle, over at most APPOSED_STRETCHES stretches (after a comma or a group
 * in brackets) that hold no verb (see `hasNoVerb`), else `right`.
 * A comma inside a name or an apposition ended the label before its verb: `Bij brief van 2 oktober 2024 zijn ze door de
 * Minister-President, Minister van Algemene Zaken beantwoord` (1674, 1984) read `Bij brief zijn ze door de
 * Minister-President`; 268 goes on over `, de Minister voor Rechtsbescherming en …, voorzien van een inleiding,`.
 * A stretch whose first verb is a participle inside it, where a clause's middle field ends (see `middleFieldEnd`),
 * ends the clause right after it: `In de brief is uw Kamer door de staatssecretaris van Veiligheid en Justitie, de
 * minister voor Immigratie en Asiel en de minister van Binnenlandse Zaken en Koninkrijksrelaties geïnformeerd over de
 * wijze waarop …` (1133) read `In de brief is uw Kamer door de staatssecretaris van Veiligheid en Justitie`.
 */
export function pastApposedParticiple(text: string, de: number, right: number, end: number): number {
  // Most clauses end at no comma or bracket.
  if (right >= end) return right;
  const first = text.charCodeAt(right);
  if (first !== 0x2c && first !== 0x28) return right;
  const clause = collapseRange(text, de, right);
  const aux = AUXILIARY_OPENING.exec(clause);
  if (aux === null) return right;
  for (const w of clause
    .slice(aux.index + aux[0].length)
    .toLowerCase()
    .split(' ')) {
    if (isParticiple(w.replace(NOT_IN_WORD, ''))) return right;
  }
  let at = right;
  for (let n = 0; n < APPOSED_STRETCHES && at < end;) {
    // The next stretch, after a comma or a group in brackets (`overleg (tweede termijn) gevoerd`, 2561).
    const c = text.charCodeAt(at);
    const group = c === 0x28 ? closedFrom(text, at, at + 1, end) : null;
    if (c !== 0x2c && group === null) return right;
    const from = group === null ? at + 1 : group.end;
    const next = clauseEnd(text, from, end, 'narrow');
    const stretch = collapseRange(text, from, next);
    at = next;
    if (stretch === '') {
      if (group === null) return right;
      continue;
    }
    n++;
    const words = stretch.toLowerCase().split(' ');
    const last = (words[words.length - 1] as string).replace(NOT_IN_WORD, '');
    for (let k = 0; k < words.length - 1; k++) {
      const w = (words[k] as string).replace(NOT_IN_WORD, '');
      if (APPOSITION_VERBS.has(w)) return right;
      if (isParticipleAfterParticle(w))
        return middleFieldEnd(words, k, group !== null) ? nthWordEnd(text, from, k) : right;
    }
    // A stretch of more words than an apposition has ends the walk; only its participle inside counts (above).
    if (stretch.length > APPOSITION_MAX) return right;
    if (APPOSITION_VERBS.has(last)) return right;
    if (isParticipleAfterParticle(last)) return next;
  }
  return right;
}

/**
 * Is the participle `words[k]` (lower case, no verb before it) where the middle field of its clause ends: with no mark
 * at its end, within APPOSITION_MAX characters of the stretch's start, and either after a word that is no article or
 * preposition (`na een wetgevingstraject van …`, 2545, where `wetgevingstraject` has a participle's shape) and before a
 * preposition or a conjunction (AFTER_CLAUSE_PARTICIPLE), or first after a group in brackets (`overleg (tweede termijn)
 * gevoerd met`, 2561), or first after a comma before the phrase of an infinitive with `te` (`…, besloten een
 * telefonische Eurogroep … bijeen te roepen`, 121)? A participle first after a comma and before a preposition opens a
 * phrase of its own: `…, voorzien van een inleiding, beantwoord` (268).
 */
function middleFieldEnd(words: readonly string[], k: number, afterGroup: boolean): boolean {
  const w = words[k] as string;
  if (w.replace(NOT_IN_WORD, '') !== w) return false;
  let length = k;
  for (let i = 0; i <= k; i++) length += (words[i] as string).length;
  if (length > APPOSITION_MAX) return false;
  const after = words[k + 1] as string;
  if (k > 0) return !FUNCTION_WORDS.has(words[k - 1] as string) && AFTER_CLAUSE_PARTICIPLE.has(after);
  return afterGroup || (!AFTER_CLAUSE_PARTICIPLE.has(after) && words.includes('te', k + 2));
}

/**
 * The stretches between commas from the comma at `comma` on, at most `max`, each collapsed (see `collapseRange`) with
 * the end of its clause: the walk of `listEnd`. It stops at a stretch that no comma opens,
 * that is empty, or that is longer than an apposition (APPOSITION_MAX).
 */
function* commaStretches(
  text: string,
  comma: number,
  end: number,
  max: number,
): Generator<{ stretch: string; next: number }> {
  for (let n = 0; n < max; n++) {
    if (comma >= end || text.charCodeAt(comma) !== 0x2c) return;
    const next = clauseEnd(text, comma + 1, end, 'narrow');
    const stretch = collapseRange(text, comma + 1, next);
    if (stretch === '' || stretch.length > APPOSITION_MAX) return;
    yield { stretch, next };
    comma = next;
  }
}

/**
 * Where the date's clause ends when the comma it ends at is one between the nouns of a list that `en` or `of` closes:
 * past the stretch that holds that `en`, else `right`. `Brief van de minister van Financiën d.d. 20 december 2000 over
 * beheer, controle en toezicht Europese structuurfondsen` (596) read `…over beheer`. Only where the clause after the
 * date is a short phrase without a verb (NOUN_LIST_HEAD characters at most) that ends on a bare lower-case word, each
 * item after it one to NOUN_LIST_ITEM such words (no function word, no verb, no participle), at most NOUN_LIST_ITEMS
 * items, and the stretch with `en`/`of` holds no verb: a comma before a clause or an apposition ends the label as
 * before.
 */
export function pastNounList(text: string, de: number, right: number, end: number): number {
  // Most clauses end at no comma.
  if (right >= end || text.charCodeAt(right) !== 0x2c || right - de > NOUN_LIST_HEAD) return right;
  // Cheap tests first, as most clauses that end at a comma do so before no list: a lower-case letter after the comma,
  // a bare word before it.
  let k = right + 1;
  while (k < end && isWhiteSpace(text.charCodeAt(k))) k++;
  const c = k < end ? text.charCodeAt(k) : 0;
  if (c < 0x61 || (c > 0x7a && c < 0x80)) return right;
  let wordStart = right;
  while (wordStart > de && !isWhiteSpace(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === right || !isBareNoun(text.slice(wordStart, right))) return right;
  const list = listEnd(text, right, end);
  return list > right && hasNoVerb(collapseRange(text, de, right)) ? list : right;
}

/**
 * The end of the stretch with a list's `en`/`of` after the comma at `right` (see `pastNounList`), or `right`. An item
 * may open with its article (`de`, `het`, `een`): `over het onderzoek, de analyses en maatregelen aan het ministerie`
 * (1664) read `…over het onderzoek`.
 */
function listEnd(text: string, right: number, end: number): number {
  for (const { stretch, next } of commaStretches(text, right, end, NOUN_LIST_ITEMS)) {
    const words = stretch.split(' ');
    const first = ARTICLES.has(words[0] as string) ? 1 : 0;
    let k = first;
    while (k < words.length && k - first < NOUN_LIST_ITEM && isBareNoun(words[k] as string)) k++;
    if (k === first) return right;
    if (k === words.length) continue;
    const joiner = words[k];
    return (joiner === 'en' || joiner === 'of') && k + 1 < words.length && hasNoVerb(stretch) ? next : right;
  }
  return right;
}

/**
 * Where the date's clause ends when the comma it ends at opens the next items of a short list, a word or three and then
 * `en` or `of` with an item after it (see SHORT_ITEM): past the stretch that holds that `en`, else `right`. Tried where
 * `pastNounList`, which reads nouns only, finds none: `…de gevolgen van deze oorlog voor Oekraïne, Europa en de rest
 * van de wereld` (1252) was labelled `…voor Oekraïne`, `In juni 2018 hebben de sportsector, gemeenten en ik het
 * Sportakkoord … ondertekend` (1956) `In juni 2018 hebben de sportsector`: ended inside the list, without a `…`. Not
 * where a word before the `en` is a function word, a verb or one that opens a clause, nor the first after it; nor after
 * a date that the comma follows right away (its clause is what comes after the comma).
 */
export function pastShortList(text: string, de: number, right: number, end: number): number {
  if (right >= end || text.charCodeAt(right) !== 0x2c) return right;
  // Most commas have no `en` or `of` a few words after them: ruled out before the words are read.
  const near = text.slice(right + 1, Math.min(end, right + 1 + SHORT_LIST_REACH));
  if (!JOINS_ITEMS.test(near) || collapseRange(text, de, right) === '') return right;
  const next = clauseEnd(text, right + 1, end, 'narrow');
  const words = collapseRange(text, right + 1, next).split(' ');
  const first = ARTICLES.has(words[0] as string) ? 1 : 0;
  // `alsmede`, `evenals` join a clause's parts, not a list's items (`Raming der … uitgaven, alsmede aanwijzing …`).
  if (CLAUSE_JOINERS.has(words[0] as string) || OPENS_CLAUSE.has(words[0] as string)) return right;
  let k = first;
  while (k < words.length && k - first < SHORT_ITEM) {
    const w = words[k] as string;
    if (w === 'en' || w === 'of') break;
    if (!LIST_WORD.test(w) || FUNCTION_WORDS.has(w.toLowerCase()) || isVerbOrOpener(w.toLowerCase()))
      return right;
    k++;
  }
  if (k === first || (words[k] !== 'en' && words[k] !== 'of')) return right;
  const after = words[k + 1];
  if (after === undefined || isVerbOrOpener(after.toLowerCase())) return right;
  // `en` between capitalised words is a name's (`Staatssecretaris Openbaar Vervoer en Milieu`, an apposition), or the
  // subject of a clause whose verb was left out (`…verschenen in februari van 1998, de Nota Milieu en Economie in juni
  // 1997`, 501).
  return isCapitalized(words[k - 1] as string) && isCapitalized(after) ? right : next;
}

/** Words that open a clause of their own after a comma: `…extra kost, waarvan waterschappen en Rijk elk …` (751). */
const OPENS_CLAUSE: ReadonlySet<string> = new Set([...RELATIVE_WORDS, ...SUBORDINATORS]);

/** The most words of a short list's item before its `en` or `of` (see `pastShortList`). */
const SHORT_ITEM = 3;
/** How far after its comma a short list's `en` or `of` may stand: three long words with an article. */
const SHORT_LIST_REACH = 90;
/** A word of a list's item: letters, hyphens and apostrophes. */
const LIST_WORD = /^\p{L}[\p{L}'’-]*$/u;

/**
 * The most characters of the phrase after the date before a list's first comma (see `pastNounList`). Was 40: `…inzake
 * hoofdlijnen van de gecombineerde aanpak van natuur` (872, of `natuur, water en klimaat`) ended inside its list
 * without a `…`, as `…inzake eerste observaties Inspectie belastingen` (1110) inside a name.
 */
const NOUN_LIST_HEAD = 80;
/** The most items after that comma, and the most words of one (see `pastNounList`). */
const NOUN_LIST_ITEMS = 3;
const NOUN_LIST_ITEM = 3;

/** Is `w` a bare lower-case word that may be a noun of a list: letters and hyphens, no function word, verb or participle? */
function isBareNoun(w: string): boolean {
  return (
    LOWER_CASE_WORD.test(w) &&
    !FUNCTION_WORDS.has(w) &&
    !APPOSITION_VERBS.has(w) &&
    !NOT_MAIN_CLAUSE.has(w) &&
    !isParticiple(w)
  );
}

/**
 * Words that follow a main clause's participle where its middle field ends: a preposition (`geïnformeerd over de
 * wijze`) or a conjunction that opens the clause after it (`gezet om`, `besproken dat`).
 */
const AFTER_CLAUSE_PARTICIPLE: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  'inzake',
  'dat',
  'omdat',
  'zodat',
]);

/** The end of the word after the `n` words before it in text[from, …) (white space between them). */
function nthWordEnd(text: string, from: number, n: number): number {
  let k = from;
  for (let i = 0; ; i++) {
    while (isWhiteSpace(text.charCodeAt(k))) k++;
    while (k < text.length && !isWhiteSpace(text.charCodeAt(k))) k++;
    if (i === n) return k;
  }
}

/** Punctuation around a word: `gestuurd?`, `(paragraaf`. */
export const NOT_IN_WORD = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
