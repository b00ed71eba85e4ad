import { isAsciiLetter, wordEndBefore } from '../text/chars';
import type { TokenHit } from './tokens';

/**
 * Web addresses in the text, whose letters are no acronyms (`www.rijksoverheid.nl/NAVO`).
 */

/**
 * Web addresses in the text, `[start, end)` pairs in order: from the scheme of a `://` or from
 * `www.` to the next white space. Found with `indexOf`, which costs next to nothing on the many
 * pages without one.
 */
export function webAddresses(text: string): number[] {
  const spans: number[] = [];
  let from = 0;
  // The next of each mark at or after `from`, looked for again only once `from` has passed it: each
  // search starting anew from `from` would read the text up to a far mark once per address.
  let scheme = -2;
  let www = -2;
  for (;;) {
    if (scheme !== -1 && scheme < from) scheme = text.indexOf('://', from);
    if (www !== -1 && www < from) www = text.indexOf('www.', from);
    if (scheme < 0 && www < 0) return spans;
    let start: number;
    if (scheme >= 0 && (www < 0 || scheme < www)) {
      start = scheme;
      while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--; // the scheme
      if (start === scheme) {
        from = scheme + 3;
        continue;
      }
    } else {
      start = www;
    }
    const end = wordEndBefore(text, start);
    spans.push(start, end);
    from = end;
  }
}

/**
 * `hits` without those inside a web address: `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:…`
 * (170) holds path parts in capitals, not acronyms of the letter.
 */
export function outsideWebAddresses(text: string, hits: TokenHit[]): TokenHit[] {
  const spans = webAddresses(text);
  if (spans.length === 0) return hits;
  let k = 0;
  return hits.filter((hit) => {
    while (k < spans.length && (spans[k + 1] as number) <= hit.start) k += 2;
    return !(k < spans.length && (spans[k] as number) <= hit.start);
  });
}
