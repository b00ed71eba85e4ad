/**
 * The short form a pair of brackets may define: the brackets' content after an intro (`hierna:`), with what may
 * come with it (a year, a tag, a head noun, a lead word, a date after a comma; `shortFormInside`), the token right
 * before the brackets (`shortFormBefore`), the last item after a comma inside them (`shortFormAfterComma`), and the
 * pluses written after them (`withPlusesAfter`). Most brackets hold no short form: `holdsNoShortForm` turns them
 * down by their characters first.
 */

import { isLetter, isLetterOrDigit, isWhiteSpace } from '../../text/chars';
import { FULL_MONTH_ALTERNATION } from '../../text/dutch-months';
import { LOWER_SHORT_FORM } from '../known';
import { type InTextDefinition, MAX_WINDOW_CHARS, type ShortForm } from './definition';
import {
  hasTwoCapitals,
  isShortFormShape,
  isSpacedShortForm,
  ROMAN,
  ROMAN_EDITION,
  withoutPossessive,
} from './short-form-shape';
import { isAsciiAlnum } from './words';

/** Prefixes that introduce a short form inside parentheses (Dutch legal style). */
// An article may follow: `de Wet op belastingen van rechtsverkeer (hierna: de WBR)` (675).
const INTRO =
  /^(?:hierna(?:\s+te\s+noemen)?|verder|afgekort(?:\s+tot|\s+als)?|kortweg|ook\s+wel|hereafter|hierna\s+ook)\s*:?\s+(?:(?:de|het)\s+)?/i;

/**
 * Prefixes that give the short form of another language, whose letters the long form before the
 * parentheses need not spell: `het Bureau voor Democratische Instellingen en Mensenrechten (Engelse
 * afkorting: ODIHR)` (216).
 */
const TRANSLATION_INTRO =
  /^(?:(?:engelse|franse|internationale)\s+(?:afkorting|naam)|in\s+het\s+engels)\s*:?\s+/i;

/**
 * `def` of the short form that fills the brackets closing at `close`, spelled with the pluses written after them:
 * `Stimuleringsregeling Duurzame Energieproductie (SDE)++` (1712) defines the `SDE++` the letter speaks of, not the
 * `SDE`. Only where the pluses end the word (not `(A)+B`), and at most MAX_PLUSES of them: a run of a million
 * (found by the fuzz) would otherwise spell a short form a megabyte long.
 */
export function withPlusesAfter(text: string, close: number, def: InTextDefinition): InTextDefinition {
  if (def.shortEnd !== close) return def;
  let end = close + 1;
  while (text.charCodeAt(end) === 43 /* + */) end++;
  if (end === close + 1 || end - close - 1 > MAX_PLUSES || isLetterOrDigit(text.charCodeAt(end))) return def;
  return { ...def, abbr: def.abbr + text.slice(close + 1, end) };
}

/** The most pluses a short form is written with: `SDE++`. */
const MAX_PLUSES = 2;

/**
 * The short form of `(long form, SF)`: `een ambitiedocument (Expression of Principles, EoP)` (74), also
 * after an intro (`(…, hierna: GBF)`). The long form is then the parentheses' content before the last comma.
 */
export function shortFormAfterComma(
  text: string,
  open: number,
  close: number,
): (ShortForm & { comma: number }) | null {
  let comma = close - 1;
  while (comma > open && text.charCodeAt(comma) !== 44) comma--;
  if (comma === open) return null;
  let start = comma + 1;
  while (start < close && isWhiteSpace(text.charCodeAt(start))) start++;
  // `(het zogenoemde Global Biodiversity Framework, hierna: GBF)` (194): an intro may come first.
  const intro = INTRO.exec(text.slice(start, close));
  if (intro) start += intro[0].length;
  let end = close;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end === start || end - start > 12) return null;
  // `(Landing Platform Docks, LPD’s)` (204): a plural or possessive ending is no part of it.
  const sf = withoutPossessive(text.slice(start, end));
  return isShortFormShape(sf) ? { sf, start, comma } : null;
}

/**
 * Where the long form before `(SF-head)` ends: before `head` at the end of the word right before the
 * parenthesis, glued to it (`Commandofregatten (LC-fregatten)`); -1 when that word does not end so.
 */
export function beforeHead(text: string, open: number, head: string): number {
  let end = open;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  const start = end - head.length;
  if (start <= 0 || text.slice(start, end).toLowerCase() !== head) return -1;
  if (!isLetter(text.charCodeAt(start - 1))) return -1;
  // The linking `s` of the compound is no part of the name: `Migratie- en veiligheid|s|fondsen (M&V-fondsen)` (1933).
  return LINKING_S_BEFORE.test(text.slice(Math.max(0, start - 6), start)) ? start - 1 : start;
}

/** A word ending that takes a linking `s` in a compound (`veiligheidsfondsen`, `regeringsbeleid`), and that `s`. */
const LINKING_S_BEFORE = /(?:heid|ing|teit|schap)s$/;

/**
 * What may follow a short form after a comma in its brackets: a year, or a month or day and its year, the date of
 * what it names (`(Cgb, mei 2000)`, 1900); or the web address of what it names (`de Autoriteit Woningcorporaties
 * (Aw, https://tijdelijk.ilent.nl/…)`, 2096).
 */
const AFTER_COMMA = new RegExp(
  String.raw`^\s*(?:(?:(?:\d{1,2}\s+)?(?:${FULL_MONTH_ALTERNATION})\s+)?(?:19|20)\d{2}|(?:https?:\/\/|www\.)\S+|(?:[Kk]amerstuk(?:ken)?(?:\s+I{1,2})?,?\s+)?\d{2}\s?\d{3}(?:-[A-Z0-9]+)?,\s*nr\.\s*\d+)$`,
);

/**
 * A short form after its lead word in the brackets (`Besluit FTK`, `Wet koa`, `toets IMS`), `m` its match (the word,
 * then the short form) in the brackets' text from `at`: the short form starts after that word and its space.
 */
function afterLead(m: RegExpExecArray, at: number): ShortForm {
  const leadWord = m[1] as string;
  return { sf: m[2] as string, start: at + leadWord.length + 1, lead: leadWord };
}

/** The short form of `long form (SF)`: the parentheses' content, after an intro such as `hierna:`. */
export function shortFormInside(text: string, open: number, close: number): ShortForm | null {
  // Most parentheses hold words, numbers or dates (`(beiden SP)`, `(36 410-VIII, nr. 36)`): turned
  // down here by their characters, without the copies and patterns below.
  if (holdsNoShortForm(text, open + 1, close)) return null;
  let inside = text.slice(open + 1, close);
  // `Nationale Partij Suriname (NPS – 3/51)` (1983): the short form, then a dash and what the brackets add.
  const dashed = SHORT_FORM_THEN_DASH.exec(inside.trimStart());
  if (dashed && isShortFormShape(dashed[1] as string)) {
    return { sf: dashed[1] as string, start: open + 1 + inside.length - inside.trimStart().length };
  }
  // A letter's reference, two numbers in it: `… onder het klimaatverdrag (VROM-2001-290)` (2790), no short form.
  if (REFERENCE_CODE.test(inside)) return null;
  let lead = inside.length - inside.trimStart().length;
  inside = inside.trim();
  const intro = INTRO.exec(inside);
  if (intro) {
    lead += intro[0].length;
    inside = inside.slice(intro[0].length);
  }
  const translation = intro ? null : TRANSLATION_INTRO.exec(inside);
  if (translation) {
    const sf = withoutPossessive(inside.slice(translation[0].length));
    if (!isShortFormShape(sf)) return null;
    return { sf, start: open + 1 + lead + translation[0].length, translated: true };
  }
  // `Aanvalsprogramma Informatievoorziening Politie (AVP; 2011–2017)` (337): the short form comes first.
  const semicolon = inside.indexOf(';');
  if (semicolon > 0 && isShortFormShape(inside.slice(0, semicolon))) {
    return { sf: inside.slice(0, semicolon), start: open + 1 + lead };
  }
  // `Commissie gelijke behandeling (Cgb, mei 2000)` (1900): the short form first, then the date of a report or the
  // address of what it names (2096).
  const comma = inside.indexOf(',');
  if (comma > 0 && AFTER_COMMA.test(inside.slice(comma + 1)) && isShortFormShape(inside.slice(0, comma))) {
    return { sf: inside.slice(0, comma), start: open + 1 + lead };
  }
  const sf = withoutPossessive(inside);
  // `Structuurvisie Windenergie op Zee (SV WoZ)` (219): two short forms with a space make one.
  if (isSpacedShortForm(sf)) return { sf, start: open + 1 + lead };
  // `(hierna: SCM-verdrag)` (171): after an intro, a compound of a short form and a noun defines the short form.
  const compound = INTRODUCED_COMPOUND.exec(sf);
  if (compound && intro) return { sf: compound[1] as string, start: open + 1 + lead };
  // `dove en slechthorende leerlingen (hierna: dsh-leerlingen)` (2696): after an intro, a lower-case short form glued
  // to the noun that ends the words before as a word of its own; the long form ends before that noun.
  const lowerCompound = intro ? LOWER_INTRODUCED_COMPOUND.exec(sf) : null;
  if (lowerCompound && beforeTag(text, open, lowerCompound[2] as string) > 0) {
    return { sf: lowerCompound[1] as string, start: open + 1 + lead, name: lowerCompound[2] as string };
  }
  // `Luchtverdedigings- en Commandofregatten (LC-fregatten)` (204): without an intro, when the word before
  // the parenthesis ends with the same noun; the long form then ends before that noun.
  if (compound && beforeHead(text, open, compound[2] as string) > 0) {
    return { sf: compound[1] as string, start: open + 1 + lead, head: compound[2] as string };
  }
  // `het stelsel van vergunningverlening, toezicht en handhaving (VTH-stelsel)` (325): the noun before
  // the long form, joined to it by `van`.
  const ofHeadStart = compound ? afterHeadOf(text, open, compound[2] as string) : -1;
  if (compound && ofHeadStart >= 0) return { sf: compound[1] as string, start: open + 1 + lead, ofHeadStart };
  // `Regionaal Overleg Acute Zorg Euregio (ROAZ-Euregio)` (1338): a name glued to the short form that also ends
  // the words before, as a word of its own; the long form ends before it, and the short form is the capitals.
  const withName = compound ? null : NAMED_COMPOUND.exec(sf);
  if (withName && beforeTag(text, open, withName[2] as string) > 0) {
    return { sf: withName[1] as string, start: open + 1 + lead, name: withName[2] as string };
  }
  // `ecologisch aandachtsgebied (EA-maatregelen)` (1037): the noun stands nowhere before; the words before must
  // spell the short form by their initials, as a law's lower-case short form's must.
  if (compound) return { sf: compound[1] as string, start: open + 1 + lead, gluedNoun: true };
  // `de 7de Voortgangsrapportage Kinderopvangtoeslag (hierna: 7e VGR)` (188): after an intro, the edition's
  // ordinal before the short form belongs to neither.
  const ordinal = intro ? ORDINAL_BEFORE.exec(sf) : null;
  if (ordinal && isShortFormShape(ordinal[2] as string)) {
    return { sf: ordinal[2] as string, start: open + 1 + lead + (ordinal[1] as string).length };
  }
  // `Volksgezondheid Toekomst Verkenning (VTV-2014)` (1117): the year of an edition, glued on by a hyphen, is no
  // part of the short form; nor when the name before ends with it too, which then ends before it, as after
  // `(SVP 2022)`: `Wet op de inlichtingen en veiligheidsdiensten 2002 (WIV-2002)` (1981).
  const edition = EDITION_YEAR.exec(sf);
  if (edition && isShortFormShape(edition[1] as string)) {
    const year = edition[2] as string;
    const named = text.slice(Math.max(0, open - 8), open).includes(year);
    return { sf: edition[1] as string, start: open + 1 + lead, ...(named ? { tag: year } : {}) };
  }
  // `(SF; North Atlantic Council)` and `(SF, ...)`: only the first item can be the short form here.
  if (isShortFormShape(sf)) return { sf, start: open + 1 + lead };
  // `Besluit financieel toetsingskader pensioenfondsen (Besluit FTK)` (266): the name's first word, then the short
  // form; after an intro also a noun in lower case, `het experiment instellingsaccreditatie met een lichtere
  // opleidingsaccreditatie (hierna: experiment ILO)` (2456).
  const named = LEAD_WORD_SHORT_FORM.exec(inside) ?? (intro ? INTRODUCED_LEAD_NOUN.exec(inside) : null);
  if (named && isShortFormShape(named[2] as string) && hasTwoCapitals(named[2] as string)) {
    return afterLead(named, open + 1 + lead);
  }
  // `Wet kansspelen op afstand (Wet koa)` (468), `(Wet vef)` (157): a law's short form in lower case; also after a
  // law's name that ends in `wet`, with a plural: `Kaderwet zelfstandige bestuursorganen (hierna: Kaderwet zbo’s)`
  // (2787).
  if (named && isLawLead(named[1] as string)) {
    const sf = withoutPossessive(named[2] as string);
    if (LOWER_SHORT_FORM.test(sf)) return { ...afterLead(named, open + 1 + lead), sf, lowerAfterLead: true };
  }
  // `de toets internationale militaire samenwerking (toets IMS, 29 957, nr. 1)` (576): a noun in lower case, the
  // short form and perhaps what `(Cgb, mei 2000)` may add after it, where the words before repeat that noun right
  // before the long form.
  const repeated = intro ? null : LOWER_LEAD_SHORT_FORM.exec(inside);
  if (repeated && isRepeatedLead(repeated)) {
    return { ...afterLead(repeated, open + 1 + lead), repeatedLead: true };
  }
  const tagged = TAGGED_SHORT_FORM.exec(inside);
  // `Homogene Groep Internationale Samenwerking 2009 (HGIS-nota 2009)` (2391): the short form of a compound with
  // its year is its capitals, as `(EA-maatregelen)` without one: the words before must spell them.
  const taggedCompound = tagged ? INTRODUCED_COMPOUND.exec(tagged[1] as string) : null;
  if (taggedCompound) {
    return {
      sf: taggedCompound[1] as string,
      start: open + 1 + lead,
      tag: tagged?.[2] as string,
      gluedNoun: true,
    };
  }
  if (tagged && isShortFormShape(tagged[1] as string)) {
    return { sf: tagged[1] as string, start: open + 1 + lead, tag: tagged[2] as string };
  }
  // `het Nationaal Programma Onderwijs (hierna: NP Onderwijs)` (698), `de Bestuurlijke Overleggen Leefomgeving
  // (BO’s Leefomgeving)` (694): the short form keeps the name's last word, which the long form must end with.
  const worded = WORD_TAGGED_SHORT_FORM.exec(inside);
  if (worded) {
    const short = withoutPossessive(worded[1] as string);
    const tag = worded[2] as string;
    if (isShortFormShape(short) && beforeTag(text, open, tag) > 0)
      return { sf: short, start: open + 1 + lead, tag };
  }
  return null;
}

/** A short form, then a dash between spaces: `NPS – 3/51`. */
const SHORT_FORM_THEN_DASH = /^(\S+) [–-] /;

/** A short form and an edition's year glued on by a hyphen: `VTV-2014`. */
const EDITION_YEAR = /^(\p{Lu}{2}\S*?)-((?:19|20)\d\d)$/u;

/** A short form opening with two capitals and a capitalized word: `NP Onderwijs`, `BO’s Leefomgeving`. */
const WORD_TAGGED_SHORT_FORM = /^(\p{Lu}{2}\S*)[ \u00a0](\p{Lu}\p{Ll}{2,})$/u;

/** How far before the parenthesis `<noun> van` may stand: a long form of a few words. */
const HEAD_OF_REACH = 120;

/** Where the words after `<head> van ` start, within HEAD_OF_REACH before `open` on its line; -1 when none. */
function afterHeadOf(text: string, open: number, head: string): number {
  const from = Math.max(0, open - HEAD_OF_REACH);
  const window = text.slice(from, open).toLowerCase();
  const at = window.lastIndexOf(`${head} van `);
  if (at < 0 || (at > 0 && isLetter(window.charCodeAt(at - 1))) || window.includes('\n', at)) return -1;
  return from + at + head.length + ' van '.length;
}

/** A capitalized word of letters and a short form: `Besluit FTK`, `Wet BIG`. */
const LEAD_WORD_SHORT_FORM = /^(\p{Lu}\p{Ll}{2,})[ \u00a0](\S+)$/u;
/** After `hierna:`, a noun in lower case and a short form: `experiment ILO`. */
const INTRODUCED_LEAD_NOUN = /^(\p{Ll}{3,})[ \u00a0](\S+)$/u;
/** A noun in lower case and a short form, perhaps with a comma and more: `toets IMS, 29 957, nr. 1`. */
const LOWER_LEAD_SHORT_FORM = /^(\p{Ll}{3,})[ \u00a0]([^\s,]+)(?:,(.*))?$/u;

/** Is `match` of LOWER_LEAD_SHORT_FORM a short form of capitals, then nothing or what AFTER_COMMA accepts? */
function isRepeatedLead(match: RegExpExecArray): boolean {
  const sf = match[2] as string;
  const tail = match[3];
  return isShortFormShape(sf) && hasTwoCapitals(sf) && (tail === undefined || AFTER_COMMA.test(tail));
}

/** The first words of laws and regulations whose short forms may be written in lower case after them. */
const LAW_LEADS = new Set(['Wet', 'Besluit', 'Regeling']);

/** A lead word that names a law or rule: one of LAW_LEADS, or a law's name in one word (`Kaderwet`). */
function isLawLead(word: string): boolean {
  return LAW_LEADS.has(word) || (word.length > 5 && word.endsWith('wet'));
}

/** An edition's ordinal and a short form: `7e VGR`, `3de NAP`. */
const ORDINAL_BEFORE = /^(\d{1,3}(?:e|de|ste)[ \u00a0]+)(\S+)$/;

/** Two numbers joined by a hyphen or slash: a reference (`VROM-2001-290`), which no short form holds. */
const REFERENCE_CODE = /\d[-/]\d|\d[-/][A-Za-z]*[-/]\d/;

/** A lower-case short form joined to a lower-case noun: `dsh-leerlingen`. */
const LOWER_INTRODUCED_COMPOUND = /^([a-z]{2,5})-(\p{Ll}{3,})$/u;

/**
 * A short form in capitals joined to a lower-case noun: `SCM-verdrag`, `AVG-boete`; its capitals may be joined by
 * an ampersand, `De Migratie- en veiligheidsfondsen (M&V-fondsen)` (1933).
 */
const INTRODUCED_COMPOUND = /^(\p{Lu}(?:&?\p{Lu}){1,5})-(\p{Ll}{3,})$/u;
/** A short form and a capitalized name joined by a hyphen: `ROAZ-Euregio`. */
const NAMED_COMPOUND = /^(\p{Lu}{2,6})-(\p{Lu}\p{Ll}{2,})$/u;
/**
 * `Strategisch Vastgoedplan 2022 (SVP 2022)`: a short form with the number (a year, an edition)
 * that also ends the long form. The short form is the letters; the number is no part of either.
 * The edition may be a roman numeral: `Derde Structuurschema Elektriciteitsvoorziening (SEV III)` (417).
 */
const TAGGED_SHORT_FORM = new RegExp(String.raw`^(\S+)[ \u00a0](\d{1,4}|${ROMAN})$`);

/**
 * Where the long form before `(SF tag)` ends: before the same `tag`, as a word of its own, right
 * before the parenthesis (`Vastgoedplan 2022 (SVP 2022)`); -1 when the number is not there. Also
 * the name glued to a short form, `Regionaal Overleg Acute Zorg Euregio (ROAZ-Euregio)` (1338).
 */
export function beforeTag(text: string, open: number, tag: string): number {
  let end = open;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  const start = end - tag.length;
  if (start <= 0 || text.slice(start, end) !== tag || !isWhiteSpace(text.charCodeAt(start - 1))) return -1;
  return start;
}

/** ASCII whitespace, which `trim` removes: tab, line feed, vertical tab, form feed, carriage return, space. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * Is it certain, from its characters alone, that `shortFormInside` finds no short form in
 * `text[from, to)`? False when unsure (the caller then reads it in full). Certain when the content,
 * trimmed, starts and ends with ASCII (so `trim` cuts exactly the ASCII whitespace skipped here), cannot
 * start an INTRO (all of them start with h, v, a, k or o, in either case) and holds an ASCII character
 * that SHORT_FORM refuses: the possessive ending removed before the test holds none (only letters and
 * apostrophes), so the short form keeps that character and fails.
 */
export function holdsNoShortForm(text: string, from: number, to: number): boolean {
  let a = from;
  let b = to;
  while (a < b && isAsciiSpace(text.charCodeAt(a))) a++;
  while (b > a && isAsciiSpace(text.charCodeAt(b - 1))) b--;
  if (a === b) return false;
  const first = text.charCodeAt(a);
  if (first >= 128 || text.charCodeAt(b - 1) >= 128) return false;
  // `| 0x20` lower-cases ASCII letters; of all ASCII codes only h/H, v/V, a/A, k/K, o/O give these five.
  const lower = first | 0x20;
  if (lower === 104 || lower === 118 || lower === 97 || lower === 107 || lower === 111) return false;
  // e/E, f/F, i/I may start a TRANSLATION_INTRO: only a short stretch is read to tell.
  if (
    (lower === 101 || lower === 102 || lower === 105) &&
    TRANSLATION_INTRO.test(text.slice(a, Math.min(b, a + 40)))
  ) {
    return false;
  }
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    // A space before a number that ends the content may close a tagged short form (`SVP 2022`), one
    // may join two parts of a short form (`SV WoZ`), one may follow a name's first word (`Wet BIG`), and
    // one may come before a name's last word (`NP Onderwijs`).
    if (c === 32) {
      if (endsInTag(text, i + 1, b)) return false;
      // `(NPS – 3/51)` (1983): a short form, then a dash and what the brackets add.
      if (SHORT_FORM_THEN_DASH.test(text.slice(a, Math.min(b, i + 3))))
        return !isShortFormShape(text.slice(a, i));
      const content = text.slice(a, b);
      return (
        !isSpacedShortForm(content) &&
        !LEAD_WORD_SHORT_FORM.test(content) &&
        !WORD_TAGGED_SHORT_FORM.test(content) &&
        !leadRepeatedBefore(text, from, content)
      );
    }
    // `(AVP; 2011–2017)` (337): a short form, then what the brackets add about it.
    if (c === 59) return !isShortFormShape(text.slice(a, i));
    // `(Cgb, mei 2000)` (1900), `(Aw, https://…)` (2096): a short form, then the date or address of what it names.
    if (c === 44) return !(isShortFormShape(text.slice(a, i)) && AFTER_COMMA.test(text.slice(i + 1, b)));
    // Letters, digits, `&` and `-` may be in a short form; `'` may start a possessive ending.
    if (c < 128 && !isAsciiAlnum(c) && c !== 38 && c !== 45 && c !== 39) return true;
  }
  return false;
}

/**
 * Does `content`, the brackets' at `from`, hold a noun in lower case and a short form (LOWER_LEAD_SHORT_FORM) whose
 * noun the words just before the brackets hold too: `toets … (toets IMS, 29 957, nr. 1)` (576), not `(beiden SP)`.
 */
function leadRepeatedBefore(text: string, from: number, content: string): boolean {
  const match = LOWER_LEAD_SHORT_FORM.exec(content);
  if (!match || !isRepeatedLead(match)) return false;
  // Before the `(` at `from - 1`, in a window's reach (never the whole text back: `(beiden SP)` recurs in a long
  // paper); any white space may follow it there, so the word alone is looked for.
  return text.slice(Math.max(0, from - 1 - MAX_WINDOW_CHARS), from - 1).includes(match[1] as string);
}

/** Is `text[from, to)` one to four ASCII digits or an edition's roman numeral, the tag of a tagged short form? */
function endsInTag(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 4) return false;
  if (ROMAN_EDITION.test(text.slice(from, to))) return true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const TOKEN_CHAR = /[\p{L}\p{N}&'’-]/u;

/** May `text[i]` belong to the token before a parenthesis? ASCII without a regex call. */
export function isTokenChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 128) return TOKEN_CHAR.test(text[i] as string);
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 38 || c === 39 || c === 45
  );
}

/** The short form of `SF (long form)`: the token right before the parenthesis, after at most one space. */
export function shortFormBefore(text: string, open: number): ShortForm | null {
  let end = open;
  if (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && isTokenChar(text, start - 1)) start--;
  if (start === end || end - start > 24) return null;
  const sf = withoutPossessive(text.slice(start, end));
  if (!isShortFormShape(sf)) return null;
  // `de BMR-vaccinatie (bof, mazelen, rodehond)` (215): the short form of a compound is explained.
  const compound = INTRODUCED_COMPOUND.exec(sf);
  return { sf: compound ? (compound[1] as string) : sf, start };
}

/**
 * The short form after the last hyphen of a compound before the brackets, when the brackets spell it and not the
 * whole: `de Stichting Gedupeerden Gevaarlijke Stoffen NL-POMS (Prepositional Organizational Material Storage)`
 * (2284) defines `POMS`; `NL` names the country.
 */
export function lastPart(short: ShortForm | null): ShortForm | null {
  if (!short) return null;
  const hyphen = short.sf.lastIndexOf('-');
  if (hyphen <= 0 || hyphen === short.sf.length - 1) return null;
  return { sf: short.sf.slice(hyphen + 1), start: short.start + hyphen + 1 };
}
