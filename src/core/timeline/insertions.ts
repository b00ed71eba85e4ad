import { isParticipleAfterParticle } from '../dates/tense';
import { isDigit, isLower, isWhiteSpace } from '../text/chars';
import { clauseEnd } from './clause';
import { collapseRange, mayBeFiniteVerb, startsLower } from './label-chars';
import { tidy } from './label-tidy';
import { FUNCTION_WORDS, RELATIVE_ADVERBS } from './function-words';
import { alternation, wordsWithout } from './auxiliaries';

/**
 * Clauses next to a date's clause that a label reads past or leaves out: a relative clause after a comma (`, die …`),
 * a phrase inserted between commas into the main clause (`, in overleg met …,`), an aside between dashes before the
 * date's clause (`om – met het oog op … – uiterlijk 24 oktober`), and a sentence's opening clause that refers to what
 * was said before (`Zoals aangekondigd in de brief van …,`).
 */

/**
 * A relative pronoun or adverb that opens a clause: `die`, `dat`, `welke`, `waarin`, `waarop`… Read
 * sticky at a clause's start (white space first).
 */
const RELATIVE =
  /\s*(?:die|dat|welke?|wat|wie|waar(?:aan|bij|door|in|mee|na|naar|om|onder|op|over|tegen|toe|uit|van|voor)?)(?![\p{L}\p{N}])/uy;

/** `zoals` opening a clause, read sticky at its start (white space first). */
const AS = /\s*zoals(?![\p{L}\p{N}])/uy;

/**
 * `gedaan` opening a clause apposed to the noun before its comma, saying when and where a request or promise was made,
 * read sticky at its start (white space first): `het verzoek van het lid Thijssen, gedaan tijdens de regeling van
 * werkzaamheden van 18 mei 2021` (1256). Not any participle: `gehouden` after a report's kind is its formula
 * (`Verslag van een commissiedebat, gehouden op …, over …`), and `ingediend` or `gepubliceerd` follow a citation or
 * a title as often as a noun (`… (Kamerstuk 34 775 V, nr. 31), ingediend tijdens de begrotingsbehandeling`, 1772).
 */
const APPOSED_PARTICIPLE = /\s*gedaan(?![\p{L}\p{N}])/uy;

/**
 * Does the clause that starts at `left`, right after a comma, open with a relative pronoun before the date at `ds`?
 * Alone it says nothing of what it describes: `…de bijeenkomst van de NAVO-Ministers van Defensie (DMM), die op 17 en
 * 18 oktober in Brussel plaatsvindt` (1104) gave `Die in Brussel plaatsvindt`. `'as'` for one that opens with `zoals`,
 * which says how or where the clause before it holds: `…in de autonome status van Aruba, zoals verkregen op 1 januari
 * 1986, geen wijzigingen worden aangebracht` (995) gave `…zoals verkregen`, `Uw Kamer is op verschillende momenten over
 * deze risico’s geïnformeerd, zoals bij de brieven van 8 februari en 30 april 2021` (2535) `…zoals bij de brieven` (but
 * see `reportedLabel`, for a phrase that says what was promised). Also right after a group in brackets: `de Landbouw-
 * en Visserijraad (hierna: Raad) die op 18 september 2023 plaatsvond te Brussel` (601) gave `…die plaatsvond te
 * Brussel`. `'participle'` for one that a participle opens (see APPOSED_PARTICIPLE), which says when the noun before it
 * was done, not what: `…, gedaan tijdens de regeling van werkzaamheden van 18 mei 2021, …` (1256) gave `…gedaan tijdens
 * de regeling van werkzaamheden`.
 */
export function opensRelativeClause(
  original: string,
  left: number,
  ds: number,
): 'relative' | 'as' | 'participle' | null {
  // After a comma, or a group in brackets that ended the clause before it (see `clauseBeforeRelative`).
  const c = original.charCodeAt(left - 1);
  if (c !== 0x2c && c !== 0x29) return null;
  RELATIVE.lastIndex = left;
  if (RELATIVE.test(original) && RELATIVE.lastIndex <= ds) return 'relative';
  AS.lastIndex = left;
  if (AS.test(original) && AS.lastIndex <= ds) return 'as';
  APPOSED_PARTICIPLE.lastIndex = left;
  return c === 0x2c && APPOSED_PARTICIPLE.test(original) && APPOSED_PARTICIPLE.lastIndex <= ds
    ? 'participle'
    : null;
}

/** A preposition of time or occasion opening a phrase, read sticky at a clause's start (white space first). */
const PHRASE_PREPOSITION =
  /\s*(?:tijdens|op|in|bij|na|voor|vóór|sinds|vanaf|per|gedurende|rond|omstreeks)(?![\p{L}\p{N}])/uy;
/**
 * `in` opening a phrase of whom with or after what (INSERTION's), not of time or occasion, read sticky at a clause's
 * start (white space first).
 */
const IN_NOT_TIME =
  /\s*in\s+(?:het\s+)?(?:vervolg|aansluiting|reactie|antwoord|(?:nauw\s+)?overleg|lijn|afstemming|samenspraak|licht)\s+(?:op|met|van)(?![\p{L}\p{N}])/uy;
/** A letter, read sticky. */
const ANY_LETTER = /[^\p{L}]*\p{L}/uy;

/**
 * Is the date's clause, text[left, right), a phrase of time or occasion inserted between commas into the main clause,
 * its preposition opening it and more than the date in it, the main clause going on after its closing comma (a
 * lower-case word that opens no clause of its own)? Alone it said where or when, not what: `Het lid Van Tongeren vroeg,
 * tijdens het ordedebat van 21 juni 2012, een brief van mij over het bericht …` (810) gave `…tijdens het ordedebat`,
 * `Veel werkgevers hebben, sinds de invoering in maart van dit jaar, gebruik gemaakt van de NOW` (424) `…sinds de
 * invoering`. Such a phrase's label is made without its two commas, the phrase one with the main clause (see
 * `clauseLabel`). Whether it holds a verb, which makes it a clause of its own, is `hasNoVerb`'s to say.
 */
export function isInsertedPhrase(
  text: string,
  left: number,
  ds: number,
  de: number,
  right: number,
  end: number,
): boolean {
  if (text.charCodeAt(left - 1) !== 0x2c || right >= end || text.charCodeAt(right) !== 0x2c) return false;
  // A phrase of `in` that says with whom or after what, not when: `…heb ik u, in het vervolg op de eerdere brieven van
  // mijn ambtsvoorganger uit 2004, reeds ingelicht …` (1993) is labelled by itself.
  IN_NOT_TIME.lastIndex = left;
  if (IN_NOT_TIME.test(text)) return false;
  PHRASE_PREPOSITION.lastIndex = left;
  if (!PHRASE_PREPOSITION.test(text) || PHRASE_PREPOSITION.lastIndex > ds) return false;
  // More than the date and its preposition: `Het kabinet heeft, op 12 maart, besloten` has no phrase to show.
  ANY_LETTER.lastIndex = PHRASE_PREPOSITION.lastIndex;
  const wordBefore = ANY_LETTER.test(text) && ANY_LETTER.lastIndex <= ds;
  ANY_LETTER.lastIndex = de;
  const wordAfter = ANY_LETTER.test(text) && ANY_LETTER.lastIndex <= right;
  if (!wordBefore && !wordAfter) return false;
  const word = wordAfterComma(text, right, end);
  return word !== null && goesOnMainClause(word);
}

/** `en` opening a clause, read sticky at its start (white space first). */
const AND = /\s*en\s/y;
/** A pronominal adverb that points back: `hierover`, `daarover`, `hier over`, `hiervan`, `daarbij`, … */
const POINTS_BACK =
  /(?<![\p{L}\p{N}])(?:hier|daar)\s?(?:over|van|aan|bij|mee|op|in|voor|toe|uit|door|na)(?![\p{L}\p{N}])/u;

/**
 * Does the date's clause, text[left, right), open with `en` after a comma and point back with `hierover`, `daarover`
 * and their kin at the clause before it? Alone it said nothing of what it points at: a motion's `verzoekt de regering
 * uit te werken of en hoe de nieuwe financieringssystematiek wettelijk verankerd kan worden, en de Kamer hierover
 * uiterlijk in mei 2023 te informeren` (1343) gave `…en de Kamer hierover te informeren`. Such a clause takes in the
 * clause before it.
 */
export function pointsBack(text: string, left: number, right: number): boolean {
  if (text.charCodeAt(left - 1) !== 0x2c) return false;
  AND.lastIndex = left;
  return AND.test(text) && AND.lastIndex <= right && POINTS_BACK.test(text.slice(left, right));
}

/**
 * The sentence after the `,` at `comma` that closes a relative clause, up to its next delimiter, tidy;
 * `''` when that is no rest of the main clause (a conjunction, a capital, nothing), `null` when the
 * relative clause does not end at a comma. `Nederland ziet graag dat het VN-mandaat voor Althea, dat op
 * 3 november van dit jaar verloopt, wordt verlengd.` (NAVO letter): `wordt verlengd`, without which the
 * label `…Althea, dat verloopt` lost the sentence's verb.
 */
export function restAfterRelative(original: string, comma: number, end: number): string | null {
  if (comma >= end || original.charCodeAt(comma) !== 0x2c) return null;
  const rest = tidy(original.slice(comma + 1, clauseEnd(original, comma + 1, end, 'narrow')));
  const space = rest.indexOf(' ');
  const first = space < 0 ? rest : rest.slice(0, space);
  // A rest that ends on an article or preposition was cut by a bracket or dash: it is no predicate.
  const last = rest.slice(rest.lastIndexOf(' ') + 1).toLowerCase();
  return goesOnMainClause(first) && !FUNCTION_WORDS.has(last) ? rest : '';
}

/** Does `word`, after a comma, go on with the main clause: lower case, and opening no clause of its own? */
function goesOnMainClause(word: string): boolean {
  return startsLower(word) && !NOT_MAIN_CLAUSE.has(word);
}

/** The word after the `,` at `comma`, when it ends before `end`; else null. */
function wordAfterComma(text: string, comma: number, end: number): string | null {
  NEXT_WORD.lastIndex = comma + 1;
  const next = NEXT_WORD.exec(text);
  return next && comma + 1 + next[0].length <= end ? (next[1] as string) : null;
}

/**
 * Words that open a phrase inserted between commas into a main clause, which goes on after it: who else the writer
 * speaks for (`mede namens`), with whom or after what (`in overleg met`, `samen met`, `in lijn met`, `voorzien van`),
 * in view of what (`in het licht van`, `gelet op`: `…aangekondigd dat het kabinet, in het licht van de digitale
 * ontwikkelingen, de sturing … wil versterken`, 695), after or in answer to what (`in het vervolg op`, `in reactie op`,
 * `onder verwijzing naar`, `vooruitlopend op`: `Over de regionalisering van het OM heb ik u, in het vervolg op de
 * eerdere brieven van mijn ambtsvoorganger uit 2004, reeds ingelicht in mijn brief van 19 december 2008`, 1993, gave
 * `…reeds ingelicht in mijn brief`), to what end (`ter realisering van`: `Staatsbosbeheer is afgelopen week, ter
 * realisering van de taakstelling, begonnen met een pilot`, 1875), by which letter (`bij brief van`), as promised
 * (`zoals toegezegd`), who among them (`waaronder Nederland`, 137), what else it holds (`inclusief`: `De rapportage
 * over het hele jaar, inclusief de analyse en duiding, blijft u … ontvangen`, 697), by which reference (`Het verslag is
 * bij brief van 10 juni 1997, kenmerk DIE/IS-566/97, door de Minister … aangeboden`, 2630). And a subordinate clause,
 * by its conjunction (`zodra`, `terwijl`, `nadat`, …): `…aangegeven dat ik, zodra een bestuursakkoord is bereikt met de
 * provincies, een grondnota aan uw Kamer zal zenden` (1327) gave `…aangegeven dat ik`; and a relative clause of `die`
 * or `welke`: `Dit advies is op 15 januari 2006 door de commissie, die onder leiding staat van de heer Eversdijk,
 * gepubliceerd` (415) gave `Dit advies is door de commissie`. Not one of `dat` (a conjunction too), but after a noun of
 * `het`, whose relative pronoun it is (`gewisseld dat het kabinetstandpunt, dat ook ingaat op de uitkomsten van het
 * onderzoek BES-fonds, zodanig tijdig beschikbaar komt`, 2114, gave `…gewisseld dat het kabinetstandpunt`); nor one of
 * `waarin` and its kin, whose clauses hold lists: their first comma is no end (140, 233).
 */
const INSERTION =
  /,\s*(?:(?:mede\s+)?(?:namens|in\s+(?:nauw\s+)?overleg\s+met|op\s+verzoek\s+van|naar\s+aanleiding\s+van)|na\s+overleg\s+met|samen\s+met|in\s+het\s+licht\s+van|in\s+(?:het\s+)?vervolg\s+op|in\s+(?:aansluiting|reactie|antwoord)\s+op|onder\s+verwijzing\s+naar|vooruitlopend\s+op|gelet\s+op|ter\s+\p{Ll}+\s+(?:van|op)|waaronder|inclusief|met\s+inbegrip\s+van|in\s+(?:lijn|afstemming|samenspraak)\s+met|met\s+instemming\s+van|voorzien\s+van|bij\s+(?:brief|e-mail)\s+van|(?:met\s+)?(?:ons\s+)?kenmerk|zoals\s+(?:toegezegd|aangekondigd|afgesproken|verzocht|gevraagd|beloofd)|zodra|terwijl|nadat|voordat|indien|wanneer|omdat|hoewel|zolang|die|welke|(?<=(?<!\p{L})het\s(?:\p{Ll}+\s)?\p{Ll}+,\s*)dat)(?![\p{L}\p{N}])/uy;

/**
 * Where the phrase inserted into the main clause at the `,` at `comma` ends (past its closing `,`), within text[comma,
 * end), when the main clause goes on after it (a lower-case word that opens no clause of its own, see
 * NOT_MAIN_CLAUSE); else -1. The date's clause ends at such a comma and its label stopped there, without the
 * clause's verb or object: `Bij brief van 15 november 2013 (Kamerstuk 33 043, nr. 26) heb ik, mede namens de minister
 * van Wonen en Rijksdienst en de staatssecretaris van Infrastructuur en Milieu, uw Kamer geïnformeerd over de
 * resultaten van de Green Deal aanpak` (786) gave `Bij brief heb ik`, `Bij brief van 27 juni 2025 zijn de vragen,
 * mede namens de Staatssecretaris …, beantwoord` (1085) `Bij brief zijn de vragen`.
 */
export function insertionEnd(text: string, comma: number, end: number): number {
  if (comma >= end) return -1;
  const c = text.charCodeAt(comma);
  let close: number;
  if (c === 0x2013 || c === 0x2014) {
    // An aside between dashes, whatever it opens with: `Bij brief van 30 september jl. (kamerstuk 31 371, nr. 11) is
    // uw Kamer – na een eerdere mondelinge verklaring van de minister-president en de minister van Financiën die
    // dag – geïnformeerd over de gebeurtenissen` (327) gave `Bij brief is uw Kamer`.
    close = text.indexOf(text.charAt(comma), comma + 1);
    if (close < 0 || close >= end || close - comma > DASH_ASIDE_REACH) return -1;
  } else if (c === 0x28) {
    // A name defined for what follows, in brackets: `Op 12 mei jl. heeft het College voor de Rechten van de Mens
    // (hierna ook wel: College) zijn jaarrapportage … uitgebracht` (1770) gave `Op 12 mei jl. heeft het College voor de
    // Rechten van de Mens`. Or the office of the writer, `ik (Minister voor Klimaat en Energie)`: see
    // WRITER_IN_BRACKETS.
    DEFINED_NAME.lastIndex = comma;
    WRITER_IN_BRACKETS.lastIndex = comma;
    const group = DEFINED_NAME.test(text)
      ? DEFINED_NAME
      : WRITER_IN_BRACKETS.test(text)
        ? WRITER_IN_BRACKETS
        : null;
    if (group === null || group.lastIndex > end) return -1;
    close = group.lastIndex - 1;
  } else {
    // Most clauses end at no comma: ruled out by one character.
    if (c !== 0x2c) return -1;
    const inserted = insertionClose(text, comma, end);
    if (inserted !== null) {
      if (inserted < 0) return -1;
      close = inserted;
    } else {
      // The office of the writer after `ik`, whose name may hold a dash: see WRITER_APPOSITION.
      WRITER_APPOSITION.lastIndex = comma;
      if (!WRITER_APPOSITION.test(text) || WRITER_APPOSITION.lastIndex > end) return -1;
      close = WRITER_APPOSITION.lastIndex - 1;
    }
  }
  const word = wordAfterComma(text, close, end);
  // A number goes on too, `Op 15 april jl. is de Staat van Groningen en Noord-Drenthe (hierna: SvGND) 2025
  // gepresenteerd` (408), but not after one, the two of them then side by side: `Het COA heeft in 2014, samen met de
  // gemeenten, 3.840 opvangplekken geregeld` would read `in 2014 3.840 opvangplekken`, a year and its figure (see
  // `figureAfterYear`).
  return word !== null &&
    (goesOnMainClause(word) || (isDigit(word.charCodeAt(0)) && !isDigit(lastCharBefore(text, comma))))
    ? close + 1
    : -1;
}

/** The character code before text[at] and the white space there (NaN at the text's start). */
function lastCharBefore(text: string, at: number): number {
  let k = at;
  while (k > 0 && isWhiteSpace(text.charCodeAt(k - 1))) k--;
  return text.charCodeAt(k - 1);
}

/**
 * Words that open a sentence with a clause or phrase that refers to what was said or asked before, a letter, a debate,
 * a promise, the main clause after it saying what happens now: `Zoals aangekondigd in …`, `Naar aanleiding van …`, `In
 * aanvulling op …`, `Onder verwijzing naar …`, `Ter voorbereiding op …`, with `Mede` in front too (`Mede met het oog op
 * het plenaire debat …`, 1252). Read sticky after white space, in their capitals: they open the sentence.
 */
const REFERRING_OPENER =
  /\s*(?:Zoals|Conform|Overeenkomstig|Ingevolge|Verwijzend\s+naar|Naar\s+aanleiding\s+van|In\s+(?:vervolg|aanvulling|antwoord|reactie)\s+op|In\s+navolging\s+van|In\s+het\s+verlengde\s+van|In\s+lijn\s+met|(?:Met|Onder)\s+verwijzing\s+naar|Op\s+verzoek\s+van|Ter\s+uitvoering\s+van|Ter\s+voorbereiding\s+op|Als\s+vervolg\s+op|Met\s+het\s+oog\s+op|Mede\s+(?:naar\s+aanleiding\s+van|in\s+(?:vervolg|aanvulling|antwoord|reactie)\s+op|in\s+het\s+verlengde\s+van|op\s+verzoek\s+van|ter\s+uitvoering\s+van|ter\s+voorbereiding\s+op|als\s+vervolg\s+op|met\s+het\s+oog\s+op))(?![\p{L}\p{N}])/uy;
/**
 * A preposition and a determiner that open a sentence with a phrase that names a letter, a debate, a period: `In mijn
 * brief van 20 augustus (26 442, nr. 11) over de nazorg rondom de epidemie, heb ik u toegezegd …` (2190). Read sticky
 * after white space. Its main clause follows its comma only when an auxiliary verb and its subject do (see
 * AUXILIARY_AFTER_COMMA): the comma after such a phrase more often closes an aside.
 */
const PREPOSITIONAL_OPENER =
  /\s*(?:In|Bij|Tijdens|Met|Na|Sinds|Vanaf|Volgens|Uit|Door|Op)\s+(?:mijn|onze|zijn|haar|hun|uw|de|het|een|deze|dit|die)\s/y;
/**
 * A comma, an auxiliary verb and a word that opens its subject: `, heb ik`, `, is het`, `, heeft de Kamer`. Read sticky
 * at the comma.
 */
const AUXILIARY_AFTER_COMMA =
  /,\s*(?:heb|hebben|heeft|had|hadden|ben|is|zijn|was|waren|wordt|worden|werd|werden|zal|zullen|zou|zouden|kan|kunnen|wil|willen|moet|moeten|mag|mogen)\s+(?:ik|wij|we|u|het|er|zij|ze|hij|men|de|dit|deze|een|mijn|onze|uw)(?![\p{L}\p{N}])/uy;

/** How long a prepositional opener may be, without its date (see PREPOSITIONAL_OPENER). */
const PREPOSITIONAL_MAX = 60;
/** A relative pronoun or adverb as a word. */
const RELATIVE_WORD = /(?<![\p{L}\p{N}])(?:die|dat|welke?|waar\p{L}*)(?![\p{L}\p{N}])/u;

/** Is text[left] where the sentence that starts at `sentenceStart` starts, white space only between? */
export function opensSentence(text: string, left: number, sentenceStart: number): boolean {
  let k = left;
  while (k > sentenceStart && k > 0 && isWhiteSpace(text.charCodeAt(k - 1))) k--;
  return k <= sentenceStart || k === 0;
}

/**
 * A group in brackets right after a date (a citation) that a comma follows, or a lower-case word with no space
 * between (`(Kamerstuk 31 753, nr. 216)mogen we concluderen`, 1415): read sticky at the `(`.
 */
const GROUP_BEFORE_COMMA = /\((?:[^()\n]|\n(?![^\S\n]*\n)){1,100}\)(?=[^\S\n]*,|\p{Ll})/uy;

/**
 * Where the date's clause and the date itself end when the clause is a sentence's opening `Zoals …` clause, which says
 * where something was said before (`Zoals aangekondigd in de Kamerbrief van 27 november 2020,`), or another that refers
 * to what came before (REFERRING_OPENER: `In aanvulling op mijn verzamelbrief van 26 mei 2023,`, 2386), and the main
 * clause follows its comma, its finite verb first (a lower-case word that opens no clause of its own and may be a verb,
 * see NOT_MAIN_CLAUSE, RELATIVE, `mayBeFiniteVerb`): the end of that main clause's first stretch, which says what
 * happens. A citation in brackets between the date and the comma goes with the date, as one the clause goes on after
 * does (see `citationAfterDate`). Null for any other clause. The label stopped at the comma: `Zoals aangekondigd in de
 * Kamerbrief` (1597) for `…, wordt door het kabinet een inventarisatie gedaan`, `Zoals toegezegd in het Commissiedebat
 * passend onderwijs` (436) for `… op 30 maart (Kamerstuk 31 497, nr. 434), vindt u in deze brief het overzicht`.
 */
export function pastReferringClause(
  text: string,
  left: number,
  ds: number,
  de: number,
  right: number,
  end: number,
  /** Where the sentence starts (it may lie before the text, a negative offset). */
  sentenceStart: number,
): [de: number, right: number, mainStart: number] | null {
  // Most clauses end at no comma or bracket: ruled out by one character.
  const c = right < end ? text.charCodeAt(right) : 0;
  if (c !== 0x2c && c !== 0x28) return null;
  // The openers start with a capital: most clauses, after a comma, start in lower case.
  let first = left;
  while (first < right && isWhiteSpace(text.charCodeAt(first))) first++;
  const f = text.charCodeAt(first);
  if (f < 0x41 || f > 0x5a) return null;
  REFERRING_OPENER.lastIndex = first;
  // Or a prepositional phrase that opens the sentence, an auxiliary verb and its subject after its comma (see
  // PREPOSITIONAL_OPENER, AUXILIARY_AFTER_COMMA).
  let prepositional = false;
  if (!REFERRING_OPENER.test(text)) {
    if (c !== 0x2c || !opensSentence(text, left, sentenceStart)) return null;
    PREPOSITIONAL_OPENER.lastIndex = first;
    if (!PREPOSITIONAL_OPENER.test(text)) return null;
    prepositional = true;
  }
  let comma = right;
  if (c === 0x28) {
    // Only white space between the date and the bracket.
    let k = de;
    while (k < right && isWhiteSpace(text.charCodeAt(k))) k++;
    if (k < right) return null;
    GROUP_BEFORE_COMMA.lastIndex = right;
    if (!GROUP_BEFORE_COMMA.test(text) || GROUP_BEFORE_COMMA.lastIndex > end) return null;
    de = GROUP_BEFORE_COMMA.lastIndex;
    comma = de;
    while (comma < end && isWhiteSpace(text.charCodeAt(comma))) comma++;
    // A lower-case word glued to the bracket goes on with the clause.
    if (text.charCodeAt(comma) !== 0x2c) return [de, clauseEnd(text, de, end, 'narrow'), de];
  }
  // A citation between commas after the date goes with it, the main clause after its closing comma.
  CITATION_BETWEEN_COMMAS.lastIndex = comma;
  if (CITATION_BETWEEN_COMMAS.test(text) && CITATION_BETWEEN_COMMAS.lastIndex <= end) {
    de = CITATION_BETWEEN_COMMAS.lastIndex - 1;
    comma = de;
  }
  if (prepositional) {
    AUXILIARY_AFTER_COMMA.lastIndex = comma;
    if (!AUXILIARY_AFTER_COMMA.test(text) || AUXILIARY_AFTER_COMMA.lastIndex > end) return null;
    // A long phrase leaves no room for the main clause, which alone said less than the phrase of what happened on its
    // date (`Tijdens de mondelinge behandeling van het wetsvoorstel tot gemeentelijke herindeling in de Bommelerwaard
    // (25 655) in de Eerste Kamer op 8 september jongstleden, heb ik toegezegd …`, 1870); so does a relative clause
    // that holds the date (`Bij de uitreiking van de Spinozapremie 2019 die 2 oktober jl. plaatsvond, heb ik …`, 1454).
    const before = collapseRange(text, left, ds);
    if (
      before.length + collapseRange(text, de, comma).length > PREPOSITIONAL_MAX ||
      RELATIVE_WORD.test(before)
    )
      return null;
  }
  const word = wordAfterComma(text, comma, end);
  if (word === null) return null;
  // A phrase inserted into the main clause is left out (see `insertionEnd`), not read as its rest.
  INSERTION.lastIndex = comma;
  if (INSERTION.test(text)) return null;
  RELATIVE.lastIndex = comma + 1;
  if (!goesOnMainClause(word) || !mayBeFiniteVerb(word) || CITATION_WORDS.has(word) || RELATIVE.test(text))
    return null;
  return [de, clauseEnd(text, comma + 1, end, 'narrow'), comma];
}

/**
 * A citation of a Kamerstuk between commas, from the first comma to past the second: `Zoals aangegeven in onze brief
 * d.d. 10 september 2008, kamerstuk 30 429, nr. 11, blijft het uitgangspunt …` (1856). Read sticky at the first comma.
 */
const CITATION_BETWEEN_COMMAS =
  /,[^\S\n]*(?:[Kk]amerstuk(?:ken)?|TK)(?:[^\S\n]+II)?[^\S\n]+[\d ]{2,12}(?:-?[A-Z]{1,4}|-\d{1,3})?,[^\S\n]*nr\.[^\S\n]*\d{1,4}[^\S\n]*,/y;

/** Lower-case words that open a citation, no finite verb: `Zoals aangegeven in onze brief d.d. 10 september 2008, kamerstuk 30 429, nr. 11, blijft …` (1856). */
const CITATION_WORDS: ReadonlySet<string> = new Set(['kamerstuk', 'kamerstukken', 'nr', 'tk']);

/** A group in brackets that defines a short name, `(hierna: de Commissie)`, `(hierna ook wel: College)`. Read sticky. */
const DEFINED_NAME = /\(\s*hierna(?![\p{L}\p{N}])[^()]{0,60}\)/uy;

/** A minister's or state secretary's office, as a letter of several writers names who speaks. */
const OFFICE = String.raw`(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris)(?![\p{L}\p{N}])`;
/** A line break inside a paragraph: no blank line after it. */
const LINE_BREAK = String.raw`\n(?![^\S\n]*\n)`;

/**
 * The office of the writer in brackets after `ik` or `wij`, line breaks but no blank line in it: `Tijdens het
 * Commissiedebat Klimaat en Energie van 27 september jl. heb ik (Minister voor Klimaat en Energie) toegezegd uw Kamer
 * te informeren` (132) gave `…heb ik`. Read sticky at the bracket.
 */
const WRITER_IN_BRACKETS = new RegExp(
  String.raw`(?<=(?<![\p{L}\p{N}])(?:ik|wij)[^\S\n]+)\((?:de\s+)?${OFFICE}(?:[^()\n]|${LINE_BREAK}){0,100}\)`,
  'uy',
);

/**
 * The office of the writer between commas after `ik` or `wij`, up to its closing comma (a dash inside the name, no
 * sentence's end): `In mijn brief van 26 mei jl. ben ik, de Staatssecretaris van Financiën – Fiscaliteit en
 * Belastingdienst, ingegaan op de laatste aantallen` (193) gave `In mijn brief ben ik`. Read sticky at the comma.
 */
const WRITER_APPOSITION = new RegExp(
  String.raw`(?<=(?<![\p{L}\p{N}])(?:ik|wij)),\s*(?:de|als)\s+${OFFICE}(?:[^,.;:()\n]|${LINE_BREAK}){0,100},`,
  'uy',
);

/** How far before its closing comma the comma that opens an inserted phrase is looked for. */
const INSERTION_REACH = 200;

/**
 * Where the phrase inserted between commas (INSERTION) starts (its opening comma) when the date's clause starts at
 * `left` right after the phrase's closing comma, the clause before the phrase going on after it: `De Minister heeft
 * deze vragen, mede namens de Staatssecretaris, beantwoord bij brief van 5 juni 2019.` (1084) gave `…beantwoord bij
 * brief`. The phrase ends at the first comma its clause reaches (a list's commas inside it do not end it: `mede namens
 * de minister van Landbouw, Natuurbeheer en Visserij en …,`, 2690), within INSERTION_REACH and after `start`; the
 * date's clause goes on with the main clause. Else -1.
 */
export function insertionStart(text: string, start: number, left: number, end: number): number {
  const close = left - 1;
  if (close <= start || text.charCodeAt(close) !== 0x2c) return -1;
  // The date's clause goes on with the main clause: a lower-case word that opens no clause of its own. A capital
  // continues a list inside the phrase: `…, naar aanleiding van het verzoek van de heer Omtzigt namens de fracties van
  // CDA, ChristenUnie en de PVV aan de minister van Buitenlandse Zaken op 18 april jongstleden (…), uw Kamer
  // informeren` (1566), whose date is the request's.
  const word = wordAfterComma(text, close, end);
  if (word === null || !goesOnMainClause(word)) return -1;
  for (let open = text.lastIndexOf(',', close - 1); open > start && close - open <= INSERTION_REACH;) {
    const inserted = insertionClose(text, open, end);
    if (inserted !== null) return inserted === close ? open : -1;
    open = text.lastIndexOf(',', open - 1);
  }
  return -1;
}

/**
 * Where the phrase that INSERTION opens at the `,` at `comma` ends: the comma its narrow clause reaches within
 * text[comma, end), or -1 when its clause ends at no comma there; null when no such phrase opens at `comma`. Or where
 * the clause of a relative adverb ends on its participle at a comma (see RELATIVE_INSERTION).
 */
function insertionClose(text: string, comma: number, end: number): number | null {
  INSERTION.lastIndex = comma;
  if (INSERTION.test(text)) {
    if (INSERTION.lastIndex > end) return -1;
    const close = clauseEnd(text, INSERTION.lastIndex, end, 'narrow');
    return close < end && text.charCodeAt(close) === 0x2c ? close : -1;
  }
  RELATIVE_INSERTION.lastIndex = comma;
  if (!RELATIVE_INSERTION.test(text) || RELATIVE_INSERTION.lastIndex > end) return null;
  const close = clauseEnd(text, RELATIVE_INSERTION.lastIndex, end, 'narrow');
  if (close >= end || text.charCodeAt(close) !== 0x2c) return null;
  let w = close;
  while (w > comma && !isWhiteSpace(text.charCodeAt(w - 1))) w--;
  return isParticipleAfterParticle(text.slice(w, close)) ? close : null;
}

/**
 * A relative adverb after a comma (`, waarin`), whose clause is a phrase inserted into the main clause where it ends on
 * its participle at the next comma: `Op 22 december 2017 heb ik het zesde actieprogramma Nitraatrichtlijn, waarin het
 * mestbeleid voor de periode 2018 tot en met 2021 is vastgelegd, naar uw Kamer gestuurd` (1773) gave `Op 22 december
 * 2017 heb ik het zesde actieprogramma Nitraatrichtlijn`. One whose first comma ends no verb holds a list (see
 * INSERTION); `waardoor`, `waarna` and `waaruit` open a clause of what follows or comes of it, which the main clause
 * does not go on after (923).
 */
const RELATIVE_INSERTION = new RegExp(
  String.raw`,\s*(?:${alternation(wordsWithout(RELATIVE_ADVERBS, ['waardoor', 'waarna', 'waaruit']))})(?![\p{L}\p{N}])`,
  'uy',
);

/** How far the dash that closes an aside is looked for. */
const DASH_ASIDE_REACH = 200;

/**
 * Where the aside between dashes starts (its opening dash) when the date's clause starts at `left` right after the
 * aside's closing dash, the clause before the aside going on after it: `Naar aanleiding van het verzoek van de vaste
 * commissie … om – met het oog op het Algemeen Overleg Antibiotica in de veehouderij op 26 oktober – uiterlijk 24
 * oktober 2011 mijn visie op de intensieve veehouderij aan uw Kamer te sturen, …` (518): the clause started at the
 * dash, the date opened it and stayed, `…uiterlijk 24 oktober 2011 mijn visie op de intensieve veehouderij…`. Both
 * dashes stand between spaces (a range's dash does not: `2022–2023`), within DASH_ASIDE_REACH and after `start`, and
 * the opening one opens no line (see `opensLine`). Else -1.
 */
export function dashAsideStart(text: string, start: number, left: number): number {
  const close = left - 1;
  if (close <= start) return -1;
  const c = text.charCodeAt(close);
  if ((c !== 0x2013 && c !== 0x2014) || !spacedAt(text, close)) return -1;
  const open = text.lastIndexOf(text.charAt(close), close - 1);
  if (open < start || close - open > DASH_ASIDE_REACH || !spacedAt(text, open) || opensLine(text, open))
    return -1;
  return open;
}

/**
 * Does only white space without a line break, if anything, stand between text[at] and its line's start? Such a dash is
 * a list item's bullet: `– de brief van de Minister … d.d. 6 juli 2021 inzake\nStand van de uitvoering sociale
 * zekerheid – juli 2021 (Kamerstuk 26 448, nr. 652);` (192) is no aside.
 */
function opensLine(text: string, at: number): boolean {
  let k = at - 1;
  while (
    k >= 0 &&
    (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09 || text.charCodeAt(k) === 0xa0)
  )
    k--;
  return k < 0 || text.charCodeAt(k) === 0x0a || text.charCodeAt(k) === 0x0d;
}

/** Does white space stand on both sides of text[at]? */
function spacedAt(text: string, at: number): boolean {
  return (
    at > 0 &&
    at + 1 < text.length &&
    isWhiteSpace(text.charCodeAt(at - 1)) &&
    isWhiteSpace(text.charCodeAt(at + 1))
  );
}

/** White space and the word after it, read sticky. */
const NEXT_WORD = /\s*([\p{L}\p{N}]+)/uy;

/** Words that open no rest of a main clause but a clause or phrase of their own. */
export const NOT_MAIN_CLAUSE = new Set([
  'en',
  'of',
  'maar',
  'want',
  'dus',
  'omdat',
  'zodat',
  'terwijl',
  'waarbij',
  'waardoor',
  'waarmee',
  'waarna',
  'die',
  'dat',
  'wat',
  'welke',
  'zoals',
  'als',
  'alsmede',
  'mits',
  'tenzij',
  'indien',
  'nadat',
  'voordat',
  'om',
  'te',
]);

/**
 * Where text[from, to) ends without the word that opens the phrase between commas the date was in, and its comma, when
 * that phrase held only the word, the date and its preposition (already gone), so that afterText[after, end) opens
 * with the comma after the date. Alone the word says nothing and breaks the sentence: `Verslag van een commissiedebat,
 * gehouden op 7 september 2022, over de Belastingdienst` (1110) gave `…commissiedebat, gehouden over de
 * Belastingdienst`, `De vrij besteedbare ruimte, beschikbaar vanaf 2030, bedraagt daarmee € 1.050,6 miljoen` (1120)
 * `…ruimte, beschikbaar bedraagt…`. Only a participle or a word of INSERTION_HEADS, in lower case: a verb after the
 * comma that closes a clause stays (`Het rapport, dat de titel draagt …, wordt op 14 april 1998, tezamen met …
 * aangeboden`, 2740). Not before another short phrase between commas, which the comma before the word then opens:
 * `vragen, ingezonden 1 november 2010, vraagnummer 2010Z15579, heb ik` (2420) would lose it (see SHORT_PHRASE_AFTER).
 * Else `to`.
 */
export function withoutDateInsertion(
  text: string,
  from: number,
  to: number,
  afterText: string,
  after: number,
  end: number,
): number {
  if (after >= end || afterText.charCodeAt(after) !== 0x2c) return to;
  let wordEnd = to;
  while (wordEnd > from && isWhiteSpace(text.charCodeAt(wordEnd - 1))) wordEnd--;
  let start = wordEnd;
  while (start > from && isLower(text.charCodeAt(start - 1))) start--;
  if (start === wordEnd || start - 2 < from) return to;
  if (text.charCodeAt(start - 1) !== 0x20 || text.charCodeAt(start - 2) !== 0x2c) return to;
  const word = text.slice(start, wordEnd);
  if (!INSERTION_HEADS.has(word) && !isParticipleAfterParticle(word)) return to;
  // Read in place, the match held within `end` as a slice of the text up to `end` held it, without making that slice.
  SHORT_PHRASE_AFTER.lastIndex = after + 1;
  const phrase = SHORT_PHRASE_AFTER.exec(afterText);
  const short = phrase !== null && SHORT_PHRASE_AFTER.lastIndex <= end;
  return short && !FUNCTION_WORDS.has(phrase[1] as string) ? to : start - 2;
}

/**
 * One or two words and a comma, read sticky after a comma: a short phrase between commas (see `withoutDateInsertion`),
 * its first word captured. One that a function word opens goes on with the clause: `…, gehouden op 29 januari 2025, over
 * Discriminatie, racisme en mensenrechten` (1906).
 */
const SHORT_PHRASE_AFTER = /\s*([^\s,]+)(?:\s[^\s,]+)?,/y;

/**
 * Words that open a phrase between commas that holds a date, besides participles (see `withoutDateInsertion`): what the
 * date is (`zijnde 1 juli 2023`), an example or a closer say (`bijvoorbeeld rond 4 en 5 mei`, `namelijk tot 17 juni
 * 2022`, `dus vanaf 11 februari 2000`), when a thing holds (`beschikbaar vanaf 2030`, `geldig tot`, `ingaande`), and
 * a participle without `ge` that `isParticipleAfterParticle` does not know (`ondertekend op`).
 */
export const INSERTION_HEADS: ReadonlySet<string> = new Set([
  'zijnde',
  'namelijk',
  'dus',
  'bijvoorbeeld',
  'beschikbaar',
  'geldig',
  'ingaande',
  'ondertekend',
]);
