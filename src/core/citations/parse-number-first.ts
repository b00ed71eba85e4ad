import { hitEnd } from './dossier-hits';
import { joinDossier, makeRef } from './paper-id';
import { matchAt, type RawCitation } from './raw';

/**
 * A paper named by its number first and its dossier after it in brackets: `de motie op stuk nr. 68 (35 483)`
 * (1049), as motions cite an earlier motion of another dossier. Tried at each dossier hit that follows a `(`:
 * the words before it must end in `stuk nr. <number> (`.
 */
const BEFORE = /\b(?:[Kk]amer)?stuk\s{1,4}nr\.?\s{0,4}(\d{1,4})\s{0,4}\($/;
/** How far before the hit `BEFORE` looks: `Kamerstuk`, spaces, `nr.`, four digits, `(`. */
const REACH = 32;
/** The dossier's optional suffix (`35 300 XIII`, `21 501-02`) and the closing bracket. */
const AFTER = /(?:\s([IVXL]{1,5}[A-C]?)|-(\d{2}))?\)/y;

export function parseNumberFirst(text: string, hits: readonly number[]): RawCitation[] {
  const out: RawCitation[] = [];
  for (const hit of hits) {
    if (text.charCodeAt(hit - 1) !== 0x28 /* ( */) continue;
    const from = Math.max(0, hit - REACH);
    const before = BEFORE.exec(text.slice(from, hit));
    if (!before) continue;
    const end = hitEnd(text, hit);
    const after = matchAt(AFTER, text, end);
    if (!after) continue;
    const ref = makeRef({
      type: 'kamerstuk',
      chamber: 'II',
      dossier: joinDossier(text.slice(hit, end), after[1] ?? after[2] ?? null),
      number: before[1] as string,
      year: null,
      item: null,
    });
    out.push({ start: from + before.index, end: end + after[0].length, refs: [ref], self: false });
  }
  return out;
}
