import { MAX_RULE_LINE, endsSentence, startsUpper, type Line } from './lines';
import {
  ENDS_QUESTION,
  FRACTION,
  LATER_VOICE,
  MAX_BLOCK_CHARS,
  MAX_QUESTION_LINES,
  PARTY_QUESTION,
  QUESTION,
  VOICE,
  firstAsking,
  isAnswerLabel,
  isSectionLine,
  opensSentence,
} from './question-shapes';

/** A question found above its answer's label: the line it opens on, and the title's number part and excerpt. */
interface QuestionAbove {
  start: Line;
  party: string | undefined;
  excerpt: string;
}

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
export function questionAbove(
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
