import { splitSentences } from '../commitments/sentences';
import { spanBounds } from '../dates/calendar';
import { toRefDay } from '../dates/resolve';
import type { CommitmentFinding, DateFinding, Span, TimelineEntry } from '../types';
import type { NormalizedText } from '../text/normalize';
import { commitmentLabel, labelAround } from './label';
import { labelWords } from './words';
import { endsWithDeadlineCue } from './deadline';

const KIND_RANK: Record<TimelineEntry['kind'], number> = { commitment: 0, deadline: 1, event: 2 };

/**
 * Dated events, deadlines and commitments, one entry per event, sorted by date. Each date becomes an
 * entry labelled by its clause; the same date mentioned again for the same thing (similar label) merges
 * into the first mention; a commitment with a due date is one `commitment` entry (its due date is not
 * repeated as an event). `relation` compares with the letter date: `past` when the date ends before it,
 * `future` when it starts after it, else `same-day` (for months and years: the period holds the letter date).
 */
export function buildTimeline(
  text: NormalizedText,
  dates: readonly DateFinding[],
  commitments: readonly CommitmentFinding[],
  letterDate: string | null,
  /** `splitSentences(text.text)` when the caller has it already (`analyze` splits once for all finders). */
  textSentences?: readonly Span[],
): TimelineEntry[] {
  const original = text.original;
  const sentences = (textSentences ?? splitSentences(text.text)).map((s) =>
    text.spanToOriginal(s.start, s.end),
  );
  const entries: TimelineEntry[] = [];
  // Spans of the due dates, as start → ends (numbers: no key string per date).
  const dueSpans = new Map<number, number[]>();
  const inOrder = isSortedByStart(dates);
  for (const c of commitments) {
    if (!c.due) continue;
    const due = dueFinding(dates, inOrder, c);
    if (due) {
      const ends = dueSpans.get(due.start);
      if (ends) ends.push(due.end);
      else dueSpans.set(due.start, [due.end]);
    }
    entries.push({
      iso: c.due,
      endIso: due?.endIso ?? null,
      label: commitmentLabel(original, c, due),
      relation: null, // set by `relateAndSort`, for the entries that stay
      kind: 'commitment',
      start: c.start,
      end: c.end,
    });
  }
  for (const d of dates) {
    if (dueSpans.get(d.start)?.includes(d.end)) continue;
    const sentence = sentenceAt(sentences, d) ?? { start: d.start, end: d.end };
    const before = original.slice(Math.max(sentence.start, d.start - 30), d.start);
    entries.push({
      iso: d.iso,
      endIso: d.endIso,
      label: labelAround(original, sentence, d),
      relation: null,
      kind: endsWithDeadlineCue(before) ? 'deadline' : 'event',
      start: d.start,
      end: d.end,
    });
  }
  return relateAndSort(mergeEntries(entries), toRefDay(letterDate)?.n ?? null);
}

function isSortedByStart(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    if ((spans[i] as Span).start < (spans[i - 1] as Span).start) return false;
  }
  return true;
}

/**
 * The first date (in `dates` order) with the commitment's due ISO inside its sentence. When `dates` are
 * sorted by start, only those from the first one starting in the sentence need a look.
 */
function dueFinding(
  dates: readonly DateFinding[],
  inOrder: boolean,
  c: CommitmentFinding,
): DateFinding | null {
  const fits = (d: DateFinding): boolean => d.iso === c.due && d.start >= c.start && d.end <= c.end;
  if (!inOrder) return dates.find(fits) ?? null;
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] as DateFinding).start < c.start) lo = mid + 1;
    else hi = mid;
  }
  // A date that starts after the sentence ends cannot end inside it.
  for (let i = lo; i < dates.length && (dates[i] as DateFinding).start <= c.end; i++) {
    if (fits(dates[i] as DateFinding)) return dates[i] as DateFinding;
  }
  return null;
}

/** The sentence that contains `span` (binary search over sorted, disjoint sentences). */
function sentenceAt(sentences: readonly Span[], span: Span): Span | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Span;
    if (span.start < s.start) hi = mid - 1;
    else if (span.start >= s.end) lo = mid + 1;
    else return { start: s.start, end: Math.max(s.end, span.end) };
  }
  return null;
}

function similar(a: string, b: string, wordsOf: (label: string) => Set<string>): boolean {
  if (a === b) return true;
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (wa.size === 0 || wb.size === 0) return false;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared) >= 0.5;
}

/** Same date, same thing: keep the first mention, and the strongest kind (commitment > deadline > event). */
function mergeEntries(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const byDate = new Map<string, TimelineEntry[]>();
  const out: TimelineEntry[] = [];
  const ordered = [...entries].sort((a, b) => a.start - b.start);
  // A label is compared with up to 20 others: split it into words once.
  const cache = new Map<string, Set<string>>();
  const wordsOf = (label: string): Set<string> => {
    let w = cache.get(label);
    if (!w) {
      w = labelWords(label);
      cache.set(label, w);
    }
    return w;
  };
  for (const e of ordered) {
    const key = `${e.iso}|${e.endIso ?? ''}`;
    const group = byDate.get(key) ?? [];
    // Compare with the latest few mentions only, so a date repeated thousands of times stays cheap.
    let twin: TimelineEntry | undefined;
    for (let i = Math.max(0, group.length - 20); i < group.length && !twin; i++) {
      const g = group[i] as TimelineEntry;
      if (similar(g.label, e.label, wordsOf)) twin = g;
    }
    if (twin) {
      if (KIND_RANK[e.kind] < KIND_RANK[twin.kind]) twin.kind = e.kind;
      continue;
    }
    const copy = { ...e };
    group.push(copy);
    byDate.set(key, group);
    out.push(copy);
  }
  return out;
}

/**
 * `relation` of each entry against the letter day, then the entries sorted by date (first day, last day,
 * then place). Each entry's day bounds are computed once, not in every comparison.
 */
function relateAndSort(entries: TimelineEntry[], refDay: number | null): TimelineEntry[] {
  const firsts = new Float64Array(entries.length);
  const lasts = new Float64Array(entries.length);
  entries.forEach((e, i) => {
    const b = spanBounds(e.iso, e.endIso);
    if (refDay !== null && b)
      e.relation = b.last < refDay ? 'past' : b.first > refDay ? 'future' : 'same-day';
    firsts[i] = b ? b.first : Infinity;
    lasts[i] = b ? b.last : Infinity;
  });
  const order = entries.map((_, i) => i);
  // Infinity − Infinity is NaN, which counts as a tie, as before.
  order.sort(
    (i, j) =>
      (firsts[i] as number) - (firsts[j] as number) ||
      (lasts[i] as number) - (lasts[j] as number) ||
      (entries[i] as TimelineEntry).start - (entries[j] as TimelineEntry).start,
  );
  return order.map((i) => entries[i] as TimelineEntry);
}
