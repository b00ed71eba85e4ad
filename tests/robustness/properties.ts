/** The properties every analysis must have, whatever its input: shared by the core and DOM fuzz tests. */
import type { AcronymDetail } from '../../src/core/acronyms';
import type { AnalysisResult, Span } from '../../src/core/types';

/** Every problem with one result, as readable lines (empty when the result is sound). */
export function problems(text: string, result: AnalysisResult): string[] {
  const out: string[] = [];
  const inBounds = (what: string, s: Span, nonEmpty = true) => {
    const ok =
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      s.start >= 0 &&
      s.end <= text.length &&
      (nonEmpty ? s.start < s.end : s.start <= s.end);
    if (!ok) out.push(`${what} [${s.start}, ${s.end}) is outside the text (length ${text.length})`);
  };
  const noOverlap = (what: string, spans: readonly Span[]) => {
    const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1] as Span;
      const b = sorted[i] as Span;
      if (b.start < a.end) out.push(`${what}: [${a.start}, ${a.end}) overlaps [${b.start}, ${b.end})`);
    }
  };

  const occurrences: Span[] = [];
  for (const a of result.acronyms as AcronymDetail[]) {
    if (a.occurrences.length === 0) out.push(`acronym ${a.abbr} has no occurrence`);
    for (const o of a.occurrences) {
      inBounds(`acronym ${a.abbr}`, o);
      occurrences.push(o);
    }
    if (a.definition) inBounds(`definition of ${a.abbr}`, a.definition);
  }
  noOverlap('acronym occurrences', occurrences);
  for (const c of result.citations) inBounds(`citation ${c.text}`, c);
  for (const d of result.dates) inBounds(`date ${d.text}`, d);
  noOverlap('dates', result.dates);
  for (const c of result.commitments) inBounds('commitment', c);
  noOverlap('commitments', result.commitments);
  for (const t of result.timeline) inBounds(`timeline ${t.label}`, t);
  for (const o of result.outline) {
    if (!(Number.isInteger(o.start) && o.start >= 0 && o.start <= text.length))
      out.push(`outline ${o.title} starts at ${o.start}, outside the text`);
  }
  // Citations: one entry per paper, so a multi-number citation may repeat a span; partial overlaps never.
  const citationSpans = [...new Map(result.citations.map((c) => [`${c.start}:${c.end}`, c])).values()];
  noOverlap('citations', citationSpans);
  out.push(...contractProblems(text, result));
  return out;
}

/** An ISO day, month or year, as the contract writes dates. */
const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The first day of an ISO day, month or year, as an ISO day (`2022` → `2022-01-01`). */
function firstDay(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}

/**
 * What the analysis contract (docs/analysis-contract.md) promises beyond bounds and overlaps: a date's or
 * citation's `text` is the text at its span, dates are ISO days, months or years and a range never ends before
 * it starts, lists are in text order, and the timeline is in order of date (first day; then last day and place).
 */
function contractProblems(text: string, result: AnalysisResult): string[] {
  const out: string[] = [];
  const sameText = (what: string, f: { text: string } & Span) => {
    if (f.text !== text.slice(f.start, f.end))
      out.push(`${what} ${JSON.stringify(f.text)} is not the text at its span`);
  };
  const inTextOrder = (what: string, items: readonly { start: number }[]) => {
    for (let i = 1; i < items.length; i++) {
      const at = (items[i] as { start: number }).start;
      if (at < (items[i - 1] as { start: number }).start) out.push(`${what} out of text order at ${at}`);
    }
  };
  for (const d of result.dates) {
    sameText('date', d);
    if (!ISO.test(d.iso) || (d.endIso !== null && !ISO.test(d.endIso)))
      out.push(`date ${d.text}: ${d.iso}–${d.endIso}`);
    const n = Math.min(d.iso.length, d.endIso?.length ?? 0);
    if (d.endIso !== null && d.endIso.slice(0, n) < d.iso.slice(0, n))
      out.push(`date ${d.text} ends before it starts`);
  }
  for (const c of result.citations) sameText('citation', c);
  // Not commitments: one whose word was hyphenated at a page break leaves out the footnotes printed in between.
  const lists: [string, readonly { start: number }[]][] = [
    ['dates', result.dates],
    ['citations', result.citations],
    ['commitments', result.commitments],
    ['outline', result.outline],
    ['acronyms', result.acronyms.map((a) => a.occurrences[0] ?? { start: 0 })],
    ...result.acronyms.map((a): [string, readonly { start: number }[]] => [
      `occurrences of ${a.abbr}`,
      a.occurrences,
    ]),
  ];
  for (const [what, items] of lists) inTextOrder(what, items);
  for (let i = 1; i < result.timeline.length; i++) {
    const [a, b] = [result.timeline[i - 1], result.timeline[i]] as [{ iso: string }, { iso: string }];
    if (firstDay(b.iso) < firstDay(a.iso)) out.push(`timeline: ${b.iso} after ${a.iso}`);
  }
  for (const t of result.timeline)
    if (!ISO.test(t.iso) || !/[\p{L}\p{N}]/u.test(t.label)) out.push(`timeline entry ${t.iso} ${t.label}`);
  return out;
}
