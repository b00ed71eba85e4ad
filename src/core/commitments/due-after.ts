import type { DateFinding } from '../types';

/**
 * `na de zomer`, `kort na het zomerreces`, `na afloop van de zomer`, `na 2025`: the words right before a due
 * date that put the delivery after the period the date names, not in it.
 */
const AFTER_BEFORE = /\bna\s+(?:afloop\s+van\s+)?(?:de\s+|het\s+)?$/i;

/**
 * The due ISO of a commitment whose due date is `d`: the date's own, or, after `na`, the month (or year) that
 * follows the period. `Ik verwacht u na de zomer te kunnen informeren` in a letter of June 2013 (310) is due
 * from September 2013, not in June; `na 2025` (526) from 2026. A day keeps its own ISO: `na 1 juli` is due
 * from that day on, and a day after it would only look more precise than the letter is.
 */
export function dueIso(original: string, d: DateFinding): string {
  const last = d.endIso ?? d.iso;
  if (last.length === 10 || !AFTER_BEFORE.test(original.slice(Math.max(0, d.start - 24), d.start)))
    return d.iso;
  const year = Number(last.slice(0, 4));
  if (last.length === 4) return String(year + 1);
  const month = Number(last.slice(5, 7));
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}
