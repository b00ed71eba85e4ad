import type { AnalysisResult } from '../core/types';
import type { HighlightCategory } from '../dom/highlight/names';

/**
 * One marked place in the text, in reading order: an acronym occurrence, a citation (the
 * entries of one citation of several papers share a target), or a date.
 */
export type FindingTarget =
  | { kind: 'acronym'; start: number; end: number; acronym: number; occurrence: number }
  | { kind: 'citation'; start: number; end: number; citations: number[] }
  | { kind: 'date'; start: number; end: number; date: number };

export type TargetKind = FindingTarget['kind'];

/** The highlight category a target is painted in. */
export const CATEGORY_OF: Readonly<Record<TargetKind, HighlightCategory>> = {
  acronym: 'acronym',
  citation: 'citation',
  date: 'date',
};

/** All targets of the kinds asked for, sorted by start (then the shorter first). */
export function buildTargets(result: AnalysisResult, kinds: ReadonlySet<TargetKind>): FindingTarget[] {
  const out: FindingTarget[] = [];
  if (kinds.has('acronym')) {
    result.acronyms.forEach((a, acronym) => {
      a.occurrences.forEach((o, occurrence) => {
        if (o.end > o.start) out.push({ kind: 'acronym', start: o.start, end: o.end, acronym, occurrence });
      });
    });
  }
  if (kinds.has('citation')) {
    const bySpan = new Map<string, FindingTarget & { kind: 'citation' }>();
    result.citations.forEach((c, i) => {
      if (!(c.end > c.start)) return;
      const key = `${c.start}:${c.end}`;
      const known = bySpan.get(key);
      if (known) known.citations.push(i);
      else {
        const t = { kind: 'citation' as const, start: c.start, end: c.end, citations: [i] };
        bySpan.set(key, t);
        out.push(t);
      }
    });
  }
  if (kinds.has('date')) {
    result.dates.forEach((d, date) => {
      if (d.end > d.start) out.push({ kind: 'date', start: d.start, end: d.end, date });
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Index of the last target with `start <= offset`, or -1. */
function lastStartingAtOrBefore(targets: readonly FindingTarget[], offset: number): number {
  let lo = 0;
  let hi = targets.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((targets[mid] as FindingTarget).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Targets over the character at `offset` or the one before it (a caret position lies between
 * two characters; the pointer is over one of them), most specific (shortest) first. Binary
 * search, then a walk back bounded by the longest target.
 */
export function targetsNear(targets: readonly FindingTarget[], offset: number, maxLength: number): number[] {
  const hits: number[] = [];
  for (let i = lastStartingAtOrBefore(targets, offset); i >= 0; i--) {
    const t = targets[i] as FindingTarget;
    if (t.start < offset - maxLength) break;
    if (t.start <= offset && offset <= t.end) hits.push(i);
  }
  return hits.sort((a, b) => span(targets[a]) - span(targets[b]) || a - b);
}

function span(t: FindingTarget | undefined): number {
  return t ? t.end - t.start : 0;
}

/** The longest target, bounding the walk back in `targetsNear`. */
export function longestTarget(targets: readonly FindingTarget[]): number {
  let max = 0;
  for (const t of targets) max = Math.max(max, t.end - t.start);
  return max;
}

/**
 * The next target in reading order after `from` (dir 1) or before it (dir -1), wrapping around;
 * `from` null starts at the first (or last). `after` is an offset to start from instead, when
 * no target is current (the reader's place, e.g. the top of the viewport).
 */
export function stepTarget(
  targets: readonly FindingTarget[],
  from: number | null,
  dir: 1 | -1,
  after?: number,
): number | null {
  const n = targets.length;
  if (n === 0) return null;
  if (from !== null && from >= 0 && from < n) return (from + dir + n) % n;
  if (after !== undefined) {
    const i = lastStartingAtOrBefore(targets, after - 1);
    return dir === 1 ? (i + 1) % n : i >= 0 ? i : n - 1;
  }
  return dir === 1 ? 0 : n - 1;
}

/** The target of an acronym's occurrence, for previous/next occurrence buttons. */
export function findTarget(
  targets: readonly FindingTarget[],
  match: (t: FindingTarget) => boolean,
): number | null {
  const i = targets.findIndex(match);
  return i < 0 ? null : i;
}

/** Characters either side of a finding that tell one occurrence of its words from another. */
const AROUND = 40;

/**
 * The target of a new reading (`targets` over `text`) that is `old` of the previous one (over `oldText`),
 * or -1 when it is gone: of the same kind and the same words, with the same words around it (as far as
 * both texts go: the text before or after it grew or shrank, as content arrives), the nearest one when
 * there are several; else the one with the same words at the same place (the words beside it changed).
 */
export function sameFinding(
  targets: readonly FindingTarget[],
  text: string,
  old: FindingTarget,
  oldText: string,
): number {
  let found = -1;
  let best = Infinity;
  targets.forEach((t, i) => {
    if (t.kind !== old.kind || t.end - t.start !== old.end - old.start) return;
    const before = Math.min(AROUND, t.start, old.start);
    const after = Math.min(AROUND, text.length - t.end, oldText.length - old.end);
    const d =
      text.slice(t.start - before, t.end + after) === oldText.slice(old.start - before, old.end + after)
        ? Math.abs(t.start - old.start)
        : t.start === old.start && text.slice(t.start, t.end) === oldText.slice(old.start, old.end)
          ? 1e15
          : Infinity;
    if (d < best) [found, best] = [i, d];
  });
  return found;
}
