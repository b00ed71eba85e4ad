import { contentsTitleWord } from '../text/table-of-contents';
import { MAX_CONTENTS_ENTRY } from './contents';
import { isDateLine } from './head';
import {
  MAX_RULE_LINE,
  endsPunctuated,
  endsSentence,
  endsWithFunctionWord,
  isBulletLine,
  nextNonBlank,
  prevNonBlank,
  startsLower,
  startsUpper,
  type Line,
} from './lines';

/**
 * The shapes of heading lines: a short line that starts with a capital and ends in no punctuation, numbered (`2.1`,
 * `IV.`), a verslag's sections (`Vragen en opmerkingen vanuit de fracties`), a letter's opening within the paper, the
 * headings stacked under a title, and a title too long for a heading.
 */

export const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)\s+(\p{Lu}.*)$/u;
const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.?\s+\p{Lu}/u;
const INNER_SENTENCE_END = /\p{Ll}{2}[.!?]\s+\p{Lu}/u;
/**
 * A committee meeting's chair and clerk: `Voorzitter: Roefs Griffier: Arends` (1341), `Griffier: Wiendels` (15),
 * `Voorzitter Boekestijn Griffier Deckers` (2762).
 */
export const CHAIR_CLERK =
  /^(?:(?:Voorzitter|(?:Adjunct-)?[Gg]riffier):\s|Voorzitter\s.*\s(?:Adjunct-)?[Gg]riffier\s+\p{Lu})/u;
/**
 * The title of an annex, the first heading after a letter's signature: three words at least (`Inleiding`, `Vragen`
 * open a section of the paper, 1552, 1676), no table of contents' title and no part of a verslag's questions.
 */
export function isAnnexTitle(t: string): boolean {
  return (
    t.split(/\s+/).length >= 3 &&
    contentsTitleWord(t) === null &&
    !ALL_FRACTIONS.test(t) &&
    !FRACTION_SECTION.test(t) &&
    !QUESTIONS_SECTION.test(t) &&
    !GOVERNMENT_REPLY.test(t)
  );
}

/** A speaker's turn in a verbatim report: `De heerLeers(CDA)` (2210), `MevrouwDe Koning(D66)` (758). */
const SPEAKER = /^(?:De\s*heer|Mevrouw)\s*\p{Lu}.*\([^()]+\)$/u;
/**
 * `Nr` alone is a table's column head (`Nr` / `Vraag.`, 397); `Bron: …` names a table's source under it (`Bron:
 * slotwetten Provinciefonds`, 568; `Bron: WoON2015`, 1253); a numbered caption names a figure or table
 * (`Figuur 1: Op hoofdlijnen geschetste werksporen`, 449), no section.
 */
const NOT_HEADINGS =
  /^(?:Aan de\s|Hoogachtend|Met vriendelijke groet|Vraag\s+\d|Antwoord\b|Nr\.?$|Bron:|(?:Figuur|Tabel|Grafiek|Afbeelding)\s+\d+\s*[:.]\s)/;

/** A question mark ends the line, a footnote marker perhaps after it (`Wat is gepast gebruik?`, 23). */
const ENDS_QUESTION = /\?\d{0,2}$/;

/**
 * Rules 1–4: what a heading line looks like on its own (`numbered`: the number is not checked; `question`: it may end
 * in a question mark).
 */
export function hasHeadingShape(text: string, maxLen: number, numbered: boolean, question = false): boolean {
  return (
    text.length >= 2 &&
    text.length <= maxLen &&
    (numbered || startsUpper(text)) &&
    (!endsPunctuated(text) || (question && ENDS_QUESTION.test(text))) &&
    !endsWithFunctionWord(text) &&
    !INNER_SENTENCE_END.test(text) &&
    !isBulletLine(text) &&
    !NOT_HEADINGS.test(text) &&
    !CHAIR_CLERK.test(text) &&
    !SPEAKER.test(text) &&
    !isDateLine(text)
  );
}

/** The numbering depth of a numbered heading (`2.1 …` → 2), or 0. */
export function numberingDepth(line: string): number {
  const text = line.slice(0, MAX_RULE_LINE);
  const m = NUMBERED.exec(text);
  if (m) {
    const parts = (m[1] as string).split('.');
    // `1 Concreet …` (no dot) is a footnote, not heading 1.
    if (parts.length === 1 && m[2] !== '.') return 0;
    return parts.length;
  }
  return ROMAN.test(text) ? 1 : 0;
}

/**
 * A verslag's section of one fraction's questions: `Inbreng PvdA-fractie` (435), `Vragen en opmerkingen van de leden
 * van de VVD-fractie`, with the government's answers in it `Vragen en opmerkingen van de leden van de VVD-fractie en
 * reactie van de bewindspersoon` (2706). Its topics, numbered afresh, stand under it; the next fraction's section is
 * its sibling. It is a heading as long as a table of contents' entry, however narrow the text's lines (2706 wraps at
 * 88 characters, the heading has 87).
 */
export const FRACTION_SECTION =
  /^(?!\d|(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.?\s)\S.*(?:\S-fractie|\bfractie van (?:de |het )?[\p{Lu}\d][\p{L}\d-]*|[\p{Lu}\d][\p{L}\d-]* fractie)(?: en reactie van de bewindsperso(?:on|nen))?$/u;
/**
 * The section of all the fractions' questions, or of one fraction's, in a verslag of a schriftelijk overleg:
 * `Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersonen` (1103), `Vragen en opmerkingen van de
 * leden van de fractie van D66` (1521), `Vragen van de GroenLinks-PvdA fractie` (880). A heading as long as a table of
 * contents' entry, however narrow the text's lines, as a fraction's section is.
 */
export const QUESTIONS_SECTION =
  /^(?:(?:I|II)\.?\s+)?Vragen(?: en opmerkingen)? (?:vanuit|van|uit) de (?:fracties?|leden van de|[\p{Lu}\d][\p{L}\d-]*[ -]fractie)\b/u;
/**
 * The section of all the fractions' questions (`Vragen en opmerkingen vanuit de fracties en reactie van de
 * bewindspersonen`, 1103): the fractions' sections stand under it, one level deeper, and head it as a paragraph does
 * (`Vragen en opmerkingen van de leden van de VVD-fractie` / `1.` / the question, 1276).
 */
export const ALL_FRACTIONS =
  /^(?:(?:I|II)\.?\s+)?Vragen(?: en opmerkingen)? (?:vanuit|uit) de (?:fracties?|commissies?)\b/u;

/**
 * A fraction's section longer than the text's lines may be (`FRACTION_SECTION`, 2706). Most lines of a text are
 * longer than its headings: their end is read before the rule.
 */
export function isLongFractionSection(t: string): boolean {
  return (
    t.length <= MAX_CONTENTS_ENTRY &&
    (QUESTIONS_SECTION.test(t) ||
      ((t.endsWith('fractie') || t.endsWith('persoon') || t.endsWith('personen')) &&
        FRACTION_SECTION.test(t)))
  );
}

/**
 * The section of the government's answers after the fractions' sections: `Reactie van de Staatssecretaris` (1288),
 * `Antwoord / Reactie van de Minister` (1306), `Reactie van het kabinet` (1935), `Reactie initiatiefnemer` (1091).
 */
export const GOVERNMENT_REPLY = /^(?:Antwoord\s*\/\s*)?(?:Reactie|Antwoord|Beantwoording)\b/iu;

/** The kind line of a letter, in capitals: `BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR FINANCIËN`. */
const LETTER_KIND_LINE = /^(?:ANTWOORD)?BRIEF (?:VAN|AAN) [\p{Lu}\d ,.'’()/–-]+$/u;
/** A letter's kind line in capitals is no longer than this (`opensLetter`). */
const MAX_LETTER_KIND_LINE = MAX_RULE_LINE;
/** The addressee of a letter within the paper: `Aan de Minister van Financiën`, `Aan de Voorzitter van de Eerste Kamer …`. */
const LETTER_ADDRESSEE = /^Aan (?:de|het) \p{Lu}/u;

/**
 * A letter within the paper begins at `line`: its kind line in capitals, the addressee perhaps, then its date line. An
 * Eerste Kamer verslag of a schriftelijk overleg prints the committee's letter and the answer so: `BRIEF VAN DE
 * VOORZITTER VAN DE VASTE COMMISSIE VOOR VOLKSGEZONDHEID, WELZIJN EN SPORT` / `Aan de Minister voor Medische Zorg en
 * Sport` / `Den Haag, 10 april 2019` (236); `BRIEF AAN DE MINISTER VAN JUSTITIE` / `Den Haag, 9 juni 2010` (944).
 * The kind line names every committee that writes, however long: `BRIEF VAN DE VOORZITTERS VAN DE VASTE COMMISSIES
 * VOOR INFRASTRUCTUUR, WATERSTAAT EN OMGEVING EN VOOR ECONOMISCHE ZAKEN EN KLIMAAT/LANDBOUW, NATUUR EN
 * VOEDSELKWALITEIT` (166 characters, 713).
 */
export function opensLetter(lines: readonly Line[], line: Line): boolean {
  const t = line.text;
  if (t.length > MAX_LETTER_KIND_LINE || !LETTER_KIND_LINE.test(t)) return false;
  let next = nextNonBlank(lines, line.index);
  if (next !== undefined && LETTER_ADDRESSEE.test(next.text)) next = nextNonBlank(lines, next.index);
  return next !== undefined && isDateLine(next.text);
}

/** A heading numbered in roman numerals (`I. ALGEMEEN`, `II Reactie van de minister`), not in arabic ones. */
export function isRomanNumbered(line: string): boolean {
  const text = line.slice(0, MAX_RULE_LINE);
  return !NUMBERED.test(text) && ROMAN.test(text);
}

/** A stack of headings holds at most this many lines: part, chapter, section and sub-section title. */
const MAX_STACK = 4;

/** Is `label` (digits at normalized offset `at`) the note that comes next there? See `findHeadings`. */
export type NoteAt = (at: number, label: string) => boolean;

/** Digits glued to a word in capitals at a heading's end: a note (`IND2`, 2426) or part of the word (`CO2`). */
const CAPITALS_DIGITS = /\p{Lu}(\d{1,2})$/u;

/** Does the heading that ends on `last` end in a note glued to a word in capitals? */
export function endsInCapitalsNote(last: Line, noteAt: NoteAt): boolean {
  const m = CAPITALS_DIGITS.exec(last.text);
  if (!m) return false;
  const label = m[1] as string;
  return noteAt(last.contentStart + last.text.length - label.length, label);
}

/**
 * Rule 6, second way: how many sub-headings stand under an unnumbered candidate before its first body paragraph,
 * or 0. `Stand van zaken` / `Personele reorganisatie` / `Op 14 juni hebben …` (letter 129) has one; the report
 * after a letter, `Verslag Eurogroep en Ecofinraad 15 en 16 februari 2021` / `Eurogroep` / `Gedachtewisseling over
 * de macro-economische ontwikkelingen …` / `In de Eurogroep is gesproken …` (176), has two. Each sub-heading is an
 * unnumbered heading line of its own, and the paragraph under the last must be one for sure: longer than a heading,
 * a sentence's end or a wrapped line, not the end of the text or a bullet. A column of table cells (`RAZ` / `RBZ` /
 * `20 maart 2018`, letter 06) is short lines all the way down.
 */
export function subHeadings(
  lines: readonly Line[],
  heading: Line,
  next: Line,
  maxLen: number,
  skip: ReadonlySet<number>,
  room: number = MAX_STACK - 1,
): number {
  if (
    !startsUpper(next.text) ||
    numberingDepth(next.text) > 0 ||
    !hasHeadingShape(next.text, maxLen, false)
  ) {
    return 0;
  }
  // The same line twice is a picture's caption and its text (`Afbeelding 1: de doelstellingen …`, 2342).
  if (next.text === heading.text) return 0;
  const body = nextNonBlank(lines, next.index);
  if (!body || skip.has(body.index) || !startsUpper(body.text)) return 0;
  const t = body.text;
  if (t.length > maxLen || endsSentence(t)) return 1;
  const after = lines[body.index + 1];
  if (after !== undefined && startsLower(after.text)) return 1;
  // `body` is no paragraph: it may be the next heading of the stack.
  if (room <= 1) return 0;
  const deeper = subHeadings(lines, next, body, maxLen, skip, room - 1);
  return deeper > 0 ? deeper + 1 : 0;
}

/**
 * Is `title` a title too long for a heading (rule 1) but shaped like one otherwise, on a line of its own after a
 * sentence's end or a signature block: a report's title after the letter that sends it (879)?
 */
export function isLongTitle(
  lines: readonly Line[],
  title: Line,
  maxLen: number,
  bodyStart: number,
  skip: ReadonlySet<number>,
  blockEnds: ReadonlySet<number>,
): boolean {
  const t = title.text;
  if (
    t.length <= maxLen ||
    t.length > MAX_CONTENTS_ENTRY ||
    skip.has(title.index) ||
    title.index < bodyStart
  ) {
    return false;
  }
  if (numberingDepth(t) > 0 || !hasHeadingShape(t, MAX_CONTENTS_ENTRY, false)) return false;
  const above = prevNonBlank(lines, title.index);
  return above !== undefined && (endsSentence(above.text) || blockEnds.has(above.index));
}
