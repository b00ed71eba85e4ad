import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import {
  buildTargets,
  longestTarget,
  stepTarget,
  targetsNear,
  type FindingTarget,
} from '../../src/reader/finding-targets';
import { hitTest, type CaretPoint } from '../../src/reader/hit-test';

// The real NAVO letter as PDF text (hyphenation, footnotes): the same letter as the fixture pages.
const TEXT = readFileSync(
  join(process.cwd(), 'tests/fixtures/navo-defensieministers-2022-09-30.txt'),
  'utf8',
);
const RESULT = analyze({ text: TEXT });
const ALL = new Set(['acronym', 'citation', 'date'] as const);

const textOf = (t: FindingTarget) => TEXT.slice(t.start, t.end);

describe('targets in reading order', () => {
  const targets = buildTargets(RESULT, ALL);

  it('lists every acronym occurrence, citation and date, sorted by position', () => {
    const navo = RESULT.acronyms.find((a) => a.abbr === 'NAVO');
    expect(targets.filter((t) => t.kind === 'acronym' && textOf(t) === 'NAVO')).toHaveLength(
      navo?.occurrences.length ?? -1,
    );
    expect(targets.some((t) => t.kind === 'citation' && /29 521, nr\. 446/.test(textOf(t)))).toBe(true);
    expect(targets.some((t) => t.kind === 'date')).toBe(true);
    for (let i = 1; i < targets.length; i++) {
      expect((targets[i] as FindingTarget).start).toBeGreaterThanOrEqual(
        (targets[i - 1] as FindingTarget).start,
      );
    }
  });

  it('leaves out the kinds that are switched off (dates by default)', () => {
    const some = buildTargets(RESULT, new Set(['acronym', 'citation'] as const));
    expect(some.some((t) => t.kind === 'date')).toBe(false);
    expect(some.length).toBe(targets.filter((t) => t.kind !== 'date').length);
  });

  it('finds the mark under a caret offset by binary search, inside or at either edge', () => {
    const max = longestTarget(targets);
    const udcg = targets.find((t) => textOf(t) === 'UDCG') as FindingTarget;
    for (const offset of [udcg.start, udcg.start + 2, udcg.end]) {
      const hits = targetsNear(targets, offset, max);
      expect(hits.map((i) => textOf(targets[i] as FindingTarget))).toContain('UDCG');
    }
    // Two characters before it is plain text.
    expect(targetsNear(targets, udcg.start - 2, max)).toEqual([]);
  });

  it('steps forward and back in reading order, wrapping around', () => {
    expect(stepTarget(targets, null, 1)).toBe(0);
    expect(stepTarget(targets, null, -1)).toBe(targets.length - 1);
    expect(stepTarget(targets, 0, -1)).toBe(targets.length - 1);
    expect(stepTarget(targets, targets.length - 1, 1)).toBe(0);
    expect(stepTarget([], null, 1)).toBeNull();
    const third = targets[2] as FindingTarget;
    // From a reading position: the first mark at or after it.
    expect(stepTarget(targets, null, 1, third.start)).toBe(2);
  });
});

describe('hit-testing the painted marks', () => {
  const targets = buildTargets(RESULT, ALL);
  const navoIndex = targets.findIndex((t) => textOf(t) === 'NAVO');
  const navo = targets[navoIndex] as FindingTarget;
  const fakeNode = {} as Node;
  // Each target "painted" on its own line: x = character offset, one line of height 10.
  const deps = {
    targets,
    maxLength: longestTarget(targets),
    offsetAt: (_node: Node, offset: number) => offset,
    rectsOf: (t: FindingTarget) => [
      {
        left: t.start,
        right: t.end,
        top: 0,
        bottom: 10,
        width: t.end - t.start,
        height: 10,
      } as DOMRectReadOnly,
    ],
  };
  const caret = (offset: number): CaretPoint => ({ node: fakeNode, offset });

  it('returns the mark whose painted box holds the point', () => {
    expect(hitTest(deps, caret(navo.start + 1), navo.start + 1.5, 5)).toBe(navoIndex);
  });

  it('returns nothing beside the mark, outside the text, or without a caret', () => {
    expect(hitTest(deps, caret(navo.end), navo.end + 3, 5)).toBeNull();
    expect(hitTest(deps, caret(navo.start + 1), navo.start + 1, 40)).toBeNull();
    expect(hitTest({ ...deps, offsetAt: () => null }, caret(navo.start), navo.start, 5)).toBeNull();
    expect(hitTest(deps, null, 0, 0)).toBeNull();
  });
});
