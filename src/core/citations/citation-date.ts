import { DAY_DATE_SOURCE, isoFromGroups } from './dutch-date';
import { skipSpaces } from './chars';
import { WS, matchAt } from './raw';

/** `…, nr. 446, d.d. 17 juni 2022`: the date written after a citation. */
const AFTER = new RegExp(`${WS},?${WS}d\\.d\\.${WS}${DAY_DATE_SOURCE}`, 'iy');
/** `brief van 7 maart 2016 (`, `… d.d. 11 december\n2023 inzake spoorveiligheid (`: the date written before it. */
const BEFORE = new RegExp(`(?:d\\.d\\.|\\bbrief van)${WS}${DAY_DATE_SOURCE}`, 'gi');

/** A sentence ends at a full stop before a capital (`d.d. 11` is no sentence end). */
const SENTENCE_END = /[.!?]\s+(?=[A-Z«‘“"'])/g;

/** How far back a parenthesised citation may take its date from (one list item or sentence). */
const LOOKBACK = 300;

export interface CitationDate {
  iso: string;
  /** End of the `d.d.` date when it follows the citation (normalized offset). */
  end: number | null;
}

/**
 * The date the text gives a cited paper. After the citation (`d.d.`) wins; otherwise, for a
 * citation in parentheses, the last `d.d. <date>` / `brief van <date>` since `floor` (the end of
 * the previous citation, so one item never takes its neighbour's date).
 */
export function citationDate(text: string, start: number, end: number, floor: number): CitationDate | null {
  // `AFTER` needs a comma or the `d` of `d.d.` after its white space: most citations have neither.
  const next = text.charCodeAt(skipSpaces(text, end)) | 0x20;
  const after = next === 0x2c /* , */ || next === 0x64 /* d */ ? matchAt(AFTER, text, end) : null;
  if (after) {
    const iso = isoFromGroups(after, 1);
    if (iso) return { iso, end: end + after[0].length };
  }
  if (text[start - 1] !== '(') return null;
  const from = Math.max(floor, start - LOOKBACK);
  const window = text.slice(from, start - 1);
  // Stop at the sentence boundary: a date in the previous sentence is about something else.
  let sentence = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) sentence = m.index + m[0].length;
  const clause = window.slice(sentence);
  let last: string | null = null;
  BEFORE.lastIndex = 0;
  for (let m = BEFORE.exec(clause); m; m = BEFORE.exec(clause)) last = isoFromGroups(m, 1) ?? last;
  return last ? { iso: last, end: null } : null;
}
