import type { Span } from '../types';

/**
 * Short timeline labels from the text around a date: the clause the date sits in (between commas,
 * brackets, colons), without the date itself, widened to the sentence when the clause says too little,
 * and cut to `MAX_LABEL` characters around the place of the date.
 */

export const MAX_LABEL = 80;
const MIN_LABEL = 15;

/** Clause delimiters, narrow then wide. */
const NARROW = new Set([',', ';', ':', '(', ')', '[', ']', '–', '—']);
const WIDE = new Set([';', ':', '(', ')', '[', ']']);

/** A preposition left dangling before a removed date: `Op`, `in`, `d.d.`, `tot en met`. */
const DANGLING_BEFORE =
  /(?:^|\s)(?:op|in|van|per|d\.\s?d\.|sinds|vanaf|tot(?: en met)?|t\/m|voor|vóór|na|rond|omstreeks|uiterlijk|tijdens|met ingang van)\s*$/i;

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Trim white space and loose punctuation at both ends (keeps closing brackets and quotes that pair up). */
function tidy(s: string): string {
  return collapse(s)
    .replace(/^[\s,;:.–—-]+/, '')
    .replace(/[\s,;:.–—-]+$/, '');
}

function capitalize(s: string): string {
  return s.length === 0 ? s : (s[0] as string).toUpperCase() + s.slice(1);
}

/** The clause around [ds, de) in `s`: from the last delimiter before to the first after. */
function clause(
  s: string,
  ds: number,
  de: number,
  delimiters: ReadonlySet<string>,
): { left: number; right: number } {
  let left = ds;
  while (left > 0 && !delimiters.has(s[left - 1] as string)) left--;
  let right = de;
  while (right < s.length && !delimiters.has(s[right] as string)) right++;
  return { left, right };
}

/**
 * Words of `before` (from its end) and `after` (from its start), taken alternately, `after` first
 * (Dutch puts the verb after a fronted date: `Op 12 en 13 oktober komen de Ministers … bijeen`).
 */
function windowed(before: string, after: string, max: number): string {
  const b = before.split(' ').filter(Boolean);
  const a = after.split(' ').filter(Boolean);
  const left: string[] = [];
  const right: string[] = [];
  let length = 0;
  let bi = b.length - 1;
  let ai = 0;
  while (bi >= 0 || ai < a.length) {
    let progressed = false;
    for (const side of ['after', 'before'] as const) {
      const w = side === 'after' ? a[ai] : b[bi];
      if (w === undefined) continue;
      if (length + w.length + 1 > max - 2) continue;
      if (side === 'after') {
        right.push(w);
        ai++;
      } else {
        left.unshift(w);
        bi--;
      }
      length += w.length + 1;
      progressed = true;
    }
    if (!progressed) break;
  }
  const head = bi >= 0 ? '…' : '';
  const tail = ai < a.length ? '…' : '';
  return collapse(`${head}${left.join(' ')} ${right.join(' ')}${tail}`);
}

/** Text around a date span, made into a label from the original text. */
export function labelAround(original: string, sentence: Span, date: Span): string {
  const s = original.slice(sentence.start, sentence.end);
  const ds = Math.max(0, date.start - sentence.start);
  const de = Math.min(s.length, date.end - sentence.start);
  for (const delimiters of [NARROW, WIDE, null]) {
    const { left, right } = delimiters ? clause(s, ds, de, delimiters) : { left: 0, right: s.length };
    const before = collapse(s.slice(left, ds)).replace(DANGLING_BEFORE, '');
    const after = collapse(s.slice(de, right));
    const text = tidy(`${before} ${after}`);
    if (text.length >= MIN_LABEL) return capitalize(shorten(tidy(before), tidy(after)));
  }
  // Nothing but the date (a table cell, a date line): show the sentence with the date.
  return capitalize(shortenPlain(tidy(s)));
}

function shorten(before: string, after: string): string {
  const full = collapse(`${before} ${after}`);
  if (full.length <= MAX_LABEL) return full;
  return windowed(before, after, MAX_LABEL);
}

/** A label from any text: cut at a word boundary. */
export function shortenPlain(s: string): string {
  const text = collapse(s);
  if (text.length <= MAX_LABEL) return text;
  const cut = text.lastIndexOf(' ', MAX_LABEL - 1);
  return `${text.slice(0, cut > MAX_LABEL / 2 ? cut : MAX_LABEL - 1)}…`;
}

/** A commitment label: its sentence without the due date, cut to size. */
export function commitmentLabel(original: string, sentence: Span, due: Span | null): string {
  if (!due) return capitalize(shortenPlain(tidy(original.slice(sentence.start, sentence.end))));
  const s = original.slice(sentence.start, sentence.end);
  const before = collapse(s.slice(0, due.start - sentence.start)).replace(DANGLING_BEFORE, '');
  const after = collapse(s.slice(due.end - sentence.start));
  return capitalize(shortenPlain(tidy(`${before} ${after}`)));
}
