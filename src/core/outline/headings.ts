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
import { contentsKey, contentsTitleWord } from '../text/table-of-contents';
import { MAX_CONTENTS_ENTRY, readContents, type ContentsLines } from './contents';
import {
  ALL_FRACTIONS,
  CHAIR_CLERK,
  FRACTION_SECTION,
  GOVERNMENT_REPLY,
  QUESTIONS_SECTION,
  endsInCapitalsNote,
  hasHeadingShape,
  isAnnexTitle,
  isLongFractionSection,
  isLongTitle,
  isRomanNumbered,
  numberingDepth,
  opensLetter,
  subHeadings,
  type NoteAt,
} from './heading-shapes';
import {
  LETTERED_ITEM,
  endsBeforeWidth,
  headingLimit,
  introducesQuestion,
  isBodyLike,
  isListItem,
  wrapWidth,
  wrappedHeading,
} from './heading-widths';
import { endsSentence, nextNonBlank, prevNonBlank, startsLower, startsUpper, type Line } from './lines';
import { nextNumber, sameLabel, withoutListRuns } from './list-runs';
import type { LineEntry } from './question-shapes';
import { headingTitle, shorten } from './titles';

/** A question's number on a line of its own: `1`, `1.`. */
const BARE_NUMBER = /^\d{1,3}\.?$/;

/** Under a title too long for a heading, a stack of this many lines at least (its first line and sub-headings). */
const MIN_STACK_UNDER_TITLE = 2;

/**
 * `skip`: lines other rules claimed; `blockEnds`: among them, the lines a heading may follow as it follows a sentence
 * (a signature block's); `contents`: the tables of contents from `bodyStart` on (`readContents`); `questionHeadings`: a
 * heading may be a question (`Waarom is een herziening noodzakelijk?`, 441), as in a letter, where a question on a line
 * of its own heads the answer under it; in a verslag or a list of questions it is a question; `noteAt`: whether digits
 * glued to a word in capitals at a heading's end are the text's next note (see `headingTitle`); `questionLines`: the
 * lines where a question of the outline starts, which may open a section as a paragraph does (`I. Overeenstemming
 * ontvlechtingsoperatie Rijksoverheid–NS` / `1` / `Waarvoor draagt de regering …?`, 1660).
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
      // The government's answers after the fractions' sections, unnumbered: no topic of the last fraction, their
      // sibling.
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
