import { describe, expect, it } from 'vitest';
import { createStaging, ENTRIES_PER_TURN, FIRST_ENTRIES } from '../../../src/ui/sidebar/staging';

interface Ask {
  wanted: number;
  least: number;
  weight?: (i: number) => number;
}

describe('createStaging', () => {
  // Each row: what lists ask for in one turn, in order, and what each gets.
  it.each([
    {
      rule: 'one list gets the whole room',
      asks: [{ wanted: 100, least: FIRST_ENTRIES }],
      got: [ENTRIES_PER_TURN],
    },
    {
      rule: 'lists after a full one still show their first few (the timeline: past, future, undated)',
      asks: [
        { wanted: 100, least: FIRST_ENTRIES },
        { wanted: 40, least: FIRST_ENTRIES },
        { wanted: 2, least: FIRST_ENTRIES },
      ],
      got: [ENTRIES_PER_TURN, FIRST_ENTRIES, 2],
    },
    {
      rule: 'short lists take what they need and leave the rest',
      asks: [
        { wanted: 10, least: FIRST_ENTRIES },
        { wanted: 100, least: FIRST_ENTRIES },
      ],
      got: [10, ENTRIES_PER_TURN - 10],
    },
    {
      rule: 'a growing list always gets one more, however full the turn',
      asks: [
        { wanted: 100, least: 1 },
        { wanted: 100, least: 1 },
      ],
      got: [ENTRIES_PER_TURN, 1],
    },
    {
      rule: 'a citation group counts for its papers',
      asks: [
        {
          wanted: 5,
          least: 1,
          weight: (i: number) => [ENTRIES_PER_TURN - 2, 1, 1, ENTRIES_PER_TURN, 1][i] ?? 1,
        },
      ],
      got: [3],
    },
    {
      rule: 'a group larger than the room still comes, alone',
      asks: [{ wanted: 3, least: 1, weight: () => 50 }],
      got: [1],
    },
  ] as { rule: string; asks: Ask[]; got: number[] }[])('$rule', ({ asks, got }) => {
    const staging = createStaging(() => {});
    expect(asks.map((a) => staging.take(a.wanted, a.least, a.weight))).toEqual(got);
  });

  it('gives every turn a fresh room, and says when the first render is done', async () => {
    const frames: (() => void)[] = [];
    const staging = createStaging((cb) => void frames.push(cb));
    expect(staging.take(100, 1)).toBe(ENTRIES_PER_TURN);
    let inTurn = -1;
    staging.queue.add(() => (inTurn = staging.take(100, 1)));
    frames.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(inTurn).toBe(ENTRIES_PER_TURN);
    expect(staging.active()).toBe(true);
    staging.finish();
    expect(staging.active()).toBe(false);
  });
});
