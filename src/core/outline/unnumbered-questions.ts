import {
  MAX_RULE_LINE,
  endsPunctuated,
  endsSentence,
  endsWithFunctionWord,
  startsUpper,
  type Line,
} from './lines';
import {
  ASKED_BY_TAIL,
  ENDS_QUESTION,
  EXCERPT_CHARS,
  MAX_LABEL,
  sentenceEnd,
  type LineEntry,
} from './question-shapes';
import { shorten } from './titles';

/**
 * The questions of a lijst van vragen en antwoorden whose numbers the text lost (the page prints them as a numbered
 * list: 2801, 594, 829): each question a paragraph of its own that ends in `?` (or several, one after another, one
 * question: `Ziet de Algemene Rekenkamer voordelen …? Zo ja, welke? (blz. 5)`), its answer the paragraph under it,
 * a sentence that states. They are counted as the page numbers them, `Vraag 1`, `Vraag 2`, …. A question opens its
 * paragraph (the line above ends a sentence, is a heading, or is another part's), so the last line of a question
 * wrapped over lines is not taken for one; a paragraph that asks with no answer under it (a question asked in an
 * answer, the last question of a text that breaks off) is no question of the list.
 */
export function unnumberedQuestions(
  lines: readonly Line[],
  from: number,
  skip: ReadonlySet<number>,
): LineEntry[] {
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
