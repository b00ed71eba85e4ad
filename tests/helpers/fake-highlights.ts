/**
 * The CSS Custom Highlight API for happy-dom, which does not have it: `CSS.highlights` as a map of
 * names to `Highlight`s, each a set of Ranges, as in the browser. Tests read what was painted from
 * the returned registry.
 */
export type FakeRegistry = Map<string, Set<Range> & { priority: number }>;

export function installFakeHighlights(win: object): FakeRegistry {
  const registry: FakeRegistry = new Map();
  class Highlight extends Set<Range> {
    priority = 0;
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  const css = (win as { CSS?: object }).CSS ?? {};
  Object.defineProperty(win, 'CSS', { configurable: true, value: { ...css, highlights: registry } });
  Object.defineProperty(win, 'Highlight', { configurable: true, value: Highlight });
  return registry;
}

/** The text of each range of the highlight `name` (white space collapsed), in registration order. */
export function highlightTexts(registry: FakeRegistry, name: string): string[] {
  return [...(registry.get(name) ?? [])].map((r) => r.toString().replace(/\s+/g, ' '));
}

/** Ranges in all highlights. */
export function rangeCount(registry: FakeRegistry): number {
  let n = 0;
  for (const h of registry.values()) n += h.size;
  return n;
}
