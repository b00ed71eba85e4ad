import { isLetterOrDigit } from '../text/chars';
import { hasNoVerb } from './appositions';
import { MAX_LABEL, MIN_LABEL, collapseRange, joinParts } from './label-chars';
import { stripLoose, tidy, tidyJoinedLength, withoutDangling } from './label-tidy';
import { capitalize, finishLabel } from './plain-label';
import { FUNCTION_WORDS } from './function-words';

/**
 * A writer's report of what was said or promised before, around a date: the frame after the date's opening phrase
 * (`… deel ik u mee`), an opening clause that refers back, labelled with its main clause (`openerLabel`), and a closing
 * phrase that says the main clause was promised (`, zoals toegezegd tijdens het AO van …`).
 */

/**
 * The words of a writer's report to the Kamer that open a main clause: `deel ik u mee`, `meld ik u`, `bericht ik u`,
 * `laat ik u weten`, with `wij`/`we` and `uw Kamer` too. Read on a clause's stretch after its date.
 */
const OPENING_REPORT_FRAME =
  /(?<![\p{L}\p{N}])(?:deel|delen|meld|melden|bericht|berichten|laat|laten)\s+(?:ik|wij|we)\s+(?:u|U|uw\s+Kamer)(?![\p{L}\p{N}])/u;

/**
 * Where the date's clause ends when it opens its sentence with a phrase, the date in it (`In antwoord op het verzoek
 * van … van 7 september 2011`), and the main clause after that opens with a report's frame (OPENING_REPORT_FRAME): at
 * the frame, else -1. What happened on the date is in the phrase; the frame only says that the letter tells something,
 * and what it tells is this letter's news, not the date's. `…verzoek van het lid Heijnen in de regeling van
 * werkzaamheden deel ik u mee` (2672) is now `In antwoord op het verzoek van het lid Heijnen in de regeling van
 * werkzaamheden`, `…Raad van de OVSE in Vilnius, bericht ik u…` (743) `…mijn deelname aan de Ministeriële Raad van de
 * OVSE in Vilnius`. Only where the stretch between the date and the frame holds no verb, and the phrase without its
 * date keeps MIN_LABEL characters. Read on the whole sentence too, where a date in brackets made a clause that said too
 * little: `…minaret van 27 meter hoog (ingezonden 12 augustus 2011), deel ik u mee dat…` (894).
 */
export function beforeReportFrame(text: string, left: number, ds: number, de: number, right: number): number {
  // Most clauses hold no `u` or `U` as a word (or `uw`): ruled out by a scan of their characters.
  if (!holdsU(text, de, right)) return -1;
  const frame = OPENING_REPORT_FRAME.exec(text.slice(de, right));
  if (frame === null) return -1;
  const between = collapseRange(text, de, de + frame.index);
  if (!hasNoVerb(between) || tidyJoinedLength(collapseRange(text, left, ds), between) < MIN_LABEL) return -1;
  return de + frame.index;
}

/** Does text[from, to) hold the word `u`, `U` or `uw` after a space? */
function holdsU(text: string, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const c = text.charCodeAt(k);
    if ((c !== 0x75 && c !== 0x55) || text.charCodeAt(k - 1) !== 0x20) continue;
    const next = k + 1 < to ? text.charCodeAt(k + 1) : 0x20;
    if (next === 0x77 || !isLetterOrDigit(next)) return true;
  }
  return false;
}

/**
 * The label of a sentence's opening clause that refers to what came before and its main clause (see
 * `pastReferringClause`), cut at its end only, as a sentence is, so that it keeps its opener: cut around the date,
 * `Zoals gememoreerd in het algemeen overleg met uw Kamer op 31 mei 2001, is het van belang …` (2331) read `…in het
 * algemeen overleg met uw Kamer is het van belang…`, 965 `…uw Kamer is besproken tijdens het spoeddebat is de
 * methode…`. Null when so cut it would keep fewer than three words of the main clause (`mainStart`, in text[de, …),
 * starts it): a long opening clause is cut around the date, which keeps the main clause's verb (`…commissie voor EZK
 * over het Wetsvoorstel Versterking Groningen, laat ik u…`, 1198); and null when there is no such clause (`mainStart`
 * -1).
 */
export function openerLabel(
  text: string,
  before: string,
  after: string,
  de: number,
  mainStart: number,
  midSentence: boolean,
  rest: string | null,
): string | null {
  if (mainStart < 0) return null;
  const label = finishLabel('', joinParts(before, after), midSentence, rest);
  const opening = wordCount(before) + wordCount(collapseRange(text, de, mainStart));
  return wordCount(label) >= opening + 3 ? label : null;
}

/** How many words (stretches between single spaces) `s` has; the `…` of a cut is no word. */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const word = c !== 0x20 && c !== 0x2026 && c !== 0x2c;
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

/** `zoals` or `conform` after a comma, read sticky. */
const REPORTED_OPENER = /\s*(?:zoals|conform)(?![\p{L}\p{N}])/uy;
/** A word that says something was promised, announced, asked or written down before: `toegezegd`, `aangekondigd`, … */
const REPORT_WORD =
  /(?<![\p{L}\p{N}])(?:toegezegd|toezegging|aangekondigd|gemeld|afgesproken|overeengekomen|verzocht|gevraagd|beloofd|aangegeven|vermeld|verwoord|neergelegd|beschreven|opgenomen|gesteld|medegedeeld|meegedeeld|besproken|vastgesteld|uiteengezet|geschetst|bericht|toegelicht|gememoreerd)(?![\p{L}\p{N}])/u;
/** Does text[from, to) say something was promised, announced, asked or written down before (REPORT_WORD)? */
export function reports(text: string, from: number, to: number): boolean {
  return REPORT_WORD.test(text.slice(from, to));
}

/** What may follow a clause that ends its sentence: a group in brackets (a citation), a closing mark. */
const SENTENCE_TAIL = /^\s*(?:\((?:[^()]|\([^()]*\))*\)\s*)?[.?!;]?\s*$/;

/**
 * The label of a date in a phrase after a comma that closes its sentence and says the main clause before it was
 * promised, announced or asked for on that date: `, zoals toegezegd tijdens het AO van …`, `, zoals ik in mijn brief
 * van … heb toegezegd`, `, conform mijn toezegging in …` (REPORTED_OPENER, REPORT_WORD). The phrase alone said only
 * that something was: `…zoals toegezegd tijdens het algemeen overleg met de Kamer` (887). The label is the main clause
 * and the phrase without the date, when it fits whole: `De voorhangtermijn eindigt, zoals gesteld in die
 * kabinetsreactie` (1404, where the phrase alone read `…zoals gesteld in die kabinetsreactie`). Null for any other
 * clause, one that does not fit, or a main clause that says too little (MIN_LABEL).
 */
export function reportedLabel(
  text: string,
  start: number,
  left: number,
  ds: number,
  de: number,
  right: number,
  end: number,
): string | null {
  // Most clauses start after no comma.
  if (left <= start || text.charCodeAt(left - 1) !== 0x2c) return null;
  REPORTED_OPENER.lastIndex = left;
  if (!REPORTED_OPENER.test(text) || REPORTED_OPENER.lastIndex > ds) return null;
  if (!reports(text, left, right) || !SENTENCE_TAIL.test(text.slice(right, end))) return null;
  const main = tidy(text.slice(start, left - 1));
  if (main.length < MIN_LABEL) return null;
  const phrase = tidy(
    joinParts(withoutDangling(collapseRange(text, left, ds), text, ds, de), collapseRange(text, de, right)),
  );
  const full = `${main}, ${phrase}`;
  // Cut, one of the two loses what the label is for: the main clause what was promised (`Met deze brief wil ik uw Kamer
  // informeren…, zoals toegezegd…`, 289), or the phrase what happened on its date (`…, zoals toegezegd tijdens…`).
  return full.length <= MAX_LABEL
    ? capitalize(full)
    : (framedReportLabel(main, phrase) ?? bareReport(phrase));
}

/**
 * `zoals` and a participle of REPORT_WORD opening the phrase, a preposition after them: `zoals toegezegd tijdens`,
 * `zoals gevraagd in`. Group 1 is the participle.
 */
const BARE_REPORT =
  /^zoals ((?:toegezegd|aangekondigd|afgesproken|overeengekomen|verzocht|gevraagd|beloofd|aangegeven|vermeld|verwoord|neergelegd|beschreven|gesteld|medegedeeld|meegedeeld|besproken|vastgesteld|uiteengezet|geschetst|toegelicht|gememoreerd) (?:tijdens|in|bij|op|met|door|na) )/;

/**
 * The phrase of a promise alone, without its `zoals`, when the main clause and it fit in no label (see `reportedLabel`,
 * `framedReportLabel`): `Toegezegd tijdens het plenaire debat over de Europese Raad` (196), which names the meeting of
 * the date as a motion's `Voorgesteld tijdens het Wetgevingsoverleg` does. The phrase cut around the date read `…zoals
 * toegezegd tijdens het plenaire debat over de Europese Raad`, its `zoals` pointing at a main clause the label left
 * out. The object and the phrase were 90 characters at their shortest there (`De uitkomsten van de Europese
 * onderhandelingen, zoals toegezegd tijdens het plenaire debat`). Null for another phrase, or one too long or too
 * short.
 */
function bareReport(phrase: string): string | null {
  if (!BARE_REPORT.test(phrase)) return null;
  const bare = phrase.slice('zoals '.length);
  return bare.length >= MIN_LABEL && bare.length <= MAX_LABEL ? capitalize(bare) : null;
}

/**
 * A letter's stock opening before what it sends or informs about: `Met deze brief informeer ik u over`, `Hierbij
 * ontvangt uw Kamer`, `Hierbij sturen wij u`, `In deze brief informeren wij u over`, up to the article or possessive
 * that opens the object. Group 1 is the verb of offering, whose `aan` ends the object (`bied ik u … aan`).
 */
const STOCK_FRAMING =
  /^(?:(?:Met|In|Bij|Middels) deze brief|Hierbij)\s+(?:(?:wil|willen)\s+(?:ik|wij|we)\s+(?:u|uw Kamer|de Kamer)\s+(?:graag\s+)?informeren\s+over|(?:informeer|informeren)\s+(?:ik|wij|we)\s+(?:u|uw Kamer|de Kamer)(?:\s+graag)?\s+over|ontvangt\s+(?:u|uw Kamer|de Kamer)|(?:stuur|zend|sturen|zenden)\s+(?:ik|wij|we)\s+(?:u|uw Kamer|de Kamer)|(bied|bieden)\s+(?:ik|wij|we)\s+(?:u|uw Kamer|de Kamer))\s+(?=(?:de|het|een|mijn|onze|zijn|haar|hun)\s)/;
/**
 * STOCK_FRAMING in front of a label, also where a cut left out its first word: `…deze brief ontvangt u het verslag van
 * de Milieuraad…` (954).
 */
const STOCK_FRAMING_IN_LABEL = new RegExp(
  STOCK_FRAMING.source.replace(
    '^(?:(?:Met|In|Bij|Middels) deze brief|Hierbij)',
    '^…?(?:(?:(?:Met|In|Bij|Middels) )?deze brief|Hierbij)',
  ),
);

/** `label` without a letter's stock opening (STOCK_FRAMING) in front, or `label` itself. */
export function withoutStockFraming(label: string): string {
  const framing = STOCK_FRAMING_IN_LABEL.exec(label);
  return framing ? label.slice(framing[0].length) : label;
}

/** Words a part of a label may be cut before, dropping the phrase they open: prepositions but `van`, `en`, relatives. */
const CUT_BEFORE: ReadonlySet<string> = new Set(
  'over met tot in voor op naar bij tijdens per inzake betreffende omtrent aangaande en die dat waarin waarmee'.split(
    ' ',
  ),
);

/**
 * The label of a main clause that opens with a letter's stock words (STOCK_FRAMING) and the phrase after it that says
 * it was promised, when the two do not fit whole (see `reportedLabel`): the main clause's object and the phrase, each
 * cut where a phrase of its own starts (CUT_BEFORE) as far as needed, the phrase keeping its word of promise. `Met deze
 * brief informeer ik u over de voortgang van het programma eID over de periode januari – juni 2017, zoals toegezegd
 * tijdens het algemeen overleg met de Kamer op 18 januari jl.` (887) read `…zoals toegezegd tijdens het algemeen
 * overleg met de Kamer`: now `De voortgang van het programma eID, zoals toegezegd tijdens het algemeen overleg`. Null
 * for another main clause, or when the two do not fit with an object of three words and MIN_LABEL characters: `Een
 * toelichting, zoals toegezegd tijdens het algemeen overleg` (748) said less than the phrase alone, which named the
 * meeting.
 */
function framedReportLabel(main: string, phrase: string): string | null {
  const framing = STOCK_FRAMING.exec(main);
  if (!framing) return null;
  let object = main.slice(framing[0].length);
  if (framing[1] !== undefined) object = object.replace(TRAILING_AAN, '');
  const phrases = cutsOf(phrase, 4).filter((p) => REPORT_WORD.test(p));
  for (const o of cutsOf(object, 3)) {
    if (o.length < MIN_LABEL) break;
    for (const p of phrases) if (o.length + 2 + p.length <= MAX_LABEL) return capitalize(`${o}, ${p}`);
  }
  return null;
}

/** The `aan` that ends the object of `bied … aan`. */
const TRAILING_AAN = /\s+aan$/;

/**
 * `s` (collapsed) and its starts that end before a word of CUT_BEFORE, longest first, each of at least `minWords`
 * words.
 */
function cutsOf(s: string, minWords: number): string[] {
  const words = s.split(' ');
  const out = [s];
  for (let k = words.length - 1; k >= minWords; k--) {
    const last = words[k - 1] as string;
    // Not inside a preposition of several words (`met betrekking tot`) or a word's hyphen (`klimaat- en
    // energiepakket`).
    if (!CUT_BEFORE.has(words[k] as string) || FUNCTION_WORDS.has(last) || NO_CUT_AFTER.test(last)) continue;
    out.push(stripLoose(words.slice(0, k).join(' ')));
  }
  return out;
}

/** The last word of a part that goes on: a hyphen's first half, or the noun of a preposition of several words. */
const NO_CUT_AFTER = /-$|^(?:betrekking|aanzien|opzichte|kader|verband|bijzonder)$/;
