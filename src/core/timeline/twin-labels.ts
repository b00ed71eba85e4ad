import type { TimelineEntry } from '../types';
import { isLetterOrDigit, onlyWhiteSpaceFrom } from '../text/chars';
import { dateKey } from './date-key';
import { itemAround, namesOtherLetters } from './letter-items';
import type { LetterItem, LetterItems } from './letter-items';
import {
  MAX_LABEL,
  SUBJECT_MARKER_WORDS,
  collapseRange,
  endsClause,
  holdsWord,
  isLoose,
  joinParts,
  stripLooseStart,
} from './label-chars';
import { danglingStart } from './dangling';
import { shortNamesAfter, shortNamesBefore } from './ministry-names';
import { FUNCTION_WORDS } from './function-words';
import { wordWindow } from './word-window';
import { capitalize } from './plain-label';

/**
 * Entries of one date that kept the same label though they are two things (two letters of one sender on one
 * day, which `mergeEntries` keeps apart by their citations or subjects) get labels that tell them apart: the
 * words around each date up to the first word where their texts differ, cut to size around that word (see
 * `twinLabel`). `…van de Minister van Defensie met de beantwoording van vragen van de commissie…` was the label of
 * two letters of 23 oktober 2017 (293), one about `het Materieelprojectenoverzicht (MPO) 2017`, the other about
 * `de inzetbaarheidsrapportage 2017`, beyond the 80 characters of a label (since the second goes whole, they are told
 * apart as letters whose labels differ, see `distinguishCutSubjects`). Labels change only when all of the group's new
 * labels differ; texts alike within their items keep theirs. Changes `entries` in place.
 */
export function distinguishTwins(
  original: string,
  entries: readonly TimelineEntry[],
  /** The paper's letters' items, where two letters whose labels differ may still not tell them apart. */
  items?: LetterItems,
): void {
  // By label first: most labels are unique, and only those seen twice are grouped by their dates.
  const byLabel = new Map<string, TimelineEntry[]>();
  for (const e of entries) {
    if (e.kind === 'commitment' || e.sentence === undefined) continue;
    const same = byLabel.get(e.label);
    if (same) same.push(e);
    else byLabel.set(e.label, [e]);
  }
  for (const same of byLabel.values()) {
    if (same.length < 2) continue;
    const byDate = new Map<string, TimelineEntry[]>();
    for (const e of same) {
      const group = byDate.get(dateKey(e));
      if (group) group.push(e);
      else byDate.set(dateKey(e), [e]);
    }
    for (const group of byDate.values()) {
      if (group.length > 1 && group.length <= MAX_TWINS) relabel(original, group);
    }
  }
  if (items) distinguishCutSubjects(original, entries, items);
}

/**
 * Two letters of one date whose labels differ, where one label, cut at its end, shows of its subject only words that
 * the other letter's subject starts with too, are twins as well: `…van de Minister van Defensie met de beantwoording
 * van vragen van de commissie…` and `…met de beantwoording van vragen van de commissie over de inzetbaarheidsrapportage
 * 2017` (293), after the second went whole up to LABEL_STRETCH past MAX_LABEL; the first named nothing of its own
 * subject. Only two letters that their items tell apart (see `namesOtherLetters`): two mentions of one letter are one
 * thing, which `mergeEntries` keeps apart only for other reasons. Relabelled as a pair (see `relabel`).
 */
function distinguishCutSubjects(
  original: string,
  entries: readonly TimelineEntry[],
  items: LetterItems,
): void {
  // Only the dates of letters' labels cut at their end are grouped: few labels are.
  const byDate = new Map<string, TimelineEntry[]>();
  for (const e of entries) {
    if (e.kind === 'commitment' || !e.label.endsWith('…') || items.of(e)?.subject == null) continue;
    const key = dateKey(e);
    const group = byDate.get(key);
    if (group) group.push(e);
    else byDate.set(key, [e]);
  }
  if (byDate.size === 0) return;
  for (const e of entries) {
    if (e.kind === 'commitment' || e.label.endsWith('…')) continue;
    const group = byDate.get(dateKey(e));
    if (group !== undefined && items.of(e) !== null) group.push(e);
  }
  for (const group of byDate.values()) {
    if (group.length < 2 || group.length > MAX_TWINS) continue;
    for (const a of group) {
      if (!a.label.endsWith('…')) continue;
      const shown = shownSubject(a.label);
      // Not a label cut where the text stops (see `markCut`): its words up to the cut are no subject to show.
      if (shown === null || runsToTextEnd(original, a)) continue;
      const ia = items.of(a) as LetterItem;
      for (const b of group) {
        if (b === a || b.label === a.label) continue;
        const ib = items.of(b);
        if (ib === null || !namesOtherLetters(ia, ib) || !subjectStartsWith(original, b, shown)) continue;
        relabel(original, [a, b]);
        break;
      }
    }
  }
}

/**
 * The words of a letter's subject that a label cut at its end shows: from the first subject marker in it (`inzake`,
 * `met`, …, see SUBJECT_MARKER) to the `…`; null when it shows none.
 */
function shownSubject(label: string): string | null {
  const m = SHOWN_SUBJECT.exec(label);
  return m ? (m[1] as string) : null;
}

const SHOWN_SUBJECT = new RegExp(String.raw`(?:^|[\s…])((?:${SUBJECT_MARKER_WORDS})\s.*?)…$`, 'iu');

/** Does the text after an entry's date in its item (see `itemAround`) start with `words`, a comma before them aside? */
function subjectStartsWith(original: string, e: TimelineEntry, words: string): boolean {
  const item = itemAround(original, e.sentence ?? e, e.start, e.end);
  const after = collapseRange(original, e.end, item.end).replace(LEADING_COMMA, '');
  return (
    after.startsWith(words) &&
    (after.length === words.length || !isLetterOrDigit(after.charCodeAt(words.length)))
  );
}

const LEADING_COMMA = /^,\s*/;

/** Does an entry's item (see `itemAround`) run to the end of the text, where a cut text stops (see `textCut`)? */
function runsToTextEnd(original: string, e: TimelineEntry): boolean {
  return onlyWhiteSpaceFrom(original, itemAround(original, e.sentence ?? e, e.start, e.end).end);
}

/** Twins are compared pairwise: a larger group (a table of one date and label) keeps its labels. */
const MAX_TWINS = 8;

/** The words of an entry's item (see `itemAround`) before its date (nearest first) and after it. */
interface Context {
  /** The words before the date, the last one first, without the preposition that dangles before it. */
  before: string[];
  /** The words after the date, in order. */
  after: string[];
}

function contextOf(original: string, e: TimelineEntry): Context {
  const item = itemAround(original, e.sentence ?? e, e.start, e.end);
  const rawBefore = collapseRange(original, item.start, e.start);
  const before = stripLooseStart(
    rawBefore.slice(0, danglingStart(rawBefore, 0, rawBefore.length, original, e.start, e.end)),
  ).trimEnd();
  const after = collapseRange(original, e.end, item.end);
  return {
    before: before === '' ? [] : before.split(' ').reverse(),
    after: after === '' ? [] : after.split(' '),
  };
}

/** The index of the first word where `a` and `b` differ (one running out counts), or -1 when they are the same. */
function firstDifference(a: readonly string[], b: readonly string[]): number {
  const n = Math.max(a.length, b.length);
  for (let k = 0; k < n; k++) if (a[k] !== b[k]) return k;
  return -1;
}

/** The characters of words[0..k] with their spaces (`Infinity` past a side that never differs). */
function reach(words: readonly string[], k: number): number {
  if (!Number.isFinite(k)) return Infinity;
  let n = 0;
  for (let i = 0; i <= k && i < words.length; i++) n += (words[i] as string).length + 1;
  return n;
}

/**
 * New labels for a group of entries with one date and one label: on the side of the date (after it, else before it)
 * where all their texts part soonest, each label shows the word where its text parts from the others'.
 */
function relabel(original: string, group: readonly TimelineEntry[]): void {
  const contexts = group.map((e) => contextOf(original, e));
  let afterAt = 0;
  let beforeAt = 0;
  for (let i = 0; i < contexts.length; i++) {
    for (let j = i + 1; j < contexts.length; j++) {
      const a = contexts[i] as Context;
      const b = contexts[j] as Context;
      const after = firstDifference(a.after, b.after);
      const before = firstDifference(a.before, b.before);
      afterAt = Math.max(afterAt, after < 0 ? Infinity : after);
      beforeAt = Math.max(beforeAt, before < 0 ? Infinity : before);
    }
  }
  if (!Number.isFinite(afterAt) && !Number.isFinite(beforeAt)) return;
  // The side whose words reach the difference soonest, in characters, over the group.
  let afterReach = 0;
  let beforeReach = 0;
  for (const c of contexts) {
    afterReach = Math.max(afterReach, reach(c.after, afterAt));
    beforeReach = Math.max(beforeReach, reach(c.before, beforeAt));
  }
  const labels = contexts.map((c) =>
    afterReach <= beforeReach ? labelAfter(c, afterAt) : labelBefore(c, beforeAt),
  );
  // New labels that would not tell the twins apart, or one that says nothing: a cut after a `)` whose `(` was left
  // out left nothing but its `…` (found by the core fuzz; see `readableStart`). The twins keep their label.
  if (new Set(labels).size < labels.length || !labels.every(holdsWord)) return;
  group.forEach((e, i) => {
    e.label = labels[i] as string;
  });
}

/** Does `w` open a bracket, or is it a word a label cut there does not end on? */
function isFunctionWord(w: string): boolean {
  return FUNCTION_WORDS.has(w.toLowerCase());
}

/** The change in bracket depth over `w`: `(` less `)`. */
function depthOf(w: string): number {
  let d = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 0x28 || c === 0x5b) d++;
    else if (c === 0x29 || c === 0x5d) d--;
  }
  return d;
}

/**
 * The label of a twin whose text parts from the others' at after[k]: the words up to it, or to the first content word
 * from it on (`over het Materieelprojectenoverzicht`, not `over het`), then the rest of its phrase (to its clause's
 * end, or the bracket it is in closed), cut to size around that word (see `wordWindow`) with the words before the
 * date in front.
 */
function labelAfter(c: Context, k: number): string {
  let q = Math.min(k, c.after.length - 1);
  while (q < c.after.length - 1 && isFunctionWord(c.after[q] as string)) q++;
  const before = [...c.before].reverse().join(' ');
  if (q < 0) return finish(wordWindow(shortNamesBefore(before), '', MAX_LABEL));
  let depth = 0;
  for (let i = 0; i <= q; i++) depth += depthOf(c.after[i] as string);
  // Inside brackets the phrase runs to their close, past commas (`(Kamerstuk 36 200 XII, nr. 7)`, 785).
  const rest: string[] = [];
  if (depth > 0 || !endsClause(c.after[q] as string)) {
    for (let i = q + 1; i < c.after.length; i++) {
      const w = c.after[i] as string;
      if (depth <= 0 && (w.charCodeAt(0) === 0x28 || w.charCodeAt(0) === 0x5b)) break;
      rest.push(w);
      const inside = depth > 0;
      depth += depthOf(w);
      if (inside ? depth <= 0 : endsClause(w)) break;
    }
  }
  const upTo = joinParts(before, c.after.slice(0, q + 1).join(' '));
  return finish(wordWindow(shortNamesBefore(upTo), shortNamesAfter(rest.join(' ')), MAX_LABEL));
}

/**
 * The label of a twin whose text parts from the others' at before[k] (counted back from the date): from that word on,
 * with the words after the date, and the words of its clause before it in front (see `wordWindow`).
 */
function labelBefore(c: Context, k: number): string {
  const from = Math.min(k, c.before.length - 1);
  const front: string[] = [];
  for (let i = from + 1; i < c.before.length; i++) {
    const w = c.before[i] as string;
    if (endsClause(w)) break;
    front.push(w);
  }
  const head = c.before
    .slice(0, from + 1)
    .reverse()
    .join(' ');
  const tail = joinParts(head, c.after.join(' '));
  return finish(wordWindow(shortNamesBefore(front.reverse().join(' ')), shortNamesAfter(tail), MAX_LABEL));
}

/** The two parts joined, without loose marks at the end (an item's `.`), capitalised unless cut in front. */
function finish([left, right]: [string, string]): string {
  let label = joinParts(left, right);
  let end = label.length;
  while (end > 0 && isLoose(label.charCodeAt(end - 1))) end--;
  label = label.slice(0, end);
  return label.charCodeAt(0) === 0x2026 ? label : capitalize(label);
}
