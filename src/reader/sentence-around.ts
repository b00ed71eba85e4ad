/**
 * The sentence of the page's text around an offset: what a shortened timeline label was taken
 * from, shown whole as the entry's tooltip and description. Lines are sentence bounds (headings,
 * list items, paragraphs end there); so is a full stop, question or exclamation mark before a
 * space and a capital, unless the stop ends an abbreviation (`nr. 12`, `o.a. De`, `art. 3`).
 */
const MAX_CHARS = 400;
// Abbreviations that Dutch papers put before a capital or a number without ending the sentence:
// words (`nr. 446`, `art. 3`) and initials and letter groups (`d.d. 17 juni`, `o.a. De`, `K.H. Ollongren`).
const ABBREVIATION = /(?:^|[\s(])(?:nrs?|blz|art|jl|resp|vgl|zgn|mr|dr|drs|ir|prof|ca|(?:[a-z]\.)*[a-z])\.$/i;

function endsSentenceAt(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '?' && c !== '!') return false;
  if (text[i + 1] !== ' ' || !/[A-Z0-9À-Þ]/.test(text[i + 2] ?? '')) return false;
  return c !== '.' || !ABBREVIATION.test(text.slice(Math.max(0, i - 12), i + 1));
}

/** The sentence around `offset`, on one line; `…` where it goes on past 400 characters (at most 200 of them before the offset). */
export function sentenceAround(text: string, offset: number): string {
  const at = Math.min(Math.max(0, offset), text.length);
  let start = at;
  while (
    start > 0 &&
    at - start < MAX_CHARS / 2 &&
    text[start - 1] !== '\n' &&
    !endsSentenceAt(text, start - 2)
  )
    start--;
  let end = at;
  while (end < text.length && end - start < MAX_CHARS && text[end] !== '\n' && !endsSentenceAt(text, end - 1))
    end++;
  const sentence = text.slice(start, end).replace(/\s+/g, ' ').trim();
  const cutBefore = start > 0 && text[start - 1] !== '\n' && !endsSentenceAt(text, start - 2);
  const cutAfter = end < text.length && text[end] !== '\n' && !endsSentenceAt(text, end - 1);
  return `${cutBefore ? '…' : ''}${sentence}${cutAfter ? '…' : ''}`;
}
