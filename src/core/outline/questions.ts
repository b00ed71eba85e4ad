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
 * last such question's, and its text ends in `?` before the paragraph ends (`asks`), or it opens in the fraction's
 * voice however it ends (`1.` / `De leden van de PVV-fractie constateren … Deze leden vragen aan de Minister om …`,
 * 616: `inVoice`); in a verslag that holds the answers, such a question's answer is the paragraph under it that speaks
 * in no fraction's voice (1834: `answerAfterVoice`). The older Aanhangsel pages print all the questions first, then
 * `Antwoord` and the answers under the same numbers (`1` / `Ja.`, 824): an `Antwoord` label after two or more of those
 * questions opens the answers, and each number under it answers its question. Some lists print the answer under the
 * question's number again (`1.` / the question / `1.` / the answer, 1885). Questions that share an answer stand under
 * one line of their numbers (`1 en 3`, 2280), the answer titled with them all. A question of lettered sub-questions
 * (`1` / `• a. Wat …?` / `• b. Welke …?`, 1973) lists them under it, `Vraag 1a`. Outside a paper of questions a
 * numbered paragraph is a question when it names its asker (`? (Van der Burg, PvdA)`, 496). A lijst van vragen en
 * antwoorden whose text lost its numbers counts its questions (`unnumberedQuestions`). A numbered paragraph that ends
 * no question by a typo (`1` / `Hoeveel geld zit er nog in het pensioenfonds … Antillen.`, 543) is one when it fills
 * the gap between the last question and the next, its answer the paragraph under it (`statedAnswer`); several such
 * paragraphs in a row are when they fill the gap one number each (`gapQuestions`).
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
import { answersNotice, type AnswersNotice } from './answers-notice';
import { MAX_GAP, gapQuestions, type NumberedLine } from './gap-questions';
import { MAX_RULE_LINE, endsSentence, startsUpper, type Line } from './lines';
import { questionAbove } from './question-above';
import {
  ASKED_BY_TAIL,
  BARE_ANSWER,
  ENDS_ASKED_BY,
  ENDS_QUESTION,
  EXCERPT_CHARS,
  LETTERED,
  MAX_LABEL,
  MAX_QUESTION_LINES,
  NUMBERED_ANSWER,
  NUMBERED_BLOCK,
  NUMBERED_PARAGRAPH,
  PARTY_NAME,
  PARTY_QUESTION,
  QUESTION,
  QUESTION_LABEL,
  VOICE,
  asks,
  isAnswerLabel,
  sentenceEnd,
  type LineEntry,
} from './question-shapes';
import { shorten } from './titles';
import { unnumberedQuestions } from './unnumbered-questions';
import { answerAfterVoice, voicedQuestions } from './voiced-questions';

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
  // A question made of lettered sub-questions is titled by its number: each sub-question has its entry
  // (`subQuestions`).
  if (LETTERED.test(excerpt)) return `Vraag ${n}`;
  // The asker's name is no part of what is asked (`… te financieren? (Van der Burg, PvdA)`, 496).
  excerpt = excerpt.slice(0, MAX_RULE_LINE).replace(ASKED_BY_TAIL, '$1');
  return excerpt === '' ? `Vraag ${n}` : `Vraag ${n}: ${shorten(excerpt, EXCERPT_CHARS)}`;
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
