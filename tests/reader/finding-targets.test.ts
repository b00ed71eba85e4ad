import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import {
  buildTargets,
  longestTarget,
  sameFinding,
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

describe('the same finding in a new reading of the page (the NAVO letter)', () => {
  const before = buildTargets(RESULT, ALL);
  /** The target over `words`, the `nth` of them, in `targets` over `text`. */
  const find = (
    targets: FindingTarget[],
    text: string,
    kind: FindingTarget['kind'],
    words: string,
    nth = 0,
  ) => targets.filter((t) => t.kind === kind && text.slice(t.start, t.end) === words)[nth] as FindingTarget;
  /** The letter changed by `edit`, read again: which target the old one is there, as `kind:words@nth`. */
  function carried(edit: (text: string) => string, kind: FindingTarget['kind'], words: string, nth = 0) {
    const text = edit(TEXT);
    const after = buildTargets(analyze({ text }), ALL);
    const i = sameFinding(after, text, find(before, TEXT, kind, words, nth), TEXT);
    if (i < 0) return 'gone';
    const t = after[i] as FindingTarget;
    const same = after.filter(
      (x) => x.kind === t.kind && text.slice(x.start, x.end) === text.slice(t.start, t.end),
    );
    return `${t.kind}:${text.slice(t.start, t.end)}@${same.indexOf(t)}`;
  }
  const NEW_PARAGRAPH = 'Vooraf: de NAVO en de UDCG komen later aan bod.\n\n';
  const addedAfter = (text: string) => `${text}\nDe NAVO-top volgt in juli 2023.\n`;
  const addedBefore = (text: string) =>
    text.replace('Op 12 en 13 oktober', `${NEW_PARAGRAPH}Op 12 en 13 oktober`);

  it.each([
    // Content arrives at the end: the finding is where it was.
    ['the second NAVO, text added at the end', addedAfter, 'acronym', 'NAVO', 1, 'acronym:NAVO@1'],
    [
      'the citation "Kamerstuk 29 521, nr. 446"',
      addedAfter,
      'citation',
      'Kamerstuk \n29 521, nr. 446',
      0,
      'citation:Kamerstuk \n29 521, nr. 446@0',
    ],
    // A paragraph with one NAVO more arrives before it: the same NAVO (its words around it) is one further on.
    [
      'the second NAVO, a paragraph with a NAVO added before it',
      addedBefore,
      'acronym',
      'NAVO',
      1,
      'acronym:NAVO@2',
    ],
    [
      'UDCG (line 24), a paragraph with a UDCG added before it',
      addedBefore,
      'acronym',
      'UDCG',
      0,
      'acronym:UDCG@1',
    ],
    // The words right after it changed: the same words at the same place are still that finding.
    [
      'UDCG, the words after it changed',
      (t: string) => t.replace('(UDCG) voor de zesde keer', '(UDCG) voor de zevende keer'),
      'acronym',
      'UDCG',
      0,
      'acronym:UDCG@0',
    ],
    // Its words are no longer there: gone (the popover closes).
    [
      'UDCG, taken out of the text',
      (t: string) => t.replaceAll('UDCG', 'contactgroep'),
      'acronym',
      'UDCG',
      0,
      'gone',
    ],
    [
      'the text replaced by another letter',
      () => 'Het RIVM en de GGD voeren de campagne uit.',
      'acronym',
      'NAVO',
      0,
      'gone',
    ],
  ] as const)('%s', (_name, edit, kind, words, nth, expected) => {
    expect(carried(edit, kind, words, nth)).toBe(expected);
  });

  it('a reading of the same text finds every finding at its own place', () => {
    before.forEach((t, i) => expect(sameFinding(before, TEXT, t, TEXT)).toBe(i));
  });
});
