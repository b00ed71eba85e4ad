/**
 * What the content script asks the background once per page (the interface strings, the stylesheets): all
 * who need an answer wait for the same ask. An ask that failed (a restarting service worker) or whose answer
 * was refused is forgotten, so the next need asks again.
 */
export interface AskOnce<K> {
  /**
   * Resolves once `accept` has taken the answer for `key` (at once when asked before), or the ask failed;
   * never rejects. `accept` returns false for an answer it cannot use.
   */
  load(key: K, ask: () => Promise<unknown>, accept: (answer: unknown) => boolean): Promise<void>;
  /** Forgets every ask (tests: each starts as a content script does). */
  forget(): void;
}

export function createAskOnce<K>(): AskOnce<K> {
  const asked = new Map<K, Promise<void>>();
  return {
    load(key, ask, accept) {
      let done = asked.get(key);
      if (!done) {
        // An ask that throws at once (no extension context left) fails as a rejected one does.
        done = new Promise((resolve) => resolve(ask())).then(
          (answer) => void (accept(answer) || asked.delete(key)),
          () => void asked.delete(key),
        );
        asked.set(key, done);
      }
      return done;
    },
    forget: () => asked.clear(),
  };
}
