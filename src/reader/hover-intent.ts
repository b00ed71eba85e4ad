/**
 * Hover intent as Wikipedia's Page Previews does it (`constants.js`, `actions.js`): a preview
 * opens only after the pointer dwells on a link, closes only after an abandon delay (so the
 * pointer can travel from the link into the preview), and every intent carries a token so a
 * timer of an earlier hover never opens or closes anything.
 */

/** Dwell before a popover opens: Page Previews waits 500 ms; marks are small targets, so a bit less. */
export const DWELL_MS = 400;
/** How long a popover stays after the pointer leaves its mark and the popover. */
export const ABANDON_MS = 300;

export interface Timers {
  setTimeout(cb: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface HoverIntentOptions<T> {
  /** Opens the popover for `target` (replacing any open one). */
  open(target: T): void;
  /** Closes the open popover. */
  close(): void;
  dwellMs?: number;
  abandonMs?: number;
  timers?: Timers;
}

export interface HoverIntent<T> {
  /**
   * What the pointer is over now: a target, `popover` (the open popover), or null (anything
   * else). Call on every (throttled) pointer move; repeats are cheap.
   */
  pointer(over: T | 'popover' | null): void;
  /** The target shown now, or null. */
  readonly current: T | null;
  /** Something else opened a target (keyboard, sidebar): hover follows from there. */
  opened(target: T): void;
  /**
   * A mouse button is held (the reader selects text or drags): a pending open is dropped, so no
   * popover covers the lines being selected; what is shown stays, and no abandon delay starts.
   */
  hold(): void;
  /** Closes at once and forgets every pending intent (Escape, scroll away, stop). */
  reset(): void;
}

const defaultTimers: Timers = {
  setTimeout: (cb, ms) => setTimeout(cb, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  const dwell = options.dwellMs ?? DWELL_MS;
  const abandon = options.abandonMs ?? ABANDON_MS;
  const timers = options.timers ?? defaultTimers;
  let token = 0;
  let shown: T | null = null;
  /** The target a dwell timer is running for. */
  let pending: T | null = null;
  let dwellTimer: unknown = null;
  let abandonTimer: unknown = null;

  const clearDwell = () => {
    if (dwellTimer !== null) timers.clearTimeout(dwellTimer);
    dwellTimer = null;
    pending = null;
  };
  const clearAbandon = () => {
    if (abandonTimer !== null) timers.clearTimeout(abandonTimer);
    abandonTimer = null;
  };

  const startDwell = (target: T) => {
    clearDwell();
    const mine = ++token;
    pending = target;
    dwellTimer = timers.setTimeout(() => {
      dwellTimer = null;
      pending = null;
      // A later intent (another mark, leaving, Escape) took a new token: this hover is stale.
      if (mine !== token) return;
      clearAbandon();
      shown = target;
      options.open(target);
    }, dwell);
  };

  const startAbandon = () => {
    if (shown === null || abandonTimer !== null) return;
    const mine = ++token;
    abandonTimer = timers.setTimeout(() => {
      abandonTimer = null;
      if (mine !== token) return;
      shown = null;
      options.close();
    }, abandon);
  };

  return {
    get current() {
      return shown;
    },
    pointer(over) {
      if (over === 'popover' || (over !== null && over === shown)) {
        // Back on what is shown: stay, and forget any move that was under way.
        if (abandonTimer !== null || pending !== null) token++;
        clearAbandon();
        clearDwell();
        return;
      }
      if (over === null) {
        clearDwell();
        startAbandon();
        return;
      }
      if (over === pending) return;
      // A new mark: dwell on it. What is shown stays until the new one opens; if the pointer
      // leaves the new mark first, the abandon delay closes it as usual.
      clearAbandon();
      startDwell(over);
    },
    opened(target) {
      token++;
      clearDwell();
      clearAbandon();
      shown = target;
    },
    hold() {
      if (pending !== null) token++;
      clearDwell();
    },
    reset() {
      token++;
      clearDwell();
      clearAbandon();
      if (shown !== null) {
        shown = null;
        options.close();
      }
    },
  };
}
