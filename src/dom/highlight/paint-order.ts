import type { Span } from '../../core/types';

/**
 * Spans in the order to paint them: sorted by position, then outward from `pivot` (the text
 * offset in the middle of the viewport), alternating after and before it, so what the reader
 * sees is painted first. Without a pivot: reading order. Linear after the sort.
 */
export function nearestFirst(spans: readonly Span[], pivot: number | null): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  if (pivot === null || !Number.isFinite(pivot)) return sorted;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as Span).start < pivot) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  let after = lo;
  let before = lo - 1;
  while (after < sorted.length || before >= 0) {
    if (after < sorted.length) out.push(sorted[after++] as Span);
    if (before >= 0) out.push(sorted[before--] as Span);
  }
  return out;
}
