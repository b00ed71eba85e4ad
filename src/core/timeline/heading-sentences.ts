import { pushTrimmed } from '../text/sentences';
import type { Span } from '../types';

/**
 * The sentences (original offsets, in order) cut where a heading line of the outline starts or ends inside one. A
 * heading has no full stop, so the split can run it on into the text below: `Geannoteerde agenda van de Raad Algemene
 * Zaken 17 november 2025` above `Op maandag 17 november a.s. vindt in Brussel de Raad Algemene Zaken (RAZ) plaats.`
 * (1720) was one sentence, and the labels of both its dates read across the line (`…agenda van de Raad Algemene Zaken
 * Op maandag 17 november a.s. vindt…`). The outline knows the line is a heading; the timeline reads it as one.
 */
export function splitAtHeadings(
  original: string,
  sentences: readonly Span[],
  headings: ReadonlyMap<number, number>,
): readonly Span[] {
  if (headings.size === 0) return sentences;
  const lines = [...headings].map(([start, end]) => ({ start, end })).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let h = 0;
  for (const s of sentences) {
    // The headings that end before this sentence starts can cut none after it.
    while (h < lines.length && (lines[h] as Span).end <= s.start) h++;
    let from = s.start;
    for (let k = h; k < lines.length && (lines[k] as Span).start < s.end; k++) {
      const line = lines[k] as Span;
      // Before a heading that starts inside the sentence, and after one that ends inside it.
      if (line.start > from) {
        pushTrimmed(out, original, from, line.start);
        from = line.start;
      }
      if (line.end < s.end) {
        pushTrimmed(out, original, from, line.end);
        from = line.end;
      }
    }
    pushTrimmed(out, original, from, s.end);
  }
  return out;
}
