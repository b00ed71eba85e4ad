import type { VNode } from 'preact';

/**
 * An interface string as text, with each word of the other language in an element of that language, so a
 * screen reader says `Kamerstuk` in Dutch in the English interface instead of reading it as English. The
 * tables mark such a word with its language: `{nl:Kamerstuk}` in `Parliamentary paper ({nl:Kamerstuk})`,
 * `{en:abbr}` in a Dutch string. A mark is no placeholder (`translate` fills only `{name}`), so it
 * survives filling and joining. Small: the popover in the page uses it.
 */
export function markedWords(text: string): Array<string | false | VNode> {
  // The two groups split it as text, language, word, text, language, word, …, text.
  const parts = text.split(/\{(\w\w):(.+?)\}/);
  return parts.map((part, i) => (i % 3 ? i % 3 > 1 && <span lang={parts[i - 1]}>{part}</span> : part));
}
