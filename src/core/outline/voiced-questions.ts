import {
  MAX_RULE_LINE,
  endsPunctuated,
  endsSentence,
  endsWithFunctionWord,
  startsLower,
  startsUpper,
  type Line,
} from './lines';
import {
  ASKED_BY_TAIL,
  EXCERPT_CHARS,
  FRACTION,
  LATER_VOICE,
  MAX_BLOCK_CHARS,
  MAX_QUESTION_LINES,
  MAX_SECTION_LINE,
  NUMBERED_PARAGRAPH,
  QUESTION,
  SENTENCE_ENDS,
  VOICE,
  firstAsking,
  isAnswerLabel,
  opensSentence,
  sentenceEnd,
  type LineEntry,
} from './question-shapes';
import { shorten } from './titles';

/**
 * Questions in a verslag that prints neither numbers nor labels (1521, 2554): a question is a run of passages in a
 * fraction's voice or that ask, its answer the first passage after it that speaks in no fraction's voice and asks
 * nothing (`voicedQuestions`); in a verslag with numbered questions, the answer under a question in a fraction's voice
 * (`answerAfterVoice`, 1834).
 */

/**
 * The fraction's voice anywhere in a passage: its members named (`De voorkeur van ABN AMRO … is begrijpelijk, maar de
 * leden van de D66-fractie horen graag …`, 1521; `…, zo vragen de leden van de VVD-fractie.`, 2291), or a sentence that
 * opens with them (`LATER_VOICE`: `Zij vragen …`). Such a passage is the fraction's, never the government's answer.
 */
const MEMBERS =
  /\b(?:de|deze|die|genoemde|voornoemde|bovengenoemde)\s+leden\b|\bhet\s+lid\s+van\b|-fractie\b|\bfractie\s+van\b/iu;
/**
 * A sentence in the fraction's voice that asks though it ends in a full stop: the members ask, request or want to know
 * (`Deze leden vragen naar de relatie …`, 1521; `Deze leden vragen aan de Minister om deze agenda …`, 616; `Deze leden
 * verzoeken de regering …`, 2706; `… horen graag …`, `… zijn benieuwd …`; `Allereerst willen zij vragen waarom …`,
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
export function voiced(text: string): boolean {
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
 * The line the answer begins on, for a fraction's numbered question on line `label` in a verslag that holds the answers
 * under the questions, taken by its voice rather than by a question mark (`1. De leden van de VVD-fractie constateren …
 * De leden van de VVD-fractie vragen de Minister welke meetbare effecten deze capaciteitsuitbreiding heeft
 * opgeleverd.`, 1834): the first passage after the question has asked (`Deze leden vragen aan de Minister om deze
 * agenda …`, 616) that is the government's (`answersAt`: `Het vorige kabinet heeft in het regeerakkoord 2017–2021 €
 * 50.5 miljoen vrijgemaakt …`, 1834; `De agenda voor de informele bijeenkomst …`, 616, in a text wrapped without blank
 * lines). The question's own later passages speak in its voice (`Deze leden …`) or ask. Undefined at a break in the
 * prose (a table's cell, `Doel`, 1834), before the next number or a line another part claimed.
 */
export function answerAfterVoice(
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
export function voicedQuestions(
  lines: readonly Line[],
  from: number,
  skip: ReadonlySet<number>,
): LineEntry[] {
  const entries: LineEntry[] = [];
  let party: string | undefined;
  // A heading names the fraction whose questions follow (`Vragen en opmerkingen van de leden van de VVD-fractie`,
  // 2554).
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
