import { splitSentences } from '../commitments/sentences';
import { spanBounds } from '../dates/calendar';
import { toRefDay } from '../dates/resolve';
import type { CommitmentFinding, DateFinding, Span, TimelineEntry } from '../types';
import type { NormalizedText } from '../text/normalize';
import { commitmentLabel, labelAround } from './label';

/** `uiterlijk 1 juli`, `voor 1 januari 2023`, `vóór de zomer`, `niet later dan …`: the date is a deadline. */
const DEADLINE_BEFORE = /(?:\buiterlijk|(?:^|\s)vóór|\bvoor|\bniet later dan)(?:\s+(?:de|het))?\s*$/i;

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
  const ref = toRefDay(letterDate);
  const relation = (iso: string, endIso: string | null): TimelineEntry['relation'] => {
    const b = spanBounds(iso, endIso);
    if (!ref || !b) return null;
    return b.last < ref.n ? 'past' : b.first > ref.n ? 'future' : 'same-day';
  };

  const entries: TimelineEntry[] = [];
  const dueSpans = new Set<string>();
  for (const c of commitments) {
    if (!c.due) continue;
    const due = dates.find((d) => d.iso === c.due && d.start >= c.start && d.end <= c.end) ?? null;
    if (due) dueSpans.add(`${due.start}:${due.end}`);
    entries.push({
      iso: c.due,
      endIso: due?.endIso ?? null,
      label: commitmentLabel(original, c, due),
      relation: relation(c.due, due?.endIso ?? null),
      kind: 'commitment',
      start: c.start,
      end: c.end,
    });
  }
  for (const d of dates) {
    if (dueSpans.has(`${d.start}:${d.end}`)) continue;
    const sentence = sentenceAt(sentences, d) ?? { start: d.start, end: d.end };
    const before = original.slice(Math.max(sentence.start, d.start - 30), d.start);
    entries.push({
      iso: d.iso,
      endIso: d.endIso,
      label: labelAround(original, sentence, d),
      relation: relation(d.iso, d.endIso),
      kind: DEADLINE_BEFORE.test(before) ? 'deadline' : 'event',
      start: d.start,
      end: d.end,
    });
  }
  return sortEntries(mergeEntries(entries));
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

/** Content words of a label, for comparing two mentions. */
function words(label: string): Set<string> {
  return new Set(
    label
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3),
  );
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
      w = words(label);
      cache.set(label, w);
    }
    return w;
  };
  for (const e of ordered) {
    const key = `${e.iso}|${e.endIso ?? ''}`;
    const group = byDate.get(key) ?? [];
    // Compare with the latest few mentions only, so a date repeated thousands of times stays cheap.
    const twin = group.slice(-20).find((g) => similar(g.label, e.label, wordsOf));
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

function sortEntries(entries: TimelineEntry[]): TimelineEntry[] {
  const bounds = (e: TimelineEntry) => spanBounds(e.iso, e.endIso) ?? { first: Infinity, last: Infinity };
  return entries.sort((a, b) => {
    const ba = bounds(a);
    const bb = bounds(b);
    return ba.first - bb.first || ba.last - bb.last || a.start - b.start;
  });
}
