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
  return out;
}
