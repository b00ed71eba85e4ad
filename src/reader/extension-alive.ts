/**
 * Nothing tells a content script that its extension was updated, reloaded or removed: its API
 * calls start to fail and `runtime.id` is gone, while its marks, sidebar and reserved room stay
 * on the page. So a reader on a paper checks now and then (one property read) and leaves the page
 * as it found it once the extension is gone.
 */

/** How often the reader checks that its extension is still there. */
export const ALIVE_CHECK_MS = 2_000;

export interface AliveTimers {
  setInterval(cb: () => void, ms: number): unknown;
  clearInterval(id: unknown): void;
}

/** Is the extension still there? An API that throws when touched counts as gone. */
function stillThere(isAlive: () => boolean): boolean {
  try {
    return isAlive();
  } catch {
    return false;
  }
}

/**
 * Calls `gone` once, at the first check that finds the extension gone; returns the stop.
 * Hidden tabs check less often (the browser throttles their timers), which is soon enough.
 */
export function watchExtensionAlive(
  isAlive: () => boolean,
  gone: () => void,
  timers: AliveTimers = globalThis as unknown as AliveTimers,
  everyMs: number = ALIVE_CHECK_MS,
): () => void {
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    timers.clearInterval(id);
  };
  const id = timers.setInterval(() => {
    if (stopped || stillThere(isAlive)) return;
    stop();
    gone();
  }, everyMs);
  return stop;
}

/**
 * The document_start script's share: if the extension is gone by the time the page has loaded
 * (updated or removed while the page loaded), the reader's own script will not run on it, so
 * nobody else would give back the room reserved at document_start.
 */
export function releaseAtLoadIfGone(
  win: Pick<Window, 'addEventListener'> & { document: Pick<Document, 'readyState'> },
  isAlive: () => boolean,
  release: () => void,
): void {
  const check = () => {
    if (!stillThere(isAlive)) release();
  };
  if (win.document.readyState === 'complete') check();
  else win.addEventListener('load', check, { once: true });
}
