import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { WARM_UP_INPUT, WARM_UP_LETTER, createWarmUp } from '../../src/messaging/warm-up';

describe('createWarmUp (the background runs the core once before a paper arrives)', () => {
  it('runs once, after the call that asked for it, however often it is asked', () => {
    const run = vi.fn();
    const later: (() => void)[] = [];
    const warmUp = createWarmUp(run, (task) => void later.push(task));
    warmUp();
    warmUp();
    expect(run).not.toHaveBeenCalled(); // the asking page is answered first
    expect(later).toHaveLength(1);
    later[0]?.();
    warmUp();
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith(WARM_UP_INPUT);
  });

  it('swallows a failing run: a warm-up costs nothing but its time', () => {
    const later: (() => void)[] = [];
    const warmUp = createWarmUp(
      () => {
        throw new Error('broken core');
      },
      (task) => void later.push(task),
    );
    warmUp();
    expect(() => later[0]?.()).not.toThrow();
  });

  it('runs on the next turn by default', async () => {
    const run = vi.fn();
    createWarmUp(run)();
    expect(run).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('WARM_UP_INPUT (what the warm-up analyses)', () => {
  it('asks for the marks of the letter only, as the opening of a paper is asked', () => {
    expect(WARM_UP_INPUT).toEqual({ text: WARM_UP_LETTER, only: 'marks' });
  });

  // The warm-up compiles what the opening's analysis will run only if every finder of the marks finds something.
  const result = analyze(WARM_UP_INPUT);
  const whole = analyze({ text: WARM_UP_LETTER });

  it('is read as a parliamentary letter', () => {
    expect(result.isParliamentary).toBe(true);
  });

  it.each([
    ['a defined acronym', () => result.acronyms.some((a) => a.abbr === 'UDCG' && a.source === 'document')],
    ['a glossary acronym', () => result.acronyms.some((a) => a.abbr === 'NAVO' && a.source === 'glossary')],
    ['a Kamerstuk citation', () => result.citations.some((c) => c.dossier === '29521' && c.number === '446')],
    ['dates', () => result.dates.length >= 3],
    ['a commitment, read whole', () => whole.commitments.length >= 1],
    ['a timeline, read whole', () => whole.timeline.length >= 1],
    ['an outline, read whole', () => whole.outline.length >= 1],
  ])('holds %s', (_what, found) => {
    expect(found()).toBe(true);
  });
});
