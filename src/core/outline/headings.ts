/**
 * Section headings in plain text (no heading markup available).
 *
 * The rules, each with the example it was made for:
 *
 * A plain heading line (NAVO fixture `Oekraïne`, `Afschrikking en verdediging`, `Missies en operaties`;
 * letter 12 `Sterk: Versterking strategische autonomie van de krijgsmacht`):
 *  1. is short: at most 80 characters, and in hard-wrapped text clearly shorter than the wrap width
 *     (a wrapped body line fills the width: `De Ministers besteden ook aandacht aan de situatie in de Westelijke`);
 *  2. starts with a capital and has no final `.` `,` `:` `;` `?` `!` or split-word hyphen
 *     (so not `bijeenkomst.` or `zelf.`, not `De voorzitter:`);
 *  3. does not end with a function word (`… met de Oekraïense Minister van`: a wrapped sentence);
 *  4. holds no sentence boundary inside (`… allemaal. Veel …`), is not a bullet item (`•`);
 *  5. is not a continuation: the previous non-blank line ended a sentence, is itself a heading,
 *     belongs to the head block or to a signature block (`U. Rosenthal` before `Consulaire
 *     dienstverlening`, letter 1445), or names a committee meeting's chair and clerk (`Voorzitter:
 *     Roefs Griffier: Arends` before `Vragen en opmerkingen uit de commissie`, letter 1341);
 *  6. is followed by body text that starts with a capital (or a bullet): a line longer than a heading,
 *     a line that ends with punctuation, the first line of a wrapped paragraph, or the end of a
 *     truncated text. This keeps table cells (`RAZ` / `RBZ` in letter 06) and short label lines out.
 *     Or it is followed by its first sub-heading, and that by a body paragraph (`Stand van zaken` /
 *     `Personele reorganisatie` / `Op 14 juni hebben …`, letter 129): the sub-heading is one level
 *     deeper, and so are the unnumbered headings after it, its siblings. Up to four headings may stack so
 *     (`Verslag Eurogroep en Ecofinraad …` / `Eurogroep` / `Gedachtewisseling …` / `In de Eurogroep …`, 176), each
 *     one level below the one above it.
 *     A stack of three may stand under a title too long for a heading, which then heads it (`Verslag van de
 *     bijeenkomst van de Raad Justitie en Binnenlandse Zaken, 11 en 12 oktober 2018 te Luxemburg`, 879).
 *  7. In hard-wrapped text a heading too long for one line runs on to a second (`wrappedHeading`): `Toezeggingen over
 *     de voortgang en uitkomsten van het vervolgonderzoek naar fraude` / `bij de IND2` (2426). The two lines are one
 *     heading; rules 2–6 judge them together.
 *  8. In hard-wrapped text a heading longer than rule 1 allows stands on a line that wrapping did not break: the next
 *     line's first word would have fit on it (`endsBeforeWidth`: `Motie Van der Werf – Meer werkplezier en verminderen
 *     werkdruk met behulp van AI2` / `In mei 2024 nam uw Kamer …`, 1008), and it holds no verb of a sentence
 *     (`… zijn op 1 oktober 2025 aan de Ministers van Buitenlandse` / `Zaken …`, 1563). Rules 2–6 judge it.
 *  A line ending in a colon is a heading when a question of the outline stands under it and it holds no verb of a
 *  sentence (`Vragen SP-fractie:` / `Vraag 1`, 1995), as long as a table of contents' entry (227).
 *
 * A title drops a footnote marker glued to its last word (`… Productsamenstelling2`); after a word in capitals only
 * when that number is the text's next note (`IND2` after note 1), since `CO2` ends in a digit of its own.
 *
 * A table of contents (`Inhoudsopgave`, its title a heading) gives no headings: its entries name sections that come
 * later, with their page numbers glued on, after them or on lines of their own, or with none (`contents.ts` reads
 * it). The text after it begins at the section its first entry names, a heading, or at the first line with a
 * paragraph under it. The sections it lists may be as long as their entries, and numbered as the table numbers them
 * (`1 Inleiding`).
 *
 * A numbered heading (`1. Inleiding` in letters 03 and 05, `2.1 …`, roman `I Voortgang …` in
 * letter 01) follows rules 1–5; a single number needs its dot (`1 Concreet …` is a footnote). Its
 * next line may also be a lettered sub-item (`a. Bestuurlijke afspraken …`). Level = numbering depth; once a
 * section numbered in roman numerals has begun, one deeper (`I. ALGEMEEN` / `1. Inleiding`, 1806).
 * An unnumbered heading after a numbered one is its subsection (one level deeper). Numbered lines of one depth
 * numbered in turn with nothing between them are a list's items, or a table of contents without its title, not
 * headings (`withoutListRuns`, 2407).
 * A verslag's section of one fraction's questions (`Inbreng PvdA-fractie`, 435) holds the topics numbered under it
 * (one level deeper); the next fraction's section is its sibling (`FRACTION_SECTION`).
 *
 * A letter within the paper (the committee's letter and the answer in an Eerste Kamer verslag, the copy of a letter
 * sent on) is headed by its kind line in capitals, whatever its length, when its date line follows, after the
 * addressee or at once (`BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE …` / `Aan de Minister …` / `Den Haag, 10 april
 * 2019`, 236). Its sections are numbered afresh.
 *
 * The addressee, the date line and the signature are never headings: they sit in the head block
 * or in lines the caller excludes.
 */
import {
  type Line,
  endsPunctuated,
  endsSentence,
  endsWithFunctionWord,
  isBulletLine,
  MAX_RULE_LINE,
  nextNonBlank,
  prevNonBlank,
  startsLower,
  startsUpper,
} from './lines';
import type { LineEntry } from './question-shapes';
import { isDateLine } from './head';
import { headingTitle, shorten } from './titles';
import { contentsKey, contentsTitleWord } from '../text/table-of-contents';
import { type ContentsLines, MAX_CONTENTS_ENTRY, readContents } from './contents';

/** Headings are never longer than this. */
const MAX_HEADING = 80;
/** In hard-wrapped text a heading stays below this share of the wrap width. */
const WRAP_SHARE = 0.85;
/** Wrap width is only trusted from this many wrapped lines. */
const MIN_WRAPPED_LINES = 3;
/** Wider than this, lines are paragraphs, not hard-wrapped lines. */
const MAX_WRAP_WIDTH = 120;

const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)\s+(\p{Lu}.*)$/u;
const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.?\s+\p{Lu}/u;
const LETTERED_ITEM = /^\p{Ll}[.)]\s/u;
const INNER_SENTENCE_END = /\p{Ll}{2}[.!?]\s+\p{Lu}/u;
/**
 * A committee meeting's chair and clerk: `Voorzitter: Roefs Griffier: Arends` (1341), `Griffier: Wiendels` (15),
 * `Voorzitter Boekestijn Griffier Deckers` (2762).
 */
const CHAIR_CLERK =
  /^(?:(?:Voorzitter|(?:Adjunct-)?[Gg]riffier):\s|Voorzitter\s.*\s(?:Adjunct-)?[Gg]riffier\s+\p{Lu})/u;
/**
 * The title of an annex, the first heading after a letter's signature: three words at least (`Inleiding`, `Vragen`
 * open a section of the paper, 1552, 1676), no table of contents' title and no part of a verslag's questions.
 */
function isAnnexTitle(t: string): boolean {
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

/**
 * The longest heading the text allows. Hard-wrapped text (tweedekamer.nl pages, PDF text) is
 * recognised by lines that run on into a lower-case line; their median length is the wrap width. A lettered item
 * under a line is no such run: a BNC fiche's fields (`1. Algemene gegevens` / `a) Titel voorstel` / `Aanbeveling van
 * de Raad …` / `b) Datum ontvangst Commissiedocument` / `8 december 2021` / `c) …`, 2265) made the width 47 and its
 * sections (`2. Essentie voorstel`) no headings.
 */
export function maxHeadingLength(lines: readonly Line[]): number {
  return headingLimit(wrapWidth(lines));
}

/** The longest heading a text of wrap width `width` allows (`wrapWidth`; undefined: not hard-wrapped). */
function headingLimit(width: number | undefined): number {
  return width === undefined ? MAX_HEADING : Math.min(MAX_HEADING, Math.floor(width * WRAP_SHARE));
}

/**
 * The wrap width of hard-wrapped text: the median length of the lines that run on into a lower-case line (see
 * `maxHeadingLength`); undefined when too few lines do, or they are wider than hard-wrapped lines are.
 */
function wrapWidth(lines: readonly Line[]): number | undefined {
  const histogram = new Map<number, number>();
  let wrapped = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i] as Line;
    const next = lines[i + 1] as Line;
    // A lettered item (`a) Titel voorstel`) starts in lower case but on a line of its own: no wrapped line.
    if (l.text === '' || !startsLower(next.text) || LETTERED_ITEM.test(next.text)) continue;
    const len = Math.min(l.text.length, MAX_WRAP_WIDTH + 1);
    histogram.set(len, (histogram.get(len) ?? 0) + 1);
    wrapped++;
  }
  if (wrapped < MIN_WRAPPED_LINES) return undefined;
  // Median through the histogram: linear, no sort of all lines.
  let seen = 0;
  for (let len = 0; len <= MAX_WRAP_WIDTH + 1; len++) {
    seen += histogram.get(len) ?? 0;
    if (seen * 2 >= wrapped) return len > MAX_WRAP_WIDTH ? undefined : len;
  }
  return undefined;
}

/**
 * A verb that makes a line a sentence, not a title: the auxiliaries and copulas a paragraph's first line carries
 * (`De vragen en opmerkingen zijn op 1 oktober 2025 aan de Ministers van Buitenlandse` / `Zaken en van Financiën
 * voorgelegd.`, 1563). A heading names its subject (`Verstrekking van BRP-gegevens op basis van toestemming van de
 * ingeschrevene`, 2227).
 */
const SENTENCE_VERB =
  /(?:^|\s)(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|kan|kunnen|kon|konden|zal|zullen|zou|zouden|moet|moeten|mag|mogen|wil|willen)(?=\s|$)/iu;

/**
 * Rule 8: does line `line`, longer than a heading may be (rule 1), end where hard wrapping did not break it: the first
 * word of the line under it, a capital's, would have fit on it within the wrap width `width` (`Motie Van der Werf –
 * Meer werkplezier en verminderen werkdruk met behulp van AI2` / `In mei 2024 nam uw Kamer …`, 1008: 81 characters
 * and `In` within 88). Wrapping breaks a line only before a word that does not fit.
 */
function endsBeforeWidth(lines: readonly Line[], line: Line, width: number): boolean {
  const t = line.text;
  if (t.length + 2 > width || t.length > MAX_CONTENTS_ENTRY || endsPunctuated(t)) return false;
  const next = lines[line.index + 1];
  if (next === undefined || !startsUpper(next.text)) return false;
  const space = next.text.indexOf(' ');
  const word = space < 0 ? next.text.length : space;
  return t.length + 1 + word <= width && !SENTENCE_VERB.test(t);
}

/** A question mark ends the line, a footnote marker perhaps after it (`Wat is gepast gebruik?`, 23). */
const ENDS_QUESTION = /\?\d{0,2}$/;

/**
 * Rules 1–4: what a heading line looks like on its own (`numbered`: the number is not checked; `question`: it may end
 * in a question mark).
 */
function hasHeadingShape(text: string, maxLen: number, numbered: boolean, question = false): boolean {
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
function numberingDepth(line: string): number {
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
const FRACTION_SECTION =
  /^(?!\d|(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.?\s)\S.*(?:\S-fractie|\bfractie van (?:de |het )?[\p{Lu}\d][\p{L}\d-]*|[\p{Lu}\d][\p{L}\d-]* fractie)(?: en reactie van de bewindsperso(?:on|nen))?$/u;
/**
 * The section of all the fractions' questions, or of one fraction's, in a verslag of a schriftelijk overleg:
 * `Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersonen` (1103), `Vragen en opmerkingen van de
 * leden van de fractie van D66` (1521), `Vragen van de GroenLinks-PvdA fractie` (880). A heading as long as a table of
 * contents' entry, however narrow the text's lines, as a fraction's section is.
 */
const QUESTIONS_SECTION =
  /^(?:(?:I|II)\.?\s+)?Vragen(?: en opmerkingen)? (?:vanuit|van|uit) de (?:fracties?|leden van de|[\p{Lu}\d][\p{L}\d-]*[ -]fractie)\b/u;
/** A question's number on a line of its own: `1`, `1.`. */
const BARE_NUMBER = /^\d{1,3}\.?$/;
/**
 * The section of all the fractions' questions (`Vragen en opmerkingen vanuit de fracties en reactie van de
 * bewindspersonen`, 1103): the fractions' sections stand under it, one level deeper, and head it as a paragraph does
 * (`Vragen en opmerkingen van de leden van de VVD-fractie` / `1.` / the question, 1276).
 */
const ALL_FRACTIONS =
  /^(?:(?:I|II)\.?\s+)?Vragen(?: en opmerkingen)? (?:vanuit|uit) de (?:fracties?|commissies?)\b/u;

/**
 * A fraction's section longer than the text's lines may be (`FRACTION_SECTION`, 2706). Most lines of a text are
 * longer than its headings: their end is read before the rule.
 */
function isLongFractionSection(t: string): boolean {
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
const GOVERNMENT_REPLY = /^(?:Antwoord\s*\/\s*)?(?:Reactie|Antwoord|Beantwoording)\b/iu;

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
function isRomanNumbered(line: string): boolean {
  const text = line.slice(0, MAX_RULE_LINE);
  return !NUMBERED.test(text) && ROMAN.test(text);
}

/**
 * A bullet with its item. A dash alone is no list: tweedekamer.nl prints `Ondertekenaars` / `-` / `Eerste
 * ondertekenaar` under a letter (106), a field of the page, not a section of the paper.
 */
function isListItem(text: string): boolean {
  return text.length > 1 && isBulletLine(text);
}

/** Rule 6: is `next` (the line after a candidate) body text? */
function isBodyLike(lines: readonly Line[], next: Line, maxLen: number, lastNonBlank: number): boolean {
  const t = next.text;
  if (next.index === lastNonBlank) return true; // the text breaks off here (fixture letters are openings)
  if (t.length > maxLen || endsPunctuated(t) || isListItem(t)) return true;
  const after = lines[next.index + 1];
  return after !== undefined && startsLower(after.text);
}

/** A stack of headings holds at most this many lines: part, chapter, section and sub-section title. */
const MAX_STACK = 4;

/**
 * Rule 7: the second line of a heading that hard wrapping broke over two lines, or undefined. The first line fills
 * the width (too long for a heading on its own, rule 1, and no longer than a wrapped line) and ends in no
 * punctuation; the second, right under it, goes on in lower case and is short; a paragraph follows for sure, as
 * under a stack of headings. `Toezeggingen over de voortgang en uitkomsten van het vervolgonderzoek naar fraude` /
 * `bij de IND2` / `Uw Kamer is eerder geïnformeerd over het uitvoeren van een onafhankelijk onderzoek` (2426). The
 * caller judges the two lines together by the other rules.
 */
function wrappedHeading(
  lines: readonly Line[],
  line: Line,
  maxLen: number,
  skip: ReadonlySet<number>,
  lastNonBlank: number,
): Line | undefined {
  const t = line.text;
  if (t.length <= maxLen || t.length > MAX_WRAP_WIDTH || endsPunctuated(t)) return undefined;
  const second = lines[line.index + 1];
  if (
    second === undefined ||
    skip.has(second.index) ||
    !startsLower(second.text) ||
    second.text.length > maxLen
  ) {
    return undefined;
  }
  const body = nextNonBlank(lines, second.index);
  if (
    body === undefined ||
    body.index === lastNonBlank ||
    skip.has(body.index) ||
    !startsUpper(body.text) ||
    !isBodyLike(lines, body, maxLen, lastNonBlank)
  ) {
    return undefined;
  }
  return second;
}

/**
 * Does `line` (ending in a colon) stand right above a question of the outline (`questionLines`), and read as a title
 * rather than a sentence that leads into it (`De leden van de VVD-fractie hebben de volgende vragen:`)?
 */
function introducesQuestion(lines: readonly Line[], line: Line, questionLines: ReadonlySet<number>): boolean {
  const next = nextNonBlank(lines, line.index);
  return (
    next !== undefined &&
    questionLines.has(next.index) &&
    line.text.length <= MAX_CONTENTS_ENTRY &&
    !SENTENCE_VERB.test(line.text)
  );
}

/** Is `label` (digits at normalized offset `at`) the note that comes next there? See `findHeadings`. */
export type NoteAt = (at: number, label: string) => boolean;

/** Digits glued to a word in capitals at a heading's end: a note (`IND2`, 2426) or part of the word (`CO2`). */
const CAPITALS_DIGITS = /\p{Lu}(\d{1,2})$/u;

/** Does the heading that ends on `last` end in a note glued to a word in capitals? */
function endsInCapitalsNote(last: Line, noteAt: NoteAt): boolean {
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
function subHeadings(
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

/** Under a title too long for a heading, a stack of this many lines at least (its first line and sub-headings). */
const MIN_STACK_UNDER_TITLE = 2;

/**
 * Is `title` a title too long for a heading (rule 1) but shaped like one otherwise, on a line of its own after a
 * sentence's end or a signature block: a report's title after the letter that sends it (879)?
 */
function isLongTitle(
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

/**
 * `skip`: lines other rules claimed; `blockEnds`: among them, the lines a heading may follow as it follows a
 * sentence (a signature block's); `contents`: the tables of contents from `bodyStart` on (`readContents`);
 * `questionHeadings`: a heading may be a question (`Waarom is een herziening noodzakelijk?`, 441), as in a letter, where
 * a question on a line of its own heads the answer under it; in a verslag or a list of questions it is a question;
 * `noteAt`: whether digits glued to a word in capitals at a heading's end are the text's next note (see `headingTitle`);
 * `questionLines`: the lines where a question of the outline starts, which may open a section as a paragraph does
 * (`I. Overeenstemming ontvlechtingsoperatie Rijksoverheid–NS` / `1` / `Waarvoor draagt de regering …?`, 1660).
 */
export function findHeadings(
  lines: readonly Line[],
  bodyStart: number,
  skip: ReadonlySet<number>,
  blockEnds: ReadonlySet<number> = new Set(),
  contents: ContentsLines = readContents(lines, bodyStart),
  questionHeadings = false,
  noteAt: NoteAt = () => false,
  questionLines: ReadonlySet<number> = new Set(),
): LineEntry[] {
  const entries: LineEntry[] = [];
  const width = wrapWidth(lines);
  const maxLen = headingLimit(width);
  const accepted = new Set<number>();
  let lastNonBlank = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if ((lines[i] as Line).text !== '') {
      lastNonBlank = i;
      break;
    }
  }
  let numberedLevel = 0;
  // A heading numbered in roman numerals was seen: the arabic-numbered ones are its subsections.
  let underRoman = false;
  // Unnumbered headings sit this deep below the numbered level: 2 from a heading's first sub-heading on.
  let unnumberedDepth = 1;
  // The heading accepted last, its level, and whether a sub-heading stood under it (a stack goes on under it).
  let lastAccepted = -1;
  let lastLevel = 0;
  let lastHadSubHeading = false;
  // The numbered heading accepted last (arabic numerals), or -1.
  let lastNumbered = -1;
  // The level of the fraction's section the text is in (`FRACTION_SECTION`), or 0: its numbered topics go below it.
  let fractionLevel = 0;
  // An annex's title heads the text after a signature (`isAnnexTitle`): its numbered sections are one level deeper.
  let underTitle = false;

  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i] as Line;
    const t = line.text;
    // An entry of a table of contents names a heading that comes later, with its page number.
    if (contents.entries.has(i)) continue;
    if (!skip.has(i) && opensLetter(lines, line)) {
      // A letter of its own begins: its sections are numbered and nested afresh.
      accepted.add(i);
      entries.push({
        level: 1,
        kind: 'heading',
        title: shorten(t.replace(/(\p{L})\d{1,2}$/u, '$1')),
        start: line.contentStart,
        line: i,
      });
      numberedLevel = 0;
      underRoman = false;
      underTitle = false;
      unnumberedDepth = 1;
      fractionLevel = 0;
      lastNumbered = -1;
      lastAccepted = i;
      lastLevel = 1;
      lastHadSubHeading = false;
      continue;
    }
    // The section a table of contents named, or its title: a heading for sure, as long as any (the wrap width aside).
    const named = contents.named.has(i);
    const contentsTitle = contentsTitleWord(t);
    // A section a table of contents lists is a heading as long as its entry (`Vragen en opmerkingen van de leden van
    // de PVV-fractie en reactie van de bewindspersonen`, 87 characters, 1563), numbered as the table numbers it (`1
    // Inleiding` under `1 Inleiding2`, 1785). The other rules still judge it.
    const isListed =
      !named &&
      contents.listed.size > 0 &&
      t !== '' &&
      t.length <= MAX_CONTENTS_ENTRY &&
      (contents.listed.get(contentsKey(t)) ?? i) < i;
    const lengthLimit =
      named || isListed || (t.length > maxLen && isLongFractionSection(t)) ? MAX_CONTENTS_ENTRY : maxLen;
    if (t === '' || skip.has(i)) continue;
    // Rule 7: a line too long for a heading may be the first of a heading wrapped over two lines.
    const second =
      t.length > lengthLimit && !named && !isListed
        ? wrappedHeading(lines, line, maxLen, skip, lastNonBlank)
        : undefined;
    // Rule 8: or a line hard wrapping did not break, a heading longer than the rule allows (1008).
    const unbroken =
      t.length > lengthLimit &&
      second === undefined &&
      width !== undefined &&
      !named &&
      !isListed &&
      endsBeforeWidth(lines, line, width);
    // A line that introduces the questions under it, its colon aside: a heading as long as a table of contents' entry
    // (`Vragen en antwoorden op het Jaarverslag Jeugd & Gezin 2009 – Volksgezondheid, Welzijn en Sport:` / `1` /
    // `Hoeveel geld is er in 2009 …?`, 227; `Vragen SP-fractie:` / `Vraag 1`, 1995).
    const introducesQuestions =
      t.endsWith(':') && questionLines.size > 0 && introducesQuestion(lines, line, questionLines);
    // Too long for a heading whatever its numbering (`hasHeadingShape` rule 1): most lines stop here.
    if (t.length > lengthLimit && second === undefined && !unbroken && !introducesQuestions) continue;
    const heading = second ? `${t} ${second.text}` : introducesQuestions ? t.slice(0, -1).trimEnd() : t;
    const last = second ?? line;
    const depth = numberingDepth(t);
    if (
      contentsTitle === null &&
      !hasHeadingShape(
        heading,
        second || unbroken || introducesQuestions ? MAX_CONTENTS_ENTRY : lengthLimit,
        named || isListed || depth > 0,
        questionHeadings,
      )
    ) {
      continue;
    }

    const prev = prevNonBlank(lines, i);
    const prevOk =
      !prev ||
      prev.index < bodyStart ||
      accepted.has(prev.index) ||
      // The table's last line: the heading after it starts the text (`7. Financiële gevolgen 18` / `1. Algemeen`,
      // 2866).
      contents.entries.has(prev.index) ||
      endsSentence(prev.text) ||
      blockEnds.has(prev.index) ||
      CHAIR_CLERK.test(prev.text) ||
      // The section numbered next after the last numbered heading, whatever ends the line before it: a list's last
      // item (`1. Inleiding` … `d. Betere afstemming vraag en aanbod in de pleegzorg` / `2. Uitgangspunten pleegzorg`,
      // 1366), a field's value (`g) Eerstverantwoordelijk ministerie` / `Ministerie van Justitie en Veiligheid` / `2.
      // Essentie voorstel`, 2265).
      (depth > 0 && lastNumbered >= 0 && nextNumber(lines, lastNumbered, i));
    // A stack may stand under a title too long for a heading, an annex's (`Verslag van de bijeenkomst van de Raad
    // Justitie en Binnenlandse Zaken, 11 en 12 oktober 2018 te Luxemburg` / `Belangrijkste resultaten` / `Immigratie
    // en Asiel` / `Commissievoorstellen …` / `Het Voorzitterschap lichtte …`, 879): checked below, once the stack is.
    const titleAbove =
      !prevOk &&
      second === undefined &&
      depth === 0 &&
      prev !== undefined &&
      isLongTitle(lines, prev, maxLen, bodyStart, skip, blockEnds);
    if (!prevOk && !titleAbove) continue;

    const next = nextNonBlank(lines, last.index);
    // One of a list of lines under the same label, each naming a paper sent (`Fiche: Prüm II-verordening (Kamerstuk 22
    // 112, nr. 3292)` / `Fiche: Richtlijn informatie-uitwisseling …`, 2265): the list's item, no section.
    if (next !== undefined && second === undefined && sameLabel(t, next.text)) continue;
    const nextAsks = next !== undefined && questionLines.has(next.index);
    if (!named && (!next || (skip.has(next.index) && !nextAsks))) continue;
    const nextIsNumbered = next !== undefined && numberingDepth(next.text) > 0;
    let nextOk: boolean;
    let hasSubHeading = false;
    if (next === undefined) {
      nextOk = named;
    } else if (nextAsks) {
      nextOk = true;
    } else if (depth > 0) {
      nextOk = !startsLower(next.text) || LETTERED_ITEM.test(next.text);
    } else {
      nextOk =
        (startsUpper(next.text) || isListItem(next.text) || nextIsNumbered) &&
        (nextIsNumbered || isBodyLike(lines, next, maxLen, lastNonBlank));
      if (!nextOk) nextOk = hasSubHeading = subHeadings(lines, line, next, maxLen, skip) > 0;
      if (
        !nextOk &&
        ALL_FRACTIONS.test(t) &&
        (QUESTIONS_SECTION.test(next.text) || FRACTION_SECTION.test(next.text))
      )
        nextOk = hasSubHeading = true;
      // A fraction's section opens with its first question's number on a line of its own (`Vragen en opmerkingen van
      // de leden van de VVD-fractie` / `1.` / `De leden van de VVD-fractie waarderen het …`, 1276).
      if (!nextOk && (QUESTIONS_SECTION.test(t) || FRACTION_SECTION.test(t)) && BARE_NUMBER.test(next.text))
        nextOk = true;
    }
    if (!nextOk && !named) continue;
    let stackedUnder = false;
    if (titleAbove) {
      if (subHeadings(lines, line, next as Line, maxLen, skip) < MIN_STACK_UNDER_TITLE) continue;
      // The title heads the stack: a heading one level above its first line.
      const title = prev as Line;
      accepted.add(title.index);
      entries.push({
        level: numberedLevel + 1,
        kind: 'heading',
        title: headingTitle(title.text),
        start: title.contentStart,
        line: title.index,
      });
      lastAccepted = title.index;
      lastLevel = numberedLevel + 1;
      lastHadSubHeading = true;
      stackedUnder = true;
    }

    accepted.add(i);
    accepted.add(last.index);
    let level: number;
    if (depth > 0) {
      // Sections numbered in roman numerals hold those numbered in arabic ones (`I. ALGEMEEN` / `1. Inleiding`, 1806).
      const roman = isRomanNumbered(t);
      if (roman) {
        underRoman = true;
        fractionLevel = 0;
      }
      const title = underTitle ? 1 : 0;
      level = roman
        ? 1 + title
        : fractionLevel > 0
          ? fractionLevel + depth
          : depth + (underRoman ? 1 : 0) + title;
      numberedLevel = level;
      unnumberedDepth = 1;
    } else if (fractionLevel > 0 && FRACTION_SECTION.test(t)) {
      // The next fraction's section: a sibling of the last, whatever numbered topics stood under that one.
      level = fractionLevel;
      numberedLevel = level - 1;
      unnumberedDepth = 1;
    } else if (fractionLevel > 0 && depth === 0 && GOVERNMENT_REPLY.test(t)) {
      // The government's answers after the fractions' sections, unnumbered: no topic of the last fraction, their sibling.
      level = fractionLevel;
      fractionLevel = 0;
      unnumberedDepth = level - numberedLevel;
    } else if (second !== undefined && prev !== undefined && prev.index === lastAccepted) {
      // A wrapped heading right under a heading is its first sub-heading, as in a stack (`Moties` / `Motie Bisschop
      // over toezicht op de openbare orde in het onderwijs, zowel voor bekostigde` / `als niet-bekostigde scholen`,
      // 692); the unnumbered headings after it are its siblings.
      level = lastLevel + 1;
      unnumberedDepth = level - numberedLevel;
    } else if (hasSubHeading) {
      // Inside a stack each heading is one level below the one above it (part, chapter, section); a stack after
      // body text starts again one level below the numbered heading.
      const inStack =
        stackedUnder || (prev !== undefined && prev.index === lastAccepted && lastHadSubHeading);
      level = inStack ? lastLevel + 1 : numberedLevel + 1;
      unnumberedDepth = level - numberedLevel + 1;
    } else {
      level = numberedLevel + unnumberedDepth;
      if (level === 1 && prev !== undefined && blockEnds.has(prev.index) && isAnnexTitle(heading)) {
        // The annex after a letter's signature opens with its title, then a paragraph; the sections after it are its
        // own (`GEANNOTEERDE AGENDA VAN DE NAVO TOP IN VILNIUS VAN 11 EN 12 JULI 2023` / `Op 11 en 12 juli komen …` /
        // `Agenda`, 1102).
        underTitle = true;
        numberedLevel = 1;
        unnumberedDepth = 1;
      }
    }
    // The fractions' sections stand under the section of all their questions.
    if (depth === 0 && ALL_FRACTIONS.test(t)) unnumberedDepth = level - numberedLevel + 1;
    if (depth === 0 && FRACTION_SECTION.test(t)) {
      // The fraction's topics stand under it: `Vragen en opmerkingen van de leden van de VVD-fractie` / `Uitdagingen
      // rondom informele zorg en mantelzorg` (1288), `VVD-fractie` / `Flexibele arbeid` (2243).
      fractionLevel = level;
      unnumberedDepth = level - numberedLevel + 1;
    }
    lastAccepted = last.index;
    lastLevel = level;
    lastHadSubHeading = hasSubHeading;
    if (depth > 0) lastNumbered = i;
    entries.push({
      level,
      kind: 'heading',
      title: contentsTitle ?? headingTitle(heading, endsInCapitalsNote(last, noteAt)),
      start: line.contentStart,
      line: i,
    });
    i = last.index;
  }
  return withoutListRuns(lines, entries);
}

/**
 * The entries without the numbered lines that are a list's items, not sections: a run of two or more numbered lines
 * of the same depth, numbered one after another, with nothing but blank lines between them (`Daarbij is de inzet
 * gericht op drie hoofdpunten.` / `1. Beschikbaarheid van geneesmiddelen` / `2. Innovatie en flexibele
 * beoordelingsprocessen` / `3. Weerbaarheid` / `Naast deze drie hoofdpunten …`, 2407), or each with its page number
 * (`pagedOn`). A section holds text before the next one begins.
 */
function withoutListRuns(lines: readonly Line[], entries: LineEntry[]): LineEntry[] {
  const items = new Set<number>();
  let run: LineEntry[] = [];
  const close = (): void => {
    if (run.length >= 2) for (const e of run) items.add(e.line);
    run = [];
  };
  for (const e of entries) {
    const prev = run.at(-1);
    if (
      prev &&
      !(
        follows(lines, prev.line, e.line) &&
        (nextNumber(lines, prev.line, e.line) || pagedOn(lines, prev.line, e.line))
      )
    )
      close();
    if (NUMBERED.test((lines[e.line] as Line).text.slice(0, MAX_RULE_LINE))) run.push(e);
    else close();
  }
  close();
  return items.size === 0 ? entries : entries.filter((e) => !items.has(e.line));
}

/**
 * Do the numbered lines `a` and `b` both end in a page number, `b`'s no lower: entries of a table of contents that
 * skips a number (`8. Flexibiliteit 5` / `10. Staatsnoodrecht 7`, 682) or goes a level deeper, where `nextNumber` no
 * longer tells. Two sections, one right under the other, do not both end in a number.
 */
function pagedOn(lines: readonly Line[], a: number, b: number): boolean {
  const pa = PAGE_AT_END.exec((lines[a] as Line).text);
  const pb = PAGE_AT_END.exec((lines[b] as Line).text);
  return pa !== null && pb !== null && Number(pb[1]) >= Number(pa[1]);
}

/** A page number at a line's end, after a space or a leader: `10. Staatsnoodrecht 7`. */
const PAGE_AT_END = /[\p{L})][\s.…·]*\s(\d{1,3})$/u;

/** A label before a colon that opens a line: `Fiche: …`. */
const LINE_LABEL = /^(\p{Lu}[\p{L}-]{1,24}):\s/u;

/** Do the lines `a` and `b` open with the same label (`LINE_LABEL`)? */
function sameLabel(a: string, b: string): boolean {
  const la = LINE_LABEL.exec(a);
  return la !== null && b.startsWith(la[0]);
}

/** Is line `b` the next non-blank line after line `a`? */
function follows(lines: readonly Line[], a: number, b: number): boolean {
  return nextNonBlank(lines, a)?.index === b;
}

/** Is the numbered line `b` numbered next after the numbered line `a`, at the same depth (`1.` then `2.`, `2.1` then `2.2`)? */
function nextNumber(lines: readonly Line[], a: number, b: number): boolean {
  const na = NUMBERED.exec((lines[a] as Line).text.slice(0, MAX_RULE_LINE));
  const nb = NUMBERED.exec((lines[b] as Line).text.slice(0, MAX_RULE_LINE));
  if (!na || !nb || na[2] !== nb[2]) return false;
  const pa = (na[1] as string).split('.');
  const pb = (nb[1] as string).split('.');
  if (pa.length !== pb.length) return false;
  const last = pa.length - 1;
  return (
    pa.slice(0, last).join('.') === pb.slice(0, last).join('.') && Number(pb[last]) === Number(pa[last]) + 1
  );
}
