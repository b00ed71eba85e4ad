/**
 * `s` as a pattern that matches it literally, in a `RegExp` with or without the `u` flag (`/` too is escaped, which
 * both allow, so the source can also stand between slashes).
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
