import { createContext } from 'preact';
import { createFrameQueue, type FrameQueue } from './later';

/**
 * Entries the sidebar adds in one turn while it is staged. Every frame that adds to the sidebar costs
 * the page's main thread about 8 ms on the benchmark's papers (100 KB and 1 MB) whatever it adds:
 * any change to the document makes Chromium rebuild the markers of every registered highlight, and
 * pre-paint and paint then take 4–6 ms (0.5 ms with no highlight registered); each entry adds about
 * 0.2 ms more (rendering, style, layout). The timeline's 92 entries in one turn made frames of
 * 19–27 ms on 1 MB; turns of 15 entries keep the sidebar's frames near 15 ms (30: near 17 ms), for
 * about 100 ms more until the whole sidebar is drawn.
 */
export const ENTRIES_PER_TURN = 15;

/** Entries a list shows when it appears, whatever is left of the turn: its heading is never alone. */
export const FIRST_ENTRIES = 5;

/**
 * The sidebar's first render on a long paper, spread over frames: its sections come one turn after
 * another (`Later`), and each list shows the entries the turn has room for, then grows turn by turn.
 */
export interface Staging {
  queue: FrameQueue;
  /** Whether a list that appears now starts with what the turn has room for (until the first render is done). */
  active(): boolean;
  /**
   * How many of `wanted` further entries to add in this turn: as many as it has room for, at least
   * `least`. `weight`: entries the i-th of them counts for (a citation group lists several papers).
   */
  take(wanted: number, least: number, weight?: (i: number) => number): number;
  /** The first render is done: lists that appear from now on show all their entries at once. */
  finish(): void;
}

export function createStaging(nextFrame?: (cb: () => void) => void): Staging {
  let room = ENTRIES_PER_TURN;
  let active = true;
  return {
    queue: createFrameQueue(nextFrame, () => (room = ENTRIES_PER_TURN)),
    active: () => active,
    finish: () => void (active = false),
    take(wanted, least, weight = () => 1) {
      let n = 0;
      for (; n < wanted; n++) {
        const w = weight(n);
        if (n >= least && w > room) break;
        room -= w;
      }
      return n;
    },
  };
}

/** The staging of the sidebar's first render, for the lists inside it; null: everything at once. */
export const StagingContext = createContext<Staging | null>(null);
