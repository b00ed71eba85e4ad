/** `browser.storage.local` in memory, with its get (one key, or every item for null), set and remove. */
export function memoryStorageArea(items: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(items));
  return {
    data,
    get: async (key: string | null): Promise<Record<string, unknown>> =>
      key === null ? Object.fromEntries(data) : data.has(key) ? { [key]: data.get(key) } : {},
    set: async (more: Record<string, unknown>): Promise<void> => {
      for (const [k, v] of Object.entries(more)) data.set(k, v);
    },
    remove: async (keys: string[]): Promise<void> => {
      for (const k of keys) data.delete(k);
    },
  };
}
