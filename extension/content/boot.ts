/**
 * The content script's first steps on every page of the two sites: decide from the URL and the
 * head metadata whether this is a paper, and only then start the reader (which reads the text
 * and has the background analyse it, with the glossary that lives there).
 * Pages that are not papers stop here, before the body is read or any message is sent.
 */
import { readMeta } from '../../src/dom/page-context';
import { decideActivation } from '../../src/reader/activation';
import type { Reader, ReaderContext } from '../../src/reader/start-reader';

export interface BootDeps {
  /** The reader proper: reads the page, analyses it, shows what it found. */
  startReader(ctx: ReaderContext, doc: Document): Promise<Reader | null>;
}

/** User Timing measure from the content script's first line to `kamerlens:painted` (benchmarks, DevTools). */
export const CONTENT_SCRIPT_MEASURE = 'kamerlens:content-script';
const PAINTED = 'kamerlens:painted';

export async function bootReader(ctx: ReaderContext, doc: Document, deps: BootDeps): Promise<Reader | null> {
  const startedAt = performance.now();
  if (!decideActivation(doc.location.href, () => readMeta(doc))) return null;
  const reader = await deps.startReader(ctx, doc);
  if (reader) measureWhenPainted(startedAt);
  return reader;
}

/** Records the measure once the reader marks `kamerlens:painted` (it does so a frame later). */
function measureWhenPainted(startedAt: number): void {
  const record = (paintedAt: number) => {
    try {
      performance.measure(CONTENT_SCRIPT_MEASURE, { start: startedAt, end: paintedAt });
    } catch {
      // Timing is a nicety: never let it disturb the page.
    }
  };
  const already = performance.getEntriesByName(PAINTED, 'mark')[0];
  if (already) return record(already.startTime);
  if (typeof PerformanceObserver !== 'function') return;
  const observer = new PerformanceObserver((list) => {
    const painted = list.getEntriesByName(PAINTED)[0];
    if (!painted) return;
    observer.disconnect();
    record(painted.startTime);
  });
  observer.observe({ type: 'mark' });
}
