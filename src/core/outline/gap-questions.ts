import { MAX_RULE_LINE, endsSentence, startsUpper, type Line } from './lines';
import { MAX_QUESTION_LINES, QUESTION, isAnswerLabel } from './question-shapes';

/**
 * Numbered paragraphs that end no question by a typo (`1` / `Hoeveel geld zit er nog in het pensioenfonds …
 * Antillen.`, 543) but fill the gap between the last question and the next: questions, their answers the paragraphs
 * under them (`statedAnswer`, `gapQuestions`).
 */

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

/** A numbered line that may head a question: its first number, all its numbers, the line and the text after them. */
export interface NumberedLine {
  n: string;
  all: string;
  line: Line;
  rest: string | undefined;
}

/** The most numbers a gap between two questions is filled with (`gapQuestions`). */
export const MAX_GAP = 9;

/**
 * The numbered lines that fill the gap between the last question asked (`lastAsked`) and question `next` on line
 * `until`, each with the answer under it (`statedAnswer`), or none: the last of the numbered lines not taken since the
 * last question must be the missing numbers exactly, one each and in order (`1` / `Hoeveel geld zit er nog in het
 * pensioenfonds … Antillen.` / its answer / `2` that asks, 543; or `4.` and `5.` both ending in a full stop between
 * questions 3 and 6), and each must be a question paragraph with its answer under it before the next number.
 */
export function gapQuestions(
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
