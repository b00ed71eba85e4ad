import { vi } from 'vitest';

/**
 * Puts a stand-in for the global `ResizeObserver` in place (undone by `vi.unstubAllGlobals`) and
 * returns the elements observed now, once for each observer that observes them.
 */
export function countObserved(): Element[] {
  const observed: Element[] = [];
  const drop = (el: Element) => observed.splice(observed.indexOf(el), 1);
  class Counting {
    private mine: Element[] = [];
    observe(el: Element) {
      this.mine.push(el);
      observed.push(el);
    }
    disconnect() {
      for (const el of this.mine.splice(0)) drop(el);
    }
    unobserve(el: Element) {
      if (!this.mine.includes(el)) return;
      this.mine = this.mine.filter((x) => x !== el);
      drop(el);
    }
  }
  vi.stubGlobal('ResizeObserver', Counting);
  return observed;
}
