import type { DateFinding } from '../types';

/**
 * `na de zomer`, `kort na het zomerreces`, `na afloop van de zomer`, `na 2025`: the words right before a due
 * date that put the delivery after the period the date names, not in it.
 */
const AFTER_BEFORE = /\bna\s+(?:afloop\s+van\s+)?(?:de\s+|het\s+)?$/i;

/**
 * Words right before a due date that make its start the time that counts: `voor de zomer` and `vóór het
 * zomerreces` (before the period begins: `Ik zal uw Kamer voor het zomerreces informeren over …`, 910, is due in
 * July, when the recess begins, not at its end in August), `tot de jaarwisseling` (until it begins, 1015), `vanaf
 * het najaar`, `begin het voorjaar`. Not `tot en met`, which takes the period in, nor `rond de zomer`: around the
 * summer is roughly in it, as `in de zomer` is, and so due by its end; its start would say June for what may come in
 * August (`zal het kabinet rond de zomer van 2022 besluiten`, 39).
 */
const START_BEFORE = /\b(?:v[oó]{2}r|tot|vanaf|begin)\s+(?:(?:de|het)\s+)?$/i;

/**
 * A meeting in a period, before which the delivery comes: `dat uw Kamer voorafgaand aan de voorziene behandeling van de
 * begroting JenV in week 48 een tweede nota van wijziging krijgt toegestuurd` (268). The meeting may be on the period's
 * first day, so the delivery is due by then, as before the period itself (START_BEFORE). Read on the 160 characters
 * before the date.
 */
const BEFORE_MEETING_IN =
  /\b(?:v[oó]{2}r|voorafgaand(?:e)? aan|ter voorbereiding (?:op|van))\s+(?:het|de)\s+(?:[^\s.,;:()]+\s+){0,3}?[^\s.,;:()]*(?:overleg|debat|behandeling|vergadering)(?:\s+[^\s.,;:()]+){0,5}?\s+in\s+(?:het\s+|de\s+)?$/i;

/**
 * The middle of a period, which the dates give as the two months around it (`medio 2026`: June and July): a point
 * in time, not a period to come within. By the end of the first month is by the middle.
 */
const MIDDLE = /^(?:medio|half|midden|halverwege)\b/i;

/**
 * The due ISO of a commitment whose due date is `d`, in the dates' own ISO forms (day, month, year):
 * - a date that names a period of several months or days is due at its end, the time by which it comes:
 *   `uiterlijk in het eerste kwartaal van 2026` (335) by March 2026, `In het najaar` (184) by November, `deze week`
 *   by its Sunday. A month or a year is one ISO already (`in maart 2016`, `in 2014`), and so is a point the dates
 *   give no end (`eind 2013`, `begin 2010`): their own;
 * - before, until or from a period (START_BEFORE), or before a meeting in it (BEFORE_MEETING_IN), its start: `voor de
 *   zomer` in June, `voor het zomerreces` in July, `voorafgaand aan de … behandeling … in week 48` on its Monday (around one, `rond de zomer`, is roughly in it: by its end, August); and the middle of a year (`medio 2026`, MIDDLE) by the end of June;
 * - after `na`, the month (or year) that follows the period. `Ik verwacht u na de zomer te kunnen informeren` in a
 *   letter of June 2013 (310) is due from September 2013, not in June; `na 2025` (526) from 2026. A day keeps its
 *   own ISO: `na 1 juli` is due from that day on, and a day after it would only look more precise than the letter is.
 */
export function dueIso(original: string, d: DateFinding): string {
  const before = original.slice(Math.max(0, d.start - 24), d.start);
  const last = d.endIso ?? d.iso;
  if (!AFTER_BEFORE.test(before)) {
    const start =
      START_BEFORE.test(before) ||
      MIDDLE.test(d.text) ||
      BEFORE_MEETING_IN.test(original.slice(Math.max(0, d.start - 160), d.start));
    return start ? d.iso : last;
  }
  if (last.length === 10) return d.iso;
  const year = Number(last.slice(0, 4));
  if (last.length === 4) return String(year + 1);
  const month = Number(last.slice(5, 7));
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}
