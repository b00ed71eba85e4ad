/**
 * Question/answer pairs in answers to written questions (Aanhangsel Handelingen, kamervragen pages).
 *
 * Shapes (fixture letters 13 and 14; officielebekendmakingen `div.vraag` pages):
 *   `Vraag 1` / `Antwoord 1` on their own lines, also `Vraag 1:` and `Vraag 1: Kent u …?`;
 *   `Antwoord op vraag 1`;
 *   numbered question blocks `1. Kent u het bericht …?` (or a bare `1`) followed by `Antwoord` / `Antwoord:`.
 * A numbered line only counts as a question when an unnumbered `Antwoord` line answers it, so
 * numbered headings (`1. Inleiding`) in ordinary letters are left alone.
 *
 * Some papers print no answer label at all: `Vraag 1` / the question / the answer, straight on (the Algemene
 * Rekenkamer's answers in a lijst van vragen en antwoorden: 1038, 1122, 355). There the answer begins on the first
 * line after the question's `?` that starts a sentence ending in a full stop or an exclamation mark, before the next
 * `Vraag` label (`unlabelledAnswer`).
 *
 * In a paper of questions (`numberedQuestions`: an answer to written questions, a lijst van vragen en antwoorden, a
 * verslag) a numbered paragraph that asks is a question without any label: `1` / `Is het waar dat uit de najaarsnota
 * blijkt …?` / its answer straight on (1092, 522), `1. Waar zijn de cijfers …?` (261). Its number is higher than the
 * last such question's, and its text ends in `?` before the paragraph ends (`asks`), or it opens in the
 * fraction's voice however it ends (`1.` / `De leden van de PVV-fractie constateren … Deze leden vragen aan de Minister
 * om …`, 616: `inVoice`); in a verslag that holds the answers, such a question's answer is the paragraph under it that
 * speaks in no fraction's voice (1834: `answerAfterVoice`). The older Aanhangsel pages print
 * all the questions first, then `Antwoord` and the answers under the same numbers (`1` / `Ja.`, 824): an `Antwoord`
 * label after two or more of those questions opens the answers, and each number under it answers its question.
 * Some lists print the answer under the question's number again (`1.` / the question / `1.` / the answer, 1885).
 * Questions that share an answer stand under one line of their numbers (`1 en 3`, 2280), the answer titled with them all.
 * A question of lettered sub-questions (`1` / `• a. Wat …?` / `• b. Welke …?`, 1973) lists them under it, `Vraag 1a`.
 * Outside a paper of questions a numbered paragraph is a question when it names its asker (`? (Van der Burg, PvdA)`,
 * 496). A lijst van vragen en antwoorden whose text lost its numbers counts its questions (`unnumberedQuestions`).
 * A numbered paragraph that ends no question by a typo (`1` / `Hoeveel geld zit er nog in het pensioenfonds …
 * Antillen.`, 543) is one when it fills the gap between the last question and the next, its answer the paragraph
 * under it (`statedAnswer`); several such paragraphs in a row are when they fill the gap one number each
 * (`gapQuestions`).
 *
 * Questions without a number answered under a bare `Antwoord` are counted, `Vraag 1`, `Vraag 2`, … with the party
 * that asks in brackets: labelled with the fraction (`Vraag VVD:` / the question / `Antwoord:`, 2502: `Vraag 1
 * (VVD)`), or a fraction's paragraph in a verslag of a schriftelijk overleg, the government's answer under it (`De
 * leden van de VVD-fractie willen … Kan de Minister een appreciatie geven …?` / `Antwoord`, 1723: `questionAbove`).
 *
 * A verslag that says its questions were answered and prints the answers under them (`answersNotice`) may print neither
 * numbers nor labels: a question is a run of passages in a fraction's voice or that ask, its answer the first passage
 * after it asked that speaks in no fraction's voice and asks nothing (1521, 2554: `voicedQuestions`).
 */
import type { OutlineEntry } from '../types';
import {
  type Line,
  MAX_RULE_LINE,
  endsPunctuated,
  endsSentence,
  endsWithFunctionWord,
  startsLower,
  startsUpper,
} from './lines';
import { shorten } from './titles';

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
const QUESTION = new RegExp(String.raw`^Vraag\s+(?:\(${NUMBERS}\)|${NUMBERS})\s*[:.)]?(?:\s+(.*))?$`);
/**
 * `Antwoord 1`, `Antwoord op vraag 1:`, `Antwoord vraag 1` (771), one answer to several questions `Antwoord vraag 1 en
 * 2` (1178), `Antwoord op vragen 1 en 60` (2714), `Antwoorden 2 en 3` (291), `Antwoord 2–5` (638): the numbers. Without
 * `vraag` after `op` the numbers end the line (`Antwoord op 1, 2, 3 en 4:`, 373), so a sentence that starts `Antwoord
 * op 12 december …` is no label.
 */
const NUMBERED_ANSWER = new RegExp(
  String.raw`^Antwoord(?:en)?(?:(?:\s+(?:op\s+)?vra(?:ag|gen))?\s+${NUMBERS}\b|\s+op\s+${NUMBERS}\s*:?$)`,
);
const BARE_ANSWER = /^Antwoord\s*(?::.*)?$/;
/** `Vraag:` on a line of its own under a question's number (331, 1120). */
const QUESTION_LABEL = /^Vraag\s*:?$/;
/**
 * A question labelled with the fraction that asks it instead of a number: `Vraag VVD:` / the question / `Antwoord:`
 * (2502), also `Vraag D66-fractie:`, `Vraag van de CDA-fractie:`: the party and the question on the line. A party's
 * name has two capitals or digits at least (`VVD`, `D66`, `ChristenUnie`), so `Vraag Kamerlid` is none.
 */
const PARTY_QUESTION =
  /^Vraag\s+(?:van\s+(?:de\s+)?)?([\p{Lu}\d][\p{L}\d]*(?:-(?!fractie)[\p{L}\d]+)*)(?:-fractie)?\s*:?(?:\s+(\S.*))?$/u;
/** Two capitals or digits: a party's name (`VVD`, `GL-PvdA`), not a word that starts a sentence. */
const PARTY_NAME = /^(?:[^\p{Lu}\d]*[\p{Lu}\d]){2}/u;
/**
 * The fraction that asks, named where a verslag's question opens: `De leden van de VVD-fractie …` (1723, 2706), `De
 * leden van de fractie van de SGP …`: the party.
 */
const FRACTION = /\b(?:fractie van (?:de )?([\p{Lu}\d][\p{L}\d-]*)|([\p{Lu}\d][\p{L}\d-]*?)-fractie)\b/u;
/**
 * The fraction's voice that opens a question paragraph in a verslag: `De leden van de VVD-fractie willen …` (1723),
 * `Deze leden vragen …`, `Genoemde leden …`, `De VVD-fractie vraagt …`.
 */
const VOICE =
  /^(?:De|Deze|Die|Genoemde|Ook de|Tot slot vragen de|Voorts vragen de)\s+(?:leden\b|\S+-fractie\b)/u;
/**
 * A sentence in the fraction's voice that does not open with it: `Ook willen zij …`, `Voorts vragen de leden …`, `Tot
 * slot vragen deze leden …`, `Zij vragen de regering …`, `Het lid van de BBB-fractie vraagt …`: perhaps a linking word,
 * perhaps a verb, then the members. Read where a sentence opens a line (`opensSentence`): the paragraph of a
 * fraction's question in a text wrapped without blank lines.
 */
const LATER_VOICE = new RegExp(
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
const MAX_SECTION_LINE = 90;

/**
 * A question's number on its line, or the numbers of questions that share one answer (`1 en 3` / two questions / their
 * answer, 2280; `1, 9, 16 en 17`, 592): a comma between them is followed by a space, so a table's `46,4` is no list.
 */
const NUMBERED_BLOCK = /^(\d{1,3}(?:(?:,\s+|\s+en\s+|\s+t\/m\s+)\d{1,3})*)\s*[.)]?(?:\s+(.*))?$/;
/**
 * The next question's number, alone or before its text (`2. Is de minister …?`, 276), where a question's text ends;
 * not a line of the text that opens with a number (`12 december …`).
 */
const NUMBERED_PARAGRAPH = /^\d{1,3}\s*[.)]?(?:\s+[\p{Lu}«“‘"].*)?$/u;

/**
 * A question's number as a reader counts: `001` is question 1 (the lists that print three digits, 2562), so a title
 * reads `Vraag 1`, and a question and its answer match however each prints its number.
 */
function counted(printed: string): string {
  return String(Number(printed));
}

/** The numbers as a title prints them (`1, 2 en 9`) and the first of them, the one a pending question is known by. */
function numbers(list: string): { n: string; all: string } {
  const all = list
    .replace(/\d+/g, counted)
    .replace(/\s*,\s*/g, ', ')
    .replace(/\s*t\/m\s*/g, ' t/m ')
    .replace(/\s*[–-]\s*/g, '–')
    .replace(/\s+/g, ' ');
  return { n: /^\d+/.exec(all)?.[0] ?? all, all };
}

/**
 * A lettered sub-question of a numbered question, perhaps as a bullet: `1` / `• a. Wat zijn de financiële
 * consequenties van de uitvoering van dit initiatiefvoorstel?` / `• b. Welke dekking hebben de initiatiefnemers voor
 * ogen?` (1973): the letter and the text.
 */
const LETTERED = /^(?:[•·▪]\s*)?([a-z])[.)]\s+(\S.*)$/;

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
function asks(
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

/**
 * Does the numbered paragraph on line `label` (`rest`: its text on the number's line) open in the fraction's voice, a
 * verslag's question however it ends: `1.` / `De leden van de PVV-fractie constateren dat er nog geen formele agenda is
 * gepubliceerd. Deze leden vragen aan de Minister om deze agenda zo snel mogelijk met de Kamer te delen …` (616). Its
 * opening, or undefined.
 */
function inVoice(
  lines: readonly Line[],
  label: Line,
  rest: string | undefined,
  skip: ReadonlySet<number>,
): string | undefined {
  if (rest !== undefined && rest !== '') return VOICE.test(rest) ? rest : undefined;
  const next = lines[label.index + 1];
  if (next === undefined || next.text === '' || skip.has(next.index)) return undefined;
  return VOICE.test(next.text) ? next.text : undefined;
}

/** Is `line` a numbered paragraph that asks (`1` / `Bent u bekend met artikel «DNB stopt overname Icesave»?`, 824)? */
export function isNumberedQuestion(lines: readonly Line[], line: Line): boolean {
  const m = NUMBERED_BLOCK.exec(line.text.slice(0, MAX_RULE_LINE));
  return m !== null && asks(lines, line, m[2], new Set()) !== undefined;
}

function isAnswerLabel(t: string): boolean {
  return BARE_ANSWER.test(t) || NUMBERED_ANSWER.test(t);
}

/** Question excerpts stay short: the title has to fit a sidebar row. */
const EXCERPT_CHARS = 60;

/** A question without an answer label asks within this many non-blank lines of its label. */
const MAX_QUESTION_LINES = 10;
/** A sentence's first line and the lines it may wrap onto, read to see how the sentence ends. */
const MAX_SENTENCE_LINES = 6;
/**
 * The characters read of a sentence, on one line or wrapped over several: as much as its lines would be read of if it
 * wrapped, so a first sentence of 360 or 500 characters on one line ends as it would over two (2521, 2011), and no more.
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
const ENDS_QUESTION = new RegExp(String.raw`${QUESTION_MARK}(?:\s*(?:${PAGE}|${ASKER}))?$`, 'u');
/** A question that names its asker at its end: a question in any paper, not only in a paper of questions (496). */
const ENDS_ASKED_BY = new RegExp(String.raw`${QUESTION_MARK}\s*${ASKER}$`, 'u');
/** The same, the question mark captured: a title keeps what is asked and drops who asked it. */
const ASKED_BY_TAIL = new RegExp(String.raw`(${QUESTION_MARK})\s*${ASKER}$`, 'u');
/**
 * The first end of a sentence: `.`, `?` or `!` (a closing quote and a note marker perhaps after it) before a space and
 * a capital, an opening bracket or quote, or at the end of the lines read (`nr. 2` ends nothing).
 */
const SENTENCE_END = /[.?!][»”’"')\]]*\d{0,2}(?=\s+[\p{Lu}(«“‘"]|$)/u;

/** A line no longer than this that ends no sentence may be a label (`Mededeling`, `Toelichting`), not an answer. */
const MAX_LABEL = 40;

/**
 * How the sentence that starts on line `from` ends (`.`, `?` or `!`), read over the lines it wraps onto; null when
 * it does not end within them, or the text breaks off first (a question cut off in a fixture, 2415, is no answer).
 */
function sentenceEnd(lines: readonly Line[], from: number, until: number): string | null {
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

/**
 * The line an unlabelled answer begins on, for the question labelled on line `label` (its question on the label's
 * line or under it), with the next label at `until`: the first line after a line ending in `?` whose sentence ends
 * in `.` or `!` (1038: `Bent u bereid onderzoek te doen … ambities?` / `Het beschikbare budget is één van de
 * benodigde elementen voor een goede beleidsuitvoering.`). A sentence ending in `?` still asks (`Waar wordt het
 * bedrag … aan besteed? Wordt bedoeld …`); a short line that ends no sentence is a label of its own (`Mededeling`,
 * a notice that the answers come later, 1098). Undefined when the question never ends in `?`, or nothing follows it
 * before the next label or a line another part of the outline claimed.
 */
function unlabelledAnswer(
  lines: readonly Line[],
  label: Line,
  until: number,
  skip: ReadonlySet<number>,
): Line | undefined {
  let asked = ENDS_QUESTION.test(label.text);
  for (let i = label.index + 1, n = 0; i < until && n < MAX_QUESTION_LINES; i++) {
    const line = lines[i] as Line;
    if (line.text === '') continue;
    if (skip.has(i)) return undefined;
    n++;
    if (asked && startsUpper(line.text)) {
      const end = sentenceEnd(lines, i, until);
      if (end === '.' || end === '!')
        return endsSentence(line.text) || line.text.length > MAX_LABEL ? line : undefined;
      if (end === null) return undefined;
    }
    asked = ENDS_QUESTION.test(line.text);
  }
  return undefined;
}

function questionTitle(
  lines: readonly Line[],
  line: Line,
  n: string,
  rest: string | undefined,
  end: number = lines.length,
): string {
  let excerpt = rest?.trim() ?? '';
  // The question text usually sits on the lines under the `Vraag 1` label.
  let last = line.index + 4;
  for (let i = line.index + 1; excerpt.length < EXCERPT_CHARS && i < end && i < last; i++) {
    const next = (lines[i] as Line).text;
    if (next === '') {
      if (excerpt !== '') break;
      continue;
    }
    if (isAnswerLabel(next) || QUESTION.test(next) || NUMBERED_PARAGRAPH.test(next)) break;
    // A label of its own between the number and the question (`1` / `Vraag:` / `Op welke wijze …?`, 331) is no
    // part of the question's text: the question is read from under it.
    if (excerpt === '' && QUESTION_LABEL.test(next)) {
      last = i + 4;
      continue;
    }
    excerpt = excerpt === '' ? next : `${excerpt} ${next}`;
  }
  // A question made of lettered sub-questions is titled by its number: each sub-question has its entry (`subQuestions`).
  if (LETTERED.test(excerpt)) return `Vraag ${n}`;
  // The asker's name is no part of what is asked (`… te financieren? (Van der Burg, PvdA)`, 496).
  excerpt = excerpt.slice(0, MAX_RULE_LINE).replace(ASKED_BY_TAIL, '$1');
  return excerpt === '' ? `Vraag ${n}` : `Vraag ${n}: ${shorten(excerpt, EXCERPT_CHARS)}`;
}

/** A question found above its answer's label: the line it opens on, and the title's number part and excerpt. */
interface QuestionAbove {
  start: Line;
  party: string | undefined;
  excerpt: string;
}

/** The characters of a question's paragraphs read for its title: its lines as far as the rules read them. */
const MAX_BLOCK_CHARS = MAX_QUESTION_LINES * MAX_RULE_LINE;

/**
 * The question a bare `Antwoord` label answers when nothing numbered or labelled is waiting: in a verslag of a
 * schriftelijk overleg a fraction's paragraph, then the government's answer under `Antwoord` (`De leden van de
 * VVD-fractie willen hun zorgen uitspreken … Kan de Minister een appreciatie geven over de signalen …?` / `Antwoord`,
 * 1723). The label proves the question, whatever its last sentence ends in (`Deze leden verzoeken de regering het
 * standpunt … toe te lichten …`, 2706). It opens on the nearest line above that speaks in the fraction's voice (`De
 * leden van de VVD-fractie …`, `Deze leden …`), within a few lines and below `floor` (the last question or answer) and
 * any line another part claimed (a topic's heading between the fraction's opening and its question stays out, 2706);
 * without that voice, on the paragraph right above, when a blank line or a claimed line bounds it. The paragraph right
 * above must end a sentence; outside a paper of questions it must ask (`?`). The title's excerpt is its first sentence
 * that asks, else its opening; the party is read from the fraction's name in it.
 */
function questionAbove(
  lines: readonly Line[],
  label: Line,
  floor: number,
  atStart: boolean,
  skip: ReadonlySet<number>,
  questionPaper: boolean,
): QuestionAbove | undefined {
  let read = 0;
  /** The top line of the paragraph right above the label, once a blank line above it bounds it. */
  let paragraph: Line | undefined;
  /** The topmost line read. */
  let top: Line | undefined;
  let start: Line | undefined;
  let bounded = false;
  for (let i = label.index - 1; ; i--) {
    if (i <= floor) {
      bounded = atStart;
      break;
    }
    const line = lines[i] as Line;
    if (line.text === '') {
      if (top !== undefined) paragraph ??= top;
      continue;
    }
    const t = line.text.slice(0, MAX_RULE_LINE);
    if (skip.has(i)) {
      bounded = true;
      break;
    }
    // Above a label lies another question's answer, or its question: the paragraph must be bounded by a blank line.
    if (QUESTION.test(t) || PARTY_QUESTION.test(t) || isAnswerLabel(t)) break;
    if (top === undefined) {
      const end = line.text.slice(-MAX_RULE_LINE);
      if (!endsSentence(end) || (!questionPaper && !ENDS_QUESTION.test(end))) return undefined;
    }
    // A heading above the question's paragraph bounds it as a blank line does: a topic's or the fraction's
    // section heading right above a question that does not open in the fraction's voice.
    if (top !== undefined && isSectionLine(lines, i, top)) {
      start = top;
      break;
    }
    if (read === MAX_QUESTION_LINES) break;
    read++;
    top = line;
    if (VOICE.test(t) || (LATER_VOICE.test(t) && opensSentence(lines, i, skip))) {
      start = line;
      break;
    }
  }
  if (top === undefined) return undefined;
  // Read up to a claimed line (the committee's signature above the first question) or the text's start: the paragraph
  // is bounded there as by a blank line.
  start ??= paragraph ?? (bounded ? top : undefined);
  if (start === undefined || !startsUpper(start.text)) return undefined;
  let text = '';
  for (let i = start.index; i < label.index && text.length < MAX_BLOCK_CHARS; i++) {
    const t = (lines[i] as Line).text;
    if (t !== '') text = text === '' ? t : `${text} ${t}`;
  }
  text = text.slice(0, MAX_BLOCK_CHARS);
  const fraction = FRACTION.exec(text);
  return { start, party: fraction?.[1] ?? fraction?.[2], excerpt: firstAsking(text) ?? start.text };
}

/**
 * The verslag says its questions were answered, and the answers stand in it: `Bij brief van 8 februari 2023 zijn de
 * vragen beantwoord.`, `Vragen en opmerkingen vanuit de fracties en reactie van de Minister` (1834); the notice may wrap
 * (`Bij brief van 18 september 2024 zijn` / `de vragen beantwoord.`, 616), and name who answered or how between the
 * questions and the verb, within its sentence (`zijn de vragen door de Minister voor Milieu en Wonen beantwoord.`,
 * 2373; `zijn de vragen, mede namens de Staatssecretaris van Financiën, beantwoord`).
 */
const ANSWERS_GIVEN =
  /\bzijn\s+de\s+vragen(?:\s+en\s+opmerkingen)?(?:[,\s][^.?!;:]{0,100}?)?\s+beantwoord\b|\ben\s+reactie\s+van\s+(?:de|het)\s/;
/** The answers interleaved with the questions: the part's title says so (`… en reactie van de bewindspersonen`, 1521). */
const REACTION_WITH_QUESTIONS = /\ben\s+reactie\s+van\b/;
/**
 * A part of its own for the government's answers, after all the fractions' questions: the questions' part titled
 * alone (`I. Vragen en opmerkingen vanuit de fracties`, 2291, 1306) or the answers' part (`II` / `Reactie van de
 * Staatssecretaris`, 1682; `Antwoord / Reactie van de Minister`, 1306; `II. Reactie initiatiefnemer`, 1091).
 */
const SEPARATE_PARTS =
  /^(?:I{1,2}\.?\s*)?(?:Vragen en opmerkingen (?:vanuit|uit) de fracties|(?:Antwoord\s*\/\s*)?Reactie (?:van\b|initiatiefnemer\b))/i;
/** The lines of a verslag's opening read for its notice and its parts (a table of contents of some 40 lines, 1288). */
const NOTICE_LINES = 120;

/** How a verslag holds the government's answers, read once from its opening. */
interface AnswersNotice {
  /** The line after which the notice that the answers stand in it has been read; -1 when there is none. */
  given: number;
  /** The answers follow each question, not in a part of their own after all the questions. */
  interleaved: boolean;
}

/**
 * Read the verslag's opening from `from`: does it say the questions were answered (`ANSWERS_GIVEN`), and are the
 * answers printed under the questions (`REACTION_WITH_QUESTIONS`, or no part of their own: `SEPARATE_PARTS`)?
 */
function answersNotice(lines: readonly Line[], from: number): AnswersNotice {
  let given = -1;
  let together = false;
  let separate = false;
  const until = Math.min(lines.length, Math.max(from, 0) + NOTICE_LINES);
  for (let i = Math.max(from, 0); i < until; i++) {
    const t = (lines[i] as Line).text.slice(0, MAX_RULE_LINE * 2);
    if (t === '') continue;
    const next = lines[i + 1]?.text.slice(0, MAX_RULE_LINE) ?? '';
    if (given < 0 && ANSWERS_GIVEN.test(next === '' ? t : `${t} ${next}`)) given = i;
    if (REACTION_WITH_QUESTIONS.test(t)) together = true;
    else if (SEPARATE_PARTS.test(t)) separate = true;
  }
  return { given, interleaved: together || !separate };
}

/**
 * The fraction's voice anywhere in a passage: its members named (`De voorkeur van ABN AMRO … is begrijpelijk, maar de
 * leden van de D66-fractie horen graag …`, 1521; `…, zo vragen de leden van de VVD-fractie.`, 2291), or a sentence
 * that opens with them (`LATER_VOICE`: `Zij vragen …`). Such a passage is the fraction's, never the government's answer.
 */
const MEMBERS =
  /\b(?:de|deze|die|genoemde|voornoemde|bovengenoemde)\s+leden\b|\bhet\s+lid\s+van\b|-fractie\b|\bfractie\s+van\b/iu;
/**
 * A sentence in the fraction's voice that asks though it ends in a full stop: the members ask, request or want to
 * know (`Deze leden vragen naar de relatie …`, 1521; `Deze leden vragen aan de Minister om deze agenda …`, 616; `Deze
 * leden verzoeken de regering …`, 2706; `… horen graag …`, `… zijn benieuwd …`; `Allereerst willen zij vragen waarom …`,
 * 1267); `hebben nog enkele vragen` announces questions and asks none.
 */
const ASKS_IN_VOICE = new RegExp(
  String.raw`\b(?:leden|lid|zij|[\p{L}\d]+-fractie|fractie van (?:de )?[\p{L}\d-]+)(?:\s+van\s+de\s+[\p{L}\d-]+(?:\s+van\s+(?:de\s+)?[\p{L}\d-]+)?)?\s+` +
    String.raw`(?:vragen|vraagt|verzoeken|verzoekt|horen graag|ontvangen graag|vernemen graag|willen (?:graag )?(?:weten|vernemen|horen)|zijn (?:benieuwd|nieuwsgierig))\b` +
    String.raw`|\b(?:vragen|verzoeken)\s+(?:de|deze|die|genoemde|voornoemde|bovengenoemde)\s+leden\b|\b(?:vragen|verzoeken)\s+zij\b` +
    String.raw`|\b(?:leden|zij)\s+willen\b[^.?!]{0,60}?\b(?:vragen|weten|vernemen)\b|\bwillen\s+(?:zij|(?:de|deze|die|genoemde)\s+leden)\b[^.?!]{0,60}?\b(?:vragen|weten|vernemen)\b`,
  'iu',
);
/** A question mark that ends a sentence, not one inside a web address (`?id=`). */
const ASKING_MARK = /\?(?![\p{L}\d=&])/u;

/** A passage of a verslag: the line it opens on, and its text as far as the rules read it. */
interface Passage {
  first: Line;
  text: string;
}

/**
 * The passages of a verslag from line `from` to `until`, in a text wrapped with or without blank lines: each opens on a
 * line that opens a sentence (the line above ends one or is blank), and runs on over the lines that continue it; null
 * where the prose breaks, at a line another part claimed, a label, a number, or a heading (a short line that ends no
 * sentence: a topic's, a table's cell). A line that ends a sentence and is longer than a wrapped line is a paragraph
 * of its own (2554).
 */
function passages(
  lines: readonly Line[],
  from: number,
  until: number,
  skip: ReadonlySet<number>,
  onBreak?: (line: Line) => void,
): Array<Passage | null> {
  const out: Array<Passage | null> = [];
  let current: Passage | null = null;
  for (let i = from; i < until; i++) {
    const line = lines[i] as Line;
    const t = line.text;
    if (t === '') {
      current = null;
      continue;
    }
    const head = t.slice(0, MAX_RULE_LINE);
    const opens = current === null || opensSentence(lines, i, skip);
    const prose =
      endsSentence(t) || t.length > MAX_SECTION_LINE || endsPunctuated(t) || endsWithFunctionWord(t);
    if (
      skip.has(i) ||
      isAnswerLabel(head) ||
      QUESTION.test(head) ||
      NUMBERED_PARAGRAPH.test(head) ||
      (opens && !prose && !startsLower(lines[i + 1]?.text ?? ''))
    ) {
      onBreak?.(line);
      if (out.at(-1) !== null) out.push(null);
      current = null;
      continue;
    }
    if (opens && startsUpper(t)) {
      current = { first: line, text: t.slice(0, MAX_BLOCK_CHARS) };
      out.push(current);
    } else if (current !== null) {
      if (current.text.length < MAX_BLOCK_CHARS)
        current.text = `${current.text} ${t}`.slice(0, MAX_BLOCK_CHARS);
    } else {
      if (out.at(-1) !== null) out.push(null);
    }
    // A paragraph on a line of its own: the next line opens the next passage even so.
    if (t.length > MAX_WRAPPED_LINE && endsSentence(t)) current = null;
  }
  return out;
}

/** Wrapped text runs to about this many characters a line; a longer line is a paragraph on one line (2554). */
const MAX_WRAPPED_LINE = 100;

/** Does a passage speak in a fraction's voice: its members named, or a sentence opening with them? */
function voiced(text: string): boolean {
  if (MEMBERS.test(text) || VOICE.test(text) || LATER_VOICE.test(text)) return true;
  for (const m of text.matchAll(SENTENCE_ENDS)) {
    const rest = text.slice(m.index + (m[0] as string).length).trimStart();
    if (LATER_VOICE.test(rest.slice(0, 80))) return true;
  }
  return false;
}

/** Does a passage ask: a question mark, or the members asking in so many words (`ASKS_IN_VOICE`)? */
function asksIn(text: string): boolean {
  return ASKING_MARK.test(text) || ASKS_IN_VOICE.test(text);
}

/**
 * Is the passage at `k` the government's answer to the question before it: a statement in no fraction's voice that
 * asks nothing, a sentence that ends (`Door het inkoopprogramma van EUR 500 mln. neemt het eigen vermogen …`, 1521;
 * a text cut off inside it, 2291, proves nothing), and no passage after it asks before a fraction speaks again, a
 * paragraph ends on a blank line or the prose breaks (a fraction's remark before its question, `Het is daarom van
 * belang dat …` / `Is de Minister het met de VVD-fractie eens …?`, is the question's own).
 */
function answersAt(
  lines: readonly Line[],
  found: ReadonlyArray<Passage | null>,
  k: number,
  until: number,
): boolean {
  const p = found[k] as Passage;
  if (voiced(p.text) || ASKING_MARK.test(p.text)) return false;
  const end = sentenceEnd(lines, p.first.index, until);
  if (end !== '.' && end !== '!') return false;
  // A few passages on without a question are enough, and keep the reading linear in a long verslag.
  for (let j = k + 1; j < found.length && j <= k + MAX_QUESTION_LINES; j++) {
    const q = found[j];
    // A blank line above the passage: the answer's paragraph ended before it (1713's next question, 1267).
    if (q === null || q === undefined || voiced(q.text) || (lines[q.first.index - 1] as Line).text === '')
      break;
    if (ASKING_MARK.test(q.text)) return false;
  }
  return true;
}

/**
 * The line the answer begins on, for a fraction's numbered question on line `label` in a verslag that holds the
 * answers under the questions, taken by its voice rather than by a question mark (`1. De leden van de VVD-fractie
 * constateren … De leden van de VVD-fractie vragen de Minister welke meetbare effecten deze capaciteitsuitbreiding heeft
 * opgeleverd.`, 1834): the first passage after the question has asked (`Deze leden vragen aan de Minister om deze agenda
 * …`, 616) that is the government's (`answersAt`: `Het vorige kabinet heeft in het regeerakkoord 2017–2021 € 50.5
 * miljoen vrijgemaakt …`, 1834; `De agenda voor de informele bijeenkomst …`, 616, in a text wrapped without blank
 * lines). The question's own later passages speak in its voice (`Deze leden …`) or ask. Undefined at a break in the
 * prose (a table's cell, `Doel`, 1834), before the next number or a line another part claimed.
 */
function answerAfterVoice(
  lines: readonly Line[],
  label: Line,
  until: number,
  skip: ReadonlySet<number>,
): Line | undefined {
  const found = passages(lines, label.index + 1, Math.min(until, label.index + 1 + MAX_ANSWER_SEARCH), skip);
  let asked = asksIn(label.text);
  for (const [k, p] of found.entries()) {
    if (p === null) return undefined;
    if (asked && answersAt(lines, found, k, until)) return p.first;
    asked ||= asksIn(p.text);
  }
  return undefined;
}

/** The lines after a question read for its answer. */
const MAX_ANSWER_SEARCH = 40;

/**
 * The questions and answers of a verslag of a schriftelijk overleg that prints neither numbers nor labels, the answers
 * under the questions (`Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersonen`, 1521; 2554): a
 * question is a run of passages in a fraction's voice or that ask, and its answer the first passage after it asked
 * that is the government's (`answersAt`). It opens on the passage that asks first after one that did not (`Deze leden
 * vragen naar de relatie …` after the fraction's opening, 1521), or on the fraction's passage right above one that
 * asks without naming it. Counted, `Vraag 1`, `Vraag 2`, …, with the fraction that asks in brackets when it is named
 * in the question or the heading above it.
 */
function voicedQuestions(lines: readonly Line[], from: number, skip: ReadonlySet<number>): LineEntry[] {
  const entries: LineEntry[] = [];
  let party: string | undefined;
  // A heading names the fraction whose questions follow (`Vragen en opmerkingen van de leden van de VVD-fractie`, 2554).
  const found = passages(lines, from, lines.length, skip, (line) => {
    const fraction = FRACTION.exec(line.text.slice(0, MAX_RULE_LINE));
    if (fraction) party = fraction[1] ?? fraction[2];
  });
  let start: Passage | null = null;
  let asked = false;
  let previous: Passage | null = null;
  for (const [k, p] of found.entries()) {
    if (p === null) {
      start = null;
      asked = false;
      previous = null;
      continue;
    }
    if (start !== null && asked && answersAt(lines, found, k, lines.length)) {
      const n = String(entries.length / 2 + 1);
      let text = '';
      for (let i = start.first.index; i < p.first.index && text.length < MAX_BLOCK_CHARS; i++) {
        const t = (lines[i] as Line).text;
        if (t !== '') text = text === '' ? t : `${text} ${t}`;
      }
      const fraction = FRACTION.exec(text);
      const who = fraction?.[1] ?? fraction?.[2] ?? party;
      const excerpt = shorten(
        (firstAsking(text) ?? start.first.text).replace(ASKED_BY_TAIL, '$1'),
        EXCERPT_CHARS,
      );
      const named = who !== undefined && !excerpt.includes(who) ? ` (${who})` : '';
      entries.push({
        level: 1,
        kind: 'question',
        title: `Vraag ${n}${named}: ${excerpt}`,
        start: start.first.contentStart,
        line: start.first.index,
      });
      entries.push({
        level: 2,
        kind: 'answer',
        title: `Antwoord ${n}`,
        start: p.first.contentStart,
        line: p.first.index,
      });
      start = null;
      asked = false;
      previous = p;
      continue;
    }
    const fraction = FRACTION.exec(p.text);
    if (fraction) party = fraction[1] ?? fraction[2];
    const asks = asksIn(p.text);
    const speaks = voiced(p.text);
    if (asks && !asked) {
      // The question opens where it asks, or on the fraction's passage right above that leads up to it.
      start = speaks || previous === null || !voiced(previous.text) ? p : previous;
      asked = true;
    } else if (speaks && start === null) start = p;
    previous = p;
  }
  return entries;
}

/** Does a sentence open line `i`: the line above ends one, is blank, is another part's, or the text starts there? */
function opensSentence(lines: readonly Line[], i: number, skip: ReadonlySet<number>): boolean {
  const above = lines[i - 1];
  return above === undefined || above.text === '' || skip.has(i - 1) || endsSentence(above.text);
}

/**
 * Is line `i` a heading over the paragraph that opens at `below`, in a text wrapped without blank lines: a short line
 * that ends no sentence nor in a mark or word that runs on, a sentence's end or a blank line above it, and shorter
 * than the paragraph's first line (`Vangstmogelijkheden Atlantische Oceaan en Noordzee` / `De leden van de
 * VVD-fractie hebben vernomen dat er gesproken wordt over vangstmogelijkheden`, 2706).
 */
function isSectionLine(lines: readonly Line[], i: number, below: Line): boolean {
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
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'gu');

/** The first sentence of `text` that ends in `?`, or undefined. */
function firstAsking(text: string): string | undefined {
  let from = 0;
  for (const m of text.matchAll(SENTENCE_ENDS)) {
    const end = m.index + (m[0] as string).length;
    if ((m[0] as string)[0] === '?') return text.slice(from, end).trim();
    from = end;
  }
  return undefined;
}

/**
 * The answer to a numbered question whose text ends no question (`1` / `Hoeveel geld zit er nog in het pensioenfonds
 * van de Nederlandse Antillen.` / `Ultimo december 2007 bedraagt het pensioenvermogen …`, 543: a typo for `?`), where
 * the numbers on both sides of it are questions: the question is the paragraph under its number (on the number's line
 * or under it), a blank line ends it, and the answer is the paragraph under that, before the next number at `until`.
 * Undefined when the paragraphs are not so separated, or the question ends no sentence (`1. Inleiding`).
 */
function statedAnswer(
  lines: readonly Line[],
  pending: NumberedLine,
  until: number,
  skip: ReadonlySet<number>,
): Line | undefined {
  const rest = pending.rest;
  let last: Line | undefined = rest !== undefined && rest !== '' ? pending.line : undefined;
  if (last && !startsUpper(rest as string)) return undefined;
  let i = pending.line.index + 1;
  // The question's paragraph: the lines up to the first blank line after it opens.
  for (let read = last ? 1 : 0; i < until; i++) {
    const line = lines[i] as Line;
    if (line.text === '') {
      if (last) break;
      continue;
    }
    if (skip.has(i) || read === MAX_QUESTION_LINES) return undefined;
    if (!last && !startsUpper(line.text)) return undefined;
    last = line;
    read++;
  }
  if (!last || !endsSentence(last.text)) return undefined;
  for (; i < until; i++) {
    const line = lines[i] as Line;
    if (line.text === '') continue;
    const t = line.text.slice(0, MAX_RULE_LINE);
    if (skip.has(i) || !startsUpper(t) || isAnswerLabel(t) || QUESTION.test(t)) return undefined;
    return line;
  }
  return undefined;
}

/** The most sub-questions one question is read for (`a` to `z`). */
const MAX_SUB_QUESTIONS = 26;

/**
 * The lettered sub-questions a numbered question on line `label` consists of, its text opening with the first of
 * them: `1` / `• a. Wat zijn de financiële consequenties …?` / `• b. Welke dekking …?` (1973). Each is an entry of
 * its own under the question, `Vraag 1a`, `Vraag 1b`, …, as a reader finds them printed; the letters follow on from
 * `a` one by one, and the first line that is no next letter ends them (the answer). A question that only lists its
 * points lettered (`Wilt u … aangeven:` / `a. De prioritering …`, 2864) opens with no letter and has none.
 */
function subQuestions(
  lines: readonly Line[],
  label: Line,
  n: string,
  skip: ReadonlySet<number>,
): LineEntry[] {
  const subs: LineEntry[] = [];
  for (let i = label.index + 1; i < lines.length && subs.length < MAX_SUB_QUESTIONS; i++) {
    const line = lines[i] as Line;
    if (line.text === '') continue;
    const m = skip.has(i) ? null : LETTERED.exec(line.text.slice(0, MAX_RULE_LINE));
    if (!m || (m[1] as string).charCodeAt(0) !== 0x61 + subs.length) break;
    const excerpt = shorten((m[2] as string).replace(ASKED_BY_TAIL, '$1'), EXCERPT_CHARS);
    subs.push({
      level: 2,
      kind: 'question',
      title: `Vraag ${n}${m[1] as string}: ${excerpt}`,
      start: line.contentStart,
      line: i,
    });
  }
  return subs;
}

/**
 * A `Vraag N` (or numbered question) waiting for its answer: its first number, all its numbers, its title's number
 * part (`1 (VVD)` for `Vraag VVD:`, else `all`), its text, its line.
 */
interface OpenQuestion {
  n: string;
  all: string;
  shown: string;
  rest: string | undefined;
  line: number;
  /** Taken for a question by the fraction's voice it opens in, not by a question mark (`inVoice`). */
  voiced?: boolean;
}

/** A numbered line that may head a question: its first number, all its numbers, the line and the text after them. */
interface NumberedLine {
  n: string;
  all: string;
  line: Line;
  rest: string | undefined;
}

/** The most numbers a gap between two questions is filled with (`gapQuestions`). */
const MAX_GAP = 9;

/**
 * The numbered lines that fill the gap between the last question asked (`lastAsked`) and question `next` on line
 * `until`, each with the answer under it (`statedAnswer`), or none: the last of the numbered lines not taken since the
 * last question must be the missing numbers exactly, one each and in order (`1` / `Hoeveel geld zit er nog in het
 * pensioenfonds … Antillen.` / its answer / `2` that asks, 543; or `4.` and `5.` both ending in a full stop between
 * questions 3 and 6), and each must be a question paragraph with its answer under it before the next number.
 */
function gapQuestions(
  lines: readonly Line[],
  gaps: readonly NumberedLine[],
  lastAsked: number,
  next: number,
  until: number,
  skip: ReadonlySet<number>,
): Array<{ numbered: NumberedLine; answer: Line }> {
  const missing = next - lastAsked - 1;
  if (missing < 1 || missing > gaps.length) return [];
  const candidates = gaps.slice(gaps.length - missing);
  const found: Array<{ numbered: NumberedLine; answer: Line }> = [];
  for (const [j, q] of candidates.entries()) {
    if (Number(q.n) !== lastAsked + 1 + j || q.all !== q.n) return [];
    const end = (candidates[j + 1] as NumberedLine | undefined)?.line.index ?? until;
    const answer = statedAnswer(lines, q, end, skip);
    if (!answer) return [];
    found.push({ numbered: q, answer });
  }
  return found;
}

export function findQuestions(
  lines: readonly Line[],
  from: number,
  skip: ReadonlySet<number>,
  numberedQuestions = false,
  unnumberedList = false,
): LineEntry[] {
  const entries: LineEntry[] = [];
  /** The number of the last numbered paragraph taken as a question (`numberedQuestions`). */
  let lastAsked = 0;
  /** The numbered questions asked since the last answer. */
  let asked: string[] = [];
  /** After an `Antwoord` label that answers the numbered questions before it together: those not yet answered. */
  let answering: Set<string> | null = null;
  /** The last `Vraag N` still waiting for its answer. */
  let open: OpenQuestion | null = null;
  /** The last numbered line since the last answer: a candidate question block. */
  let numbered: NumberedLine | null = null;
  /** The last numbered lines not taken for questions since the last question: ones that end no question (543). */
  let gaps: NumberedLine[] = [];
  /** The questions counted, not numbered: `Vraag VVD:` (2502), a fraction's paragraph above `Antwoord` (1723). */
  let counted = 0;

  const question = (line: Line, n: string, rest: string | undefined): void => {
    const title = questionTitle(lines, line, n, rest);
    entries.push({ level: 1, kind: 'question', title, start: line.contentStart, line: line.index });
    // Titled by its number alone: its text opens with a lettered sub-question.
    if (title === `Vraag ${n}`) entries.push(...subQuestions(lines, line, n, skip));
  };
  /** How a verslag holds its answers, read once from its opening when a rule needs it. */
  let notice: AnswersNotice | undefined;
  /** Does the verslag print the answers under its questions, its notice read before line `at`? */
  const answersHere = (at: number): boolean => {
    notice ??= answersNotice(lines, from);
    return notice.given >= 0 && notice.given < at && notice.interleaved;
  };
  /** The question `open` asks got no answer label before line `until`: its answer may be printed straight on. */
  const unlabelled = (until: number): void => {
    if (open === null) return;
    const label = lines[open.line] as Line;
    const start =
      unlabelledAnswer(lines, label, until, skip) ??
      (open.voiced === true && answersHere(label.index)
        ? answerAfterVoice(lines, label, until, skip)
        : undefined);
    if (!start) return;
    const asked = entries.findLast((e) => e.kind === 'question' && e.line === label.index);
    if (asked) asked.title = questionTitle(lines, label, open.shown, open.rest, start.index);
    answer(start, open.n, open.all);
  };
  const answer = (line: Line, n: string, numbers: string = n): void => {
    entries.push({
      level: 2,
      kind: 'answer',
      title: `Antwoord ${numbers}`,
      start: line.contentStart,
      line: line.index,
    });
    open = null;
    numbered = null;
    gaps = [];
    asked = [];
  };

  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text === '' || skip.has(i)) continue;
    // Every rule below needs `V` (`Vraag`), `A` (`Antwoord`) or a digit first.
    const c = line.text.charCodeAt(0);
    if (c !== 0x56 && c !== 0x41 && !(c >= 0x30 && c <= 0x39)) continue;
    const t = line.text.slice(0, MAX_RULE_LINE);
    let m = QUESTION.exec(t);
    if (m) {
      unlabelled(i);
      const { n, all } = numbers((m[1] ?? m[2]) as string);
      question(line, all, m[3]);
      open = { n, all, shown: all, rest: m[3], line: i };
      numbered = null;
      continue;
    }
    m = PARTY_QUESTION.exec(t);
    if (m && PARTY_NAME.test(m[1] as string)) {
      // `Vraag VVD:` (2502): counted, titled with the party that asks.
      unlabelled(i);
      const n = String(++counted);
      const shown = `${n} (${m[1] as string})`;
      question(line, shown, m[2]);
      open = { n, all: n, shown, rest: m[2], line: i };
      numbered = null;
      continue;
    }
    m = NUMBERED_ANSWER.exec(t);
    if (m) {
      const { n, all } = numbers((m[1] ?? m[2]) as string);
      const pending = numbered as NumberedLine | null;
      if ((open === null || open.n !== n) && pending && pending.n === n)
        question(pending.line, pending.all, pending.rest);
      answer(line, n, all);
      continue;
    }
    if (BARE_ANSWER.test(t)) {
      const pendingOpen = open as OpenQuestion | null;
      if (pendingOpen && asked.length > 1) {
        // `Antwoord` after the questions, the answers numbered under it as the questions are (824).
        answering = new Set(asked);
        open = null;
        asked = [];
        continue;
      }
      const pending = numbered as NumberedLine | null;
      if (pendingOpen) answer(line, pendingOpen.n, pendingOpen.all);
      else if (pending) {
        question(pending.line, pending.all, pending.rest);
        answer(line, pending.n, pending.all);
      } else {
        // A fraction's paragraph, the government's answer under `Antwoord` (a verslag, 1723).
        const last = entries.at(-1);
        const above = questionAbove(
          lines,
          line,
          last?.line ?? from - 1,
          last === undefined,
          skip,
          numberedQuestions,
        );
        if (above) {
          const n = String(++counted);
          const excerpt = shorten(above.excerpt.replace(ASKED_BY_TAIL, '$1'), EXCERPT_CHARS);
          const party =
            above.party !== undefined && !excerpt.includes(above.party) ? ` (${above.party})` : '';
          const { start } = above;
          entries.push({
            level: 1,
            kind: 'question',
            title: `Vraag ${n}${party}: ${excerpt}`,
            start: start.contentStart,
            line: start.index,
          });
          answer(line, n);
        }
      }
      continue;
    }
    m = NUMBERED_BLOCK.exec(t);
    if (!m) continue;
    const { n, all } = numbers(m[1] as string);
    // The answers after an `Antwoord` label, or the answer under its question's number again, the same line right
    // after the question (`1.` / `Eerder diende de SP-fractie een twaalfpuntenplan in … ?` / `1.` / `Vorig jaar heeft
    // de SP …`, 1885); not a table's cell or a wrapped line that opens with the number (`In tabel` / `1 is de …`).
    const asking = open as OpenQuestion | null;
    const repeated =
      numberedQuestions &&
      asking !== null &&
      asking.line !== i &&
      (lines[asking.line] as Line).text === line.text &&
      !unlabelledAnswer(lines, lines[asking.line] as Line, i, skip);
    if (answering?.delete(n) || repeated) {
      answer(line, n);
      continue;
    }
    const askingEnd = answering === null && Number(n) > lastAsked ? asks(lines, line, m[2], skip) : undefined;
    const voiced =
      askingEnd === undefined && answering === null && Number(n) > lastAsked && numberedQuestions
        ? inVoice(lines, line, m[2], skip)
        : undefined;
    const end = askingEnd ?? voiced;
    // Outside a paper of questions a numbered paragraph is a question when it names who asked it (496).
    if (end !== undefined && (numberedQuestions || ENDS_ASKED_BY.test(end))) {
      // The numbers before it are questions too, their end marks aside, when they fill the gap between the last
      // question and this one, one number each, and each one's answer stands under it (543).
      const missed = numberedQuestions ? gapQuestions(lines, gaps, lastAsked, Number(n), i, skip) : [];
      unlabelled(missed[0]?.numbered.line.index ?? i);
      for (const { numbered: q, answer: stated } of missed) {
        const title = questionTitle(lines, q.line, q.n, q.rest, stated.index);
        entries.push({ level: 1, kind: 'question', title, start: q.line.contentStart, line: q.line.index });
        answer(stated, q.n);
      }
      question(line, all, m[2]);
      open = { n, all, shown: all, rest: m[2], line: i, voiced: voiced !== undefined };
      numbered = null;
      gaps = [];
      lastAsked = Number(n);
      asked.push(n);
      continue;
    }
    if (answering === null) {
      gaps.push({ n, all, line, rest: m[2] });
      if (gaps.length > MAX_GAP) gaps.shift();
    }
    if (open === null) numbered = { n, all, line, rest: m[2] };
  }
  unlabelled(lines.length);
  if (unnumberedList && entries.length === 0) return unnumberedQuestions(lines, from, skip);
  // A verslag that prints its answers under the questions without numbers or labels (1521, 2554).
  if (numberedQuestions && entries.length === 0 && answersHere(lines.length)) {
    return voicedQuestions(lines, (notice as AnswersNotice).given + 1, skip);
  }
  return entries;
}

/**
 * The questions of a lijst van vragen en antwoorden whose numbers the text lost (the page prints them as a numbered
 * list: 2801, 594, 829): each question a paragraph of its own that ends in `?` (or several, one after another, one
 * question: `Ziet de Algemene Rekenkamer voordelen …? Zo ja, welke? (blz. 5)`), its answer the paragraph under it,
 * a sentence that states. They are counted as the page numbers them, `Vraag 1`, `Vraag 2`, …. A question opens its
 * paragraph (the line above ends a sentence, is a heading, or is another part's), so the last line of a question
 * wrapped over lines is not taken for one; a paragraph that asks with no answer under it (a question asked in an
 * answer, the last question of a text that breaks off) is no question of the list.
 */
function unnumberedQuestions(lines: readonly Line[], from: number, skip: ReadonlySet<number>): LineEntry[] {
  const entries: LineEntry[] = [];
  /** The first line of the paragraphs that ask, read since the last answer. */
  let asking: Line | null = null;
  /** Does the line above open a paragraph's successor: it ends a sentence, or it is no text of the list. */
  let opens = true;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text === '') continue;
    if (skip.has(i)) {
      asking = null;
      opens = true;
      continue;
    }
    const text = line.text;
    const upper = startsUpper(text);
    if (opens && upper && ENDS_QUESTION.test(text.slice(-MAX_RULE_LINE))) {
      asking ??= line;
    } else if (asking !== null) {
      const end = upper ? sentenceEnd(lines, i, lines.length) : null;
      // An answer may open with what introduces its table (`De bedragen … zijn als volgt:`, 1643).
      if (end === '.' || end === '!' || (upper && text.length > MAX_LABEL && text.endsWith(':'))) {
        const n = String(entries.length / 2 + 1);
        entries.push({
          level: 1,
          kind: 'question',
          title: `Vraag ${n}: ${shorten(asking.text.replace(ASKED_BY_TAIL, '$1'), EXCERPT_CHARS)}`,
          start: asking.contentStart,
          line: asking.index,
        });
        entries.push({ level: 2, kind: 'answer', title: `Antwoord ${n}`, start: line.contentStart, line: i });
      }
      asking = null;
    }
    // A heading above a question ends no sentence, but it is no sentence wrapped onto the question either
    // (`Vragen en antwoorden inzake de vaststelling van de begrotingsstaten … voor het jaar 2010`, 1153).
    opens = endsSentence(text) || (upper && !endsPunctuated(text) && !endsWithFunctionWord(text));
  }
  return entries;
}
