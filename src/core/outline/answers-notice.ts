import { MAX_RULE_LINE, type Line } from './lines';

/**
 * A verslag's notice that its questions were answered, and whether the answers follow each question or stand in a part
 * of their own after all the questions (`answersNotice`).
 */

/**
 * The verslag says its questions were answered, and the answers stand in it: `Bij brief van 8 februari 2023 zijn de
 * vragen beantwoord.`, `Vragen en opmerkingen vanuit de fracties en reactie van de Minister` (1834); the notice may
 * wrap (`Bij brief van 18 september 2024 zijn` / `de vragen beantwoord.`, 616), and name who answered or how between
 * the questions and the verb, within its sentence (`zijn de vragen door de Minister voor Milieu en Wonen beantwoord.`,
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
export interface AnswersNotice {
  /** The line after which the notice that the answers stand in it has been read; -1 when there is none. */
  given: number;
  /** The answers follow each question, not in a part of their own after all the questions. */
  interleaved: boolean;
}

/**
 * Read the verslag's opening from `from`: does it say the questions were answered (`ANSWERS_GIVEN`), and are the
 * answers printed under the questions (`REACTION_WITH_QUESTIONS`, or no part of their own: `SEPARATE_PARTS`)?
 */
export function answersNotice(lines: readonly Line[], from: number): AnswersNotice {
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
