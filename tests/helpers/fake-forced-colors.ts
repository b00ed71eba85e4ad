/** A stand-in for `matchMedia('(forced-colors: active)')` whose answer the test switches. */
export function fakeForcedColors(matches: boolean) {
  const listeners = new Set<() => void>();
  const mql = {
    matches,
    addEventListener: (_type: string, cb: () => void) => listeners.add(cb),
    removeEventListener: (_type: string, cb: () => void) => listeners.delete(cb),
  };
  return {
    mql,
    listeners,
    set(next: boolean) {
      mql.matches = next;
      for (const cb of [...listeners]) cb();
    },
  };
}

export type FakeForcedColors = ReturnType<typeof fakeForcedColors>;
