/**
 * Do two long forms of one short form name the same thing? A letter's own wording of a glossary name
 * (`Audit Dienst Rijk` for `Auditdienst Rijk`, `Navo Defensie Planningsproces` for `NATO Defence Planning
 * Process`) shares a word stem with it, also across Dutch and English, whose cognates start alike
 * (`defensie`/`defence`, `geharmoniseerde`/`Harmonised` inside). A short form the letter gives another
 * meaning shares none: `Delta Rhine Corridor (DRC)` is not the Democratische Republiek Congo (113),
 * `Inclusive Framework (IF)` not the Infrastructuurfonds (288), `administratieve organisatie (AO)` not the
 * algemeen overleg (80). Then the glossary's explanation would describe another thing.
 */

/** How many first letters two words must share to count as one stem. */
const STEM = 4;

/** A long form without case and diacritics: `Europese` and `european`, `Initiële` and `initial` compare. */
function fold(longForm: string): string {
  return longForm.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The stems of a folded long form's words of STEM letters or more. */
function stems(folded: string): string[] {
  const out: string[] = [];
  for (const word of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (word.length >= STEM) out.push(word.slice(0, STEM));
  }
  return out;
}

/**
 * Does a word of either long form start as a word of the other, or as a part inside one? A compound holds
 * the other's word: `geharmoniseerde` and `Harmonised`, `Materieelproces` and `Proces`.
 */
export function nameTheSameThing(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  return stems(fa).some((s) => fb.includes(s)) || stems(fb).some((s) => fa.includes(s));
}

/**
 * Is the letter's long form `b` the glossary's common noun `a` (all lower case) but for its words' inflection: a
 * plural, an adjective's `-e`? A letter names the thing in the plural, `specifieke uitkeringen (SPUK)` (458, 2776)
 * for `specifieke uitkering`, `zelfstandige bestuursorganen` (2787) for `zelfstandig bestuursorgaan`: no other name
 * worth showing beside it. A proper name's standard spelling is, where a letter slips: `Koninklijk Horeca
 * Nederland` (1666), `Centraal Orgaan opvang asielzoeker` (863). A word's ending `en`, `s`, `'s` or `e` is left off
 * and a doubled vowel made single (`orgaan`, `organen`).
 */
export function sameButInflection(a: string, b: string): boolean {
  if (a !== a.toLowerCase()) return false;
  const wa = fold(a)
    .split(/[\s-]+/u)
    .filter(Boolean);
  const wb = fold(b)
    .split(/[\s-]+/u)
    .filter(Boolean);
  return wa.length === wb.length && wa.every((w, i) => uninflected(w) === uninflected(wb[i] as string));
}

function uninflected(word: string): string {
  return word.replace(/(?:en|['’]s|s|e)$/u, '').replace(/([aeou])\1/gu, '$1');
}
