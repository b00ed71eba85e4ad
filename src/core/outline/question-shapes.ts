import type { OutlineEntry } from '../types';
import {
  MAX_RULE_LINE,
  endsPunctuated,
  endsSentence,
  endsWithFunctionWord,
  startsUpper,
  type Line,
} from './lines';

/**
 * The shapes of the lines of a paper of questions that `findQuestions` reads: question and answer labels (`Vraag 1`,
 * `Antwoord`), numbered question blocks, a fraction's voice (`De leden van de VVD-fractie …`), and where a question's
 * sentence ends.
 */

/** An outline entry in NORMALIZED offsets, with the line it stands on. */
export interface LineEntry extends OutlineEntry {
  line: number;
}

/**
 * A number or several, one answer answering them all: `1`, `1 en 2` (1178), `1, 2 en 9` (2284), `1, 3 tot en met 10,
 * 12 en 13` (2403), `2–5` (638).
 */
const NUMBERS = String.raw`(\d{1,3}(?:(?:\s*,\s*|\s+en\s+|\s+tot\s+en\s+met\s+|\s*t/m\s*|\s*[–-]\s*)\d{1,3})*)`;
/**
 * `Vraag 1`, `Vraag 1:`, `Vraag 1. Wat …?`, `Vraag 5 en 6` (2455), the number in brackets `Vraag (1):` (2424): the
 * numbers and the question on the line.
 */
export const QUESTION = new RegExp(String.raw`^Vraag\s+(?:\(${NUMBERS}\)|${NUMBERS})\s*[:.)]?(?:\s+(.*))?$`);
/**
 * `Antwoord 1`, `Antwoord op vraag 1:`, `Antwoord vraag 1` (771), one answer to several questions `Antwoord vraag 1 en
 * 2` (1178), `Antwoord op vragen 1 en 60` (2714), `Antwoorden 2 en 3` (291), `Antwoord 2–5` (638): the numbers. Without
 * `vraag` after `op` the numbers end the line (`Antwoord op 1, 2, 3 en 4:`, 373), so a sentence that starts `Antwoord
 * op 12 december …` is no label.
 */
export const NUMBERED_ANSWER = new RegExp(
  String.raw`^Antwoord(?:en)?(?:(?:\s+(?:op\s+)?vra(?:ag|gen))?\s+${NUMBERS}\b|\s+op\s+${NUMBERS}\s*:?$)`,
);
export const BARE_ANSWER = /^Antwoord\s*(?::.*)?$/;
/** `Vraag:` on a line of its own under a question's number (331, 1120). */
export const QUESTION_LABEL = /^Vraag\s*:?$/;
/**
 * A question labelled with the fraction that asks it instead of a number: `Vraag VVD:` / the question / `Antwoord:`
 * (2502), also `Vraag D66-fractie:`, `Vraag van de CDA-fractie:`: the party and the question on the line. A party's
 * name has two capitals or digits at least (`VVD`, `D66`, `ChristenUnie`), so `Vraag Kamerlid` is none.
 */
export const PARTY_QUESTION =
  /^Vraag\s+(?:van\s+(?:de\s+)?)?([\p{Lu}\d][\p{L}\d]*(?:-(?!fractie)[\p{L}\d]+)*)(?:-fractie)?\s*:?(?:\s+(\S.*))?$/u;
/** Two capitals or digits: a party's name (`VVD`, `GL-PvdA`), not a word that starts a sentence. */
export const PARTY_NAME = /^(?:[^\p{Lu}\d]*[\p{Lu}\d]){2}/u;
/**
 * The fraction that asks, named where a verslag's question opens: `De leden van de VVD-fractie …` (1723, 2706), `De
 * leden van de fractie van de SGP …`: the party.
 */
export const FRACTION =
  /\b(?:fractie van (?:de )?([\p{Lu}\d][\p{L}\d-]*)|([\p{Lu}\d][\p{L}\d-]*?)-fractie)\b/u;
/**
 * The fraction's voice that opens a question paragraph in a verslag: `De leden van de VVD-fractie willen …` (1723),
 * `Deze leden vragen …`, `Genoemde leden …`, `De VVD-fractie vraagt …`.
 */
export const VOICE =
  /^(?:De|Deze|Die|Genoemde|Ook de|Tot slot vragen de|Voorts vragen de)\s+(?:leden\b|\S+-fractie\b)/u;
/**
 * A sentence in the fraction's voice that does not open with it: `Ook willen zij …`, `Voorts vragen de leden …`, `Tot
 * slot vragen deze leden …`, `Zij vragen de regering …`, `Het lid van de BBB-fractie vraagt …`: perhaps a linking word,
 * perhaps a verb, then the members. Read where a sentence opens a line (`opensSentence`): the paragraph of a
 * fraction's question in a text wrapped without blank lines.
 */
export const LATER_VOICE = new RegExp(
  String.raw`^(?:(?:Ook|Voorts|Verder|Tevens|Daarnaast|Bovendien|Vervolgens|Tenslotte|Ten slotte|Tot slot|Tot besluit|Eveneens|Graag)\s+)?` +
    String.raw`(?:(?:vragen|willen|zouden|verzoeken|vernemen|horen|lezen|hebben|zijn|stellen|wijzen|merken|constateren|achten|ontvangen|krijgen|vinden|menen|missen|betreuren|begrijpen|maken|delen)\s+)?` +
    String.raw`(?:zij|de leden|deze leden|die leden|genoemde leden|voornoemde leden|bovengenoemde leden|het lid|de \S+-fractie|deze fractie)\b`,
  'iu',
);
/**
 * A heading in a verslag wrapped without blank lines, the fraction's section or a topic's: `Vragen en opmerkingen van
 * de leden van de VVD-fractie` (2706), `Vangstmogelijkheden Atlantische Oceaan en Noordzee` (2706). No longer than
 * this, and shorter than the line under it.
 */
export const MAX_SECTION_LINE = 90;

/**
 * A question's number on its line, or the numbers of questions that share one answer (`1 en 3` / two questions / their
 * answer, 2280; `1, 9, 16 en 17`, 592): a comma between them is followed by a space, so a table's `46,4` is no list.
 */
export const NUMBERED_BLOCK = /^(\d{1,3}(?:(?:,\s+|\s+en\s+|\s+t\/m\s+)\d{1,3})*)\s*[.)]?(?:\s+(.*))?$/;
/**
 * The next question's number, alone or before its text (`2. Is de minister …?`, 276), where a question's text ends;
 * not a line of the text that opens with a number (`12 december …`).
 */
export const NUMBERED_PARAGRAPH = /^\d{1,3}\s*[.)]?(?:\s+[\p{Lu}«“‘"].*)?$/u;

/**
 * A lettered sub-question of a numbered question, perhaps as a bullet: `1` / `• a. Wat zijn de financiële
 * consequenties van de uitvoering van dit initiatiefvoorstel?` / `• b. Welke dekking hebben de initiatiefnemers voor
 * ogen?` (1973): the letter and the text.
 */
export const LETTERED = /^(?:[•·▪]\s*)?([a-z])[.)]\s+(\S.*)$/;

/** A line's text without the bullet and letter of a sub-question (`• a. Wat zijn …?` → `Wat zijn …?`). */
function unlettered(t: string): string {
  const m = LETTERED.exec(t);
  return m ? (m[2] as string) : t;
}

/**
 * Does the numbered paragraph on line `label` (`rest`: its text on the number's line) ask: does it start with a
 * capital (after the letter of a first sub-question, `• a. Wat zijn …?`, 1973) and end in `?` before a blank line
 * closes it, within a few lines, before the next number or label? The text whose end asks, or undefined.
 */
export function asks(
  lines: readonly Line[],
  label: Line,
  rest: string | undefined,
  skip: ReadonlySet<number>,
): string | undefined {
  let read = 0;
  if (rest !== undefined && rest !== '') {
    if (!startsUpper(rest)) return undefined;
    // `rest` is read of the line's first characters only: the line's own end is where a long question asks (`2. De
    // regering gaf eerder aan … (373 characters) … worden weggenomen?`, 261).
    const end = label.text.slice(-MAX_RULE_LINE);
    if (ENDS_QUESTION.test(end)) return end;
    read = 1;
  }
  for (let i = label.index + 1; i < lines.length && read < MAX_QUESTION_LINES; i++) {
    const line = lines[i] as Line;
    if (line.text === '') {
      if (read > 0) return undefined;
      continue;
    }
    const t = line.text.slice(0, MAX_RULE_LINE);
    if (skip.has(i) || NUMBERED_BLOCK.test(t) || QUESTION.test(t) || isAnswerLabel(t)) return undefined;
    if (read === 0 && !startsUpper(unlettered(t))) return undefined;
    read++;
    // A paragraph on one line may be longer than the rules read of it: its end is what asks.
    const end = line.text.slice(-MAX_RULE_LINE);
    if (ENDS_QUESTION.test(end)) return end;
  }
  return undefined;
}

export function isAnswerLabel(t: string): boolean {
  return BARE_ANSWER.test(t) || NUMBERED_ANSWER.test(t);
}

/** Question excerpts stay short: the title has to fit a sidebar row. */
export const EXCERPT_CHARS = 60;

/** A question without an answer label asks within this many non-blank lines of its label. */
export const MAX_QUESTION_LINES = 10;
/** A sentence's first line and the lines it may wrap onto, read to see how the sentence ends. */
const MAX_SENTENCE_LINES = 6;
/**
 * The characters read of a sentence, on one line or wrapped over several: as much as its lines would be read of if it
 * wrapped, so a first sentence of 360 or 500 characters on one line ends as it would over two (2521, 2011), and no
 * more.
 */
const MAX_SENTENCE_CHARS = MAX_SENTENCE_LINES * MAX_RULE_LINE;
/**
 * A question mark ends the line, perhaps before a closing quote or bracket and a footnote marker, or before the page
 * of the paper the question is about, as the older lists print it (`… bij het voorliggende MIT? (blz. 5).`, 1815;
 * `… opnieuw is vertraagd? (blz. 1).`, 1314; `? (pag. 21)`, 1347).
 */
const PAGE = String.raw`\((?:blz|pag)\.\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\)\.?`;
/**
 * The member who asked, in brackets after the question, as a minister's letter answering the questions left over from
 * an overleg prints them: `Hoe denkt de minister de nazorg te financieren? (Van der Burg, PvdA)` (496). A name, a
 * comma, a party.
 */
const ASKER = String.raw`\((?:de heer |mevrouw )?\p{Lu}[\p{L}'’.\- ]{1,40},\s*[\p{L}\d+\-]{2,15}\)\.?`;
const QUESTION_MARK = String.raw`\?[»”’"')\]]*\d{0,2}`;
export const ENDS_QUESTION = new RegExp(String.raw`${QUESTION_MARK}(?:\s*(?:${PAGE}|${ASKER}))?$`, 'u');
/** A question that names its asker at its end: a question in any paper, not only in a paper of questions (496). */
export const ENDS_ASKED_BY = new RegExp(String.raw`${QUESTION_MARK}\s*${ASKER}$`, 'u');
/** The same, the question mark captured: a title keeps what is asked and drops who asked it. */
export const ASKED_BY_TAIL = new RegExp(String.raw`(${QUESTION_MARK})\s*${ASKER}$`, 'u');
/**
 * The first end of a sentence: `.`, `?` or `!` (a closing quote and a note marker perhaps after it) before a space and
 * a capital, an opening bracket or quote, or at the end of the lines read (`nr. 2` ends nothing).
 */
const SENTENCE_END = /[.?!][»”’"')\]]*\d{0,2}(?=\s+[\p{Lu}(«“‘"]|$)/u;

/** A line no longer than this that ends no sentence may be a label (`Mededeling`, `Toelichting`), not an answer. */
export const MAX_LABEL = 40;

/**
 * How the sentence that starts on line `from` ends (`.`, `?` or `!`), read over the lines it wraps onto; null when
 * it does not end within them, or the text breaks off first (a question cut off in a fixture, 2415, is no answer).
 */
export function sentenceEnd(lines: readonly Line[], from: number, until: number): string | null {
  let text = '';
  for (let i = from, n = 0; i < until && n < MAX_SENTENCE_LINES && text.length < MAX_SENTENCE_CHARS; i++) {
    const t = (lines[i] as Line).text;
    if (t === '') {
      if (text !== '') break;
      continue;
    }
    n++;
    // A sentence on one line is read as far as it would be wrapped over several: its end may lie past the first
    // MAX_RULE_LINE characters (`De Militaire Inlichtingen- en Veiligheidsdienst (MIVD) werkt … (FIOD-ECD).`, 2521).
    const part = t.slice(0, MAX_SENTENCE_CHARS - text.length);
    text = text === '' ? part : `${text} ${part}`;
    const m = SENTENCE_END.exec(text);
    if (m) return (m[0] as string)[0] as string;
  }
  return null;
}

/** The characters of a question's paragraphs read for its title: its lines as far as the rules read them. */
export const MAX_BLOCK_CHARS = MAX_QUESTION_LINES * MAX_RULE_LINE;

/** Does a sentence open line `i`: the line above ends one, is blank, is another part's, or the text starts there? */
export function opensSentence(lines: readonly Line[], i: number, skip: ReadonlySet<number>): boolean {
  const above = lines[i - 1];
  return above === undefined || above.text === '' || skip.has(i - 1) || endsSentence(above.text);
}

/**
 * Is line `i` a heading over the paragraph that opens at `below`, in a text wrapped without blank lines: a short line
 * that ends no sentence nor in a mark or word that runs on, a sentence's end or a blank line above it, and shorter
 * than the paragraph's first line (`Vangstmogelijkheden Atlantische Oceaan en Noordzee` / `De leden van de
 * VVD-fractie hebben vernomen dat er gesproken wordt over vangstmogelijkheden`, 2706).
 */
export function isSectionLine(lines: readonly Line[], i: number, below: Line): boolean {
  const t = (lines[i] as Line).text;
  return (
    t.length <= MAX_SECTION_LINE &&
    t.length < below.text.length &&
    startsUpper(t) &&
    !endsPunctuated(t) &&
    !endsWithFunctionWord(t) &&
    below.index === i + 1 &&
    startsUpper(below.text) &&
    opensSentence(lines, i, new Set())
  );
}

/** Where a sentence ends in a paragraph's text: `.`, `?` or `!` before a space and a capital, or at the end. */
export const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'gu');

/** The first sentence of `text` that ends in `?`, or undefined. */
export function firstAsking(text: string): string | undefined {
  let from = 0;
  for (const m of text.matchAll(SENTENCE_ENDS)) {
    const end = m.index + (m[0] as string).length;
    if ((m[0] as string)[0] === '?') return text.slice(from, end).trim();
    from = end;
  }
  return undefined;
}
