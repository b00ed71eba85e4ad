/** Counting capitals by character code, where that gives what `\p{Lu}` would. */

/**
 * Capitals in `s` when it is plain ASCII (where `\p{Lu}` is exactly A-Z), -1 otherwise: lets the
 * finder drop the common words (`de`, `Het`), and the glossary count its spellings, without running
 * Unicode regexes over every letter.
 */
export function asciiCapitals(s: string): number {
  let caps = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) caps++;
  }
  return caps;
}
