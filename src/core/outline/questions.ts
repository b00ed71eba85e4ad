/**
 * Question/answer pairs in answers to written questions (Aanhangsel Handelingen, kamervragen pages).
 *
 * Shapes (fixture letters 13 and 14; officielebekendmakingen `div.vraag` pages):
 *   `Vraag 1` / `Antwoord 1` on their own lines, also `Vraag 1:` and `Vraag 1: Kent u …?`;
 *   `Antwoord op vraag 1`;
 *   numbered question blocks `1. Kent u het bericht …?` (or a bare `1`) followed by `Antwoord` / `Antwoord:`.
 * A numbered line only counts as a question when an unnumbered `Antwoord` line answers it, so
 * numbered headings (`1. Inleiding`) in ordinary letters are left alone.
 */
import type { OutlineEntry } from '../types';
import { type Line, MAX_RULE_LINE } from './lines';
import { shorten } from './titles';

/** An outline entry in NORMALIZED offsets, with the line it stands on. */
export interface LineEntry extends OutlineEntry {
  line: number;
}

const QUESTION = /^Vraag\s+(\d{1,3})\s*[:.)]?(?:\s+(.*))?$/;
const NUMBERED_ANSWER = /^Antwoord(?:\s+op\s+vra(?:ag|gen))?\s+(\d{1,3})\b/;
const BARE_ANSWER = /^Antwoord\s*(?::.*)?$/;
const NUMBERED_BLOCK = /^(\d{1,3})\s*[.)]?(?:\s+(.*))?$/;

/** Question excerpts stay short: the title has to fit a sidebar row. */
const EXCERPT_CHARS = 60;

function questionTitle(lines: readonly Line[], line: Line, n: string, rest: string | undefined): string {
  let excerpt = rest?.trim() ?? '';
  // The question text usually sits on the lines under the `Vraag 1` label.
  for (
    let i = line.index + 1;
    excerpt.length < EXCERPT_CHARS && i < lines.length && i < line.index + 4;
    i++
  ) {
    const next = (lines[i] as Line).text;
    if (next === '') {
      if (excerpt !== '') break;
      continue;
    }
    if (BARE_ANSWER.test(next) || NUMBERED_ANSWER.test(next) || QUESTION.test(next)) break;
    excerpt = excerpt === '' ? next : `${excerpt} ${next}`;
  }
  excerpt = excerpt.slice(0, MAX_RULE_LINE);
  return excerpt === '' ? `Vraag ${n}` : `Vraag ${n}: ${shorten(excerpt, EXCERPT_CHARS)}`;
}

export function findQuestions(lines: readonly Line[], from: number, skip: ReadonlySet<number>): LineEntry[] {
  const entries: LineEntry[] = [];
  /** The last `Vraag N` still waiting for its answer. */
  let open: { n: string; line: number } | null = null;
  /** The last numbered line since the last answer: a candidate question block. */
  let numbered: { n: string; line: Line; rest: string | undefined } | null = null;

  const question = (line: Line, n: string, rest: string | undefined): void => {
    entries.push({
      level: 1,
      kind: 'question',
      title: questionTitle(lines, line, n, rest),
      start: line.contentStart,
      line: line.index,
    });
  };
  const answer = (line: Line, n: string): void => {
    entries.push({
      level: 2,
      kind: 'answer',
      title: `Antwoord ${n}`,
      start: line.contentStart,
      line: line.index,
    });
    open = null;
    numbered = null;
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
      question(line, m[1] as string, m[2]);
      open = { n: m[1] as string, line: i };
      numbered = null;
      continue;
    }
    m = NUMBERED_ANSWER.exec(t);
    if (m) {
      const n = m[1] as string;
      const pending = numbered as { n: string; line: Line; rest: string | undefined } | null;
      if ((open === null || open.n !== n) && pending && pending.n === n)
        question(pending.line, n, pending.rest);
      answer(line, n);
      continue;
    }
    if (BARE_ANSWER.test(t)) {
      const pendingOpen = open as { n: string; line: number } | null;
      const pending = numbered as { n: string; line: Line; rest: string | undefined } | null;
      if (pendingOpen) answer(line, pendingOpen.n);
      else if (pending) {
        question(pending.line, pending.n, pending.rest);
        answer(line, pending.n);
      }
      continue;
    }
    m = NUMBERED_BLOCK.exec(t);
    if (m && open === null) numbered = { n: m[1] as string, line, rest: m[2] };
  }
  return entries;
}
